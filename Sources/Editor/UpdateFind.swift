import Formats
import Scheduling
import Terminal

/// Searching, filtering and going to conflicts.
func runFind(_ command: Command, _ state: inout EditorState) -> [Effect] {
  switch command {
  case .search:
    state.mode = .prompt(
      Prompt(
        purpose: .search, label: state.tr("Search: "),
        field: TextField(state.searchQuery ?? "", selected: true)))
    return []
  case .nextMatch, .previousMatch:
    guard state.searchQuery != nil else {
      state.message = .info(state.tr("Search first with /"))
      return []
    }
    return jumpToMatch(step: command == .nextMatch ? 1 : -1, &state)
  case .filterTheme:
    let themes = Array(state.schedule.themes)
    state.mode = .picker(
      Picker(
        purpose: .themeFilter, title: state.tr("Show only the talks of…"),
        items: [("", state.tr("All themes"))] + themes.map { ($0.id, $0.name) },
        selected: [state.themeFilter ?? ""], multiple: false, allowsNew: false), under: nil)
    return []
  case .nextConflict:
    return jumpToNextConflict(&state)
  default:
    return []
  }
}

/// Moves the cursor to a conflict's first placed talk.
func jump(to conflict: Conflict, _ state: inout EditorState) {
  for id in conflict.talks {
    if let at = state.schedule.talks[id: id]?.at, jump(to: at, &state) {
      state.message = .info(conflict.message(in: state.ui))
      return
    }
  }
  state.message = .info(conflict.message(in: state.ui))
}

/// Moves the cursor to a placement; false when its day or room is gone.
@discardableResult
func jump(to at: Placement, _ state: inout EditorState) -> Bool {
  guard let d = state.schedule.days.index(of: at.date.iso),
    let r = state.schedule.rooms.index(of: at.room)
  else { return false }
  state.day = d
  state.cursor = GridCursor(room: r, row: state.row(ofTime: at.start.minutes))
  state.scrollToCursor()
  return true
}

func jumpToNextConflict(_ state: inout EditorState) -> [Effect] {
  let conflicts = state.sortedConflicts.filter { $0.date != nil }
  guard !conflicts.isEmpty else {
    state.message = .info(
      state.index.conflicts.isEmpty
        ? state.tr("No conflicts") : state.tr("No conflicts on the grid (see C)"))
    return []
  }
  // The next one after the cursor, errors before warnings, wrapping around.
  let here = (state.day, state.time(ofRow: state.cursor.row), state.cursor.room)
  func key(_ c: Conflict) -> (Int, Int, Int) {
    let day = c.date.flatMap { state.schedule.days.index(of: $0.iso) } ?? 0
    let room =
      c.talks.compactMap { state.schedule.talks[id: $0]?.at?.room }.first
      .flatMap { state.schedule.rooms.index(of: $0) } ?? 0
    return (day, c.start?.minutes ?? 0, room)
  }
  for severity in [Severity.error, .warning] {
    let list = conflicts.filter { $0.severity == severity }.sorted { key($0) < key($1) }
    guard !list.isEmpty else { continue }
    let next = list.first { key($0) > here } ?? list[0]
    jump(to: next, &state)
    return []
  }
  return []
}

/// The talks that match the search, in day and time order, unscheduled last.
func searchMatches(_ query: String, in state: EditorState) -> [String] {
  let needle = query.folded
  guard !needle.isEmpty else { return [] }
  let schedule = state.schedule
  let matches = schedule.talks.filter { talk in
    var haystack = [talk.id, talk.title] + Array(talk.titles.values)
    haystack += talk.speakers.compactMap { schedule.speakers[id: $0]?.name }
    return haystack.contains { $0.folded.contains(needle) }
  }
  return matches.sorted { a, b in
    switch (a.at, b.at) {
    case (let x?, let y?): return (x.date, x.start, x.room) < (y.date, y.start, y.room)
    case (_?, nil): return true
    case (nil, _?): return false
    default: return false
    }
  }.map(\.id)
}

func jumpToMatch(step: Int, _ state: inout EditorState) -> [Effect] {
  guard let query = state.searchQuery else { return [] }
  let matches = searchMatches(query, in: state)
  guard !matches.isEmpty else {
    state.message = .error(state.tr("No talk matches “{1}”", query))
    return [.beep]
  }
  state.searchIndex = ((state.searchIndex + step) % matches.count + matches.count) % matches.count
  let id = matches[state.searchIndex]
  let talk = state.schedule.talks[id: id]!
  if let at = talk.at, talk.status.isActive, jump(to: at, &state) {
    state.panelFocused = false
  } else if let i = state.panelTalks.firstIndex(of: id) {
    state.panel = .unscheduled
    state.panelFocused = true
    state.panelCursor = i
  }
  state.message = .info(
    state.tr(
      "Match {1} of {2}: {3} “{4}” (n/N)", "\(state.searchIndex + 1)", "\(matches.count)", id,
      state.title(talk)))
  return []
}
