import Formats
import Scheduling
import Terminal

/// Keys on the day grid, while carrying a talk, and in the side panel's lists.
func handleGridKey(_ key: Key, _ state: inout EditorState) -> [Effect] {
  // Swapping: the second talk is chosen with s or Enter.
  if case .swapping(let first) = state.mode {
    switch key {
    case .escape:
      state.mode = .normal
      state.message = .info("Swap cancelled")
      return []
    case .enter, .character("s"):
      state.mode = .normal
      guard let second = state.selectedTalk, second != first else {
        state.message = .error("Put the cursor on another talk to swap with \(first)")
        return [.beep]
      }
      return perform(.swap(first, second), label: "Swapped \(first) and \(second)", &state)
    default:
      break
    }
  }
  let context: KeyContext =
    state.panelFocused ? .panel : (state.isCarrying ? .carrying : .grid)
  guard let command = Keymap.command(for: key, in: context) else {
    if state.panelFocused && key == .enter { return panelEnter(&state) }
    return []
  }
  return run(command, key: key, &state)
}

extension EditorState {
  var isCarrying: Bool {
    if case .carrying = mode { return true }
    return false
  }

  var carried: String? {
    if case .carrying(let talk, _) = mode { return talk }
    return nil
  }
}

/// Runs a command of the keymap.
func run(_ command: Command, key: Key, _ state: inout EditorState) -> [Effect] {
  let layout = state.layout
  switch command {
  case .up, .down, .pageUp, .pageDown, .home, .end:
    let rows = state.gridSpan(day: state.day).rows
    if state.panelFocused {
      let count =
        state.panel == .unscheduled ? state.unscheduledTalks.count : state.sortedConflicts.count
      let page = max(1, layout.gridRows - 2)
      var c = state.panelCursor
      switch command {
      case .up: c -= 1
      case .down: c += 1
      case .pageUp: c -= page
      case .pageDown: c += page
      case .home: c = 0
      default: c = count - 1
      }
      state.panelCursor = max(0, min(c, count - 1))
      return []
    }
    switch command {
    case .up: state.cursor.row -= 1
    case .down: state.cursor.row += 1
    case .pageUp: state.cursor.row -= layout.gridRows
    case .pageDown: state.cursor.row += layout.gridRows
    case .home: state.cursor.row = state.currentDay.map { state.row(ofTime: $0.opens.minutes) } ?? 0
    default:
      if let day = state.currentDay {
        state.cursor.row = state.row(ofTime: day.closes.minutes) - 1
      } else {
        state.cursor.row = rows - 1
      }
    }
    state.scrollToCursor()
    return []
  case .left, .right:
    state.cursor.room += command == .left ? -1 : 1
    state.scrollToCursor()
    return []
  case .goToTime:
    state.mode = .prompt(
      Prompt(purpose: .goToTime, label: "Go to time (HH:MM): ", field: TextField()))
    return []
  case .nextDay, .previousDay, .dayByNumber:
    var target = state.day
    if command == .nextDay { target += 1 }
    if command == .previousDay { target -= 1 }
    if command == .dayByNumber, case .character(let c) = key, let n = c.wholeNumberValue {
      target = n - 1
    }
    let count = state.schedule.days.count
    guard count > 0 else { return [] }
    if command == .dayByNumber && !(0..<count).contains(target) {
      state.message = .error("There is no day \(target + 1)")
      return [.beep]
    }
    switchDay(to: (target % count + count) % count, &state)
    return []
  case .pickUp:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else {
      state.message = .error("No talk here: put the cursor on a talk, or pick one from U")
      return [.beep]
    }
    return pickUp(talk, &state)
  case .drop:
    return drop(&state)
  case .cancel:
    if state.isCarrying {
      state.mode = .normal
      state.fits = nil
      state.message = .info("Move cancelled")
    } else if state.panelFocused {
      state.panelFocused = false
      state.panel = .details
    }
    return []
  case .swap:
    guard let id = state.selectedTalk else {
      state.message = .error("No talk here to swap")
      return [.beep]
    }
    state.mode = .swapping(first: id)
    state.message = .info(
      "Swap \(id) with… move to the other talk and press s or Enter (Esc cancels)")
    return []
  case .unschedule:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id], talk.at != nil
    else {
      state.message = .error("No placed talk here")
      return [.beep]
    }
    if talk.pinned {
      state.message = .error("\(id) is pinned: unpin it (p) first")
      return [.beep]
    }
    return perform(.place(talk: id, at: nil), label: "Unscheduled \(id)", &state)
  case .togglePin:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else {
      state.message = .error("No talk here")
      return [.beep]
    }
    return perform(
      .setPinned(talk: id, !talk.pinned), label: "\(talk.pinned ? "Unpinned" : "Pinned") \(id)",
      &state)
  case .edit:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else {
      state.message = .error("No talk here to edit")
      return [.beep]
    }
    if state.readOnly { return readOnly(&state) }
    state.mode = .form(Form.talk(talk, isNew: false, in: state.schedule))
    return []
  case .addTalk:
    if state.readOnly { return readOnly(&state) }
    var n = state.schedule.talks.count + 1
    while state.schedule.talks.contains(id: "t\(n)") { n += 1 }
    let talk = Talk(id: "t\(n)", title: "", duration: state.schedule.event.slot * 3)
    state.mode = .form(Form.talk(talk, isNew: true, in: state.schedule))
    return []
  case .deleteTalk:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else {
      state.message = .error("No talk here to delete")
      return [.beep]
    }
    if state.readOnly { return readOnly(&state) }
    state.mode = .question(
      Question(
        purpose: .deleteTalk(id), text: "Delete \(id) “\(state.title(talk))”?",
        answers: [("y", "yes, delete it"), ("n", "no")]))
    return []
  case .rooms, .themes, .days:
    let kind: ListEditor.Kind = command == .rooms ? .rooms : command == .themes ? .themes : .days
    state.mode = .list(ListEditor(kind: kind))
    return []
  case .fill:
    if state.readOnly { return readOnly(&state) }
    guard !state.schedule.rooms.isEmpty, !state.schedule.days.isEmpty else {
      state.message = .error(
        state.schedule.rooms.isEmpty
          ? "There is no room to place talks in: add one first (R)"
          : "There is no day to place talks on: add one first (Y)")
      return [.beep]
    }
    state.mode = .solving(nil)
    state.message = .info("Filling the schedule… (Esc stops and keeps the best so far)")
    return [.solve(state.schedule)]
  case .undo:
    guard let step = state.document.undo() else {
      state.message = .info("Nothing to undo")
      return []
    }
    state.documentChanged()
    state.mode = .normal
    state.message = .info("Undid: \(step.label)")
    state.scrollToCursor()
    return journal(state)
  case .redo:
    guard let step = state.document.redo() else {
      state.message = .info("Nothing to redo")
      return []
    }
    state.documentChanged()
    state.message = .info("Redid: \(step.label)")
    state.scrollToCursor()
    return journal(state)
  case .search:
    state.mode = .prompt(
      Prompt(purpose: .search, label: "Search: ", field: TextField(state.searchQuery ?? "")))
    return []
  case .nextMatch, .previousMatch:
    guard state.searchQuery != nil else {
      state.message = .info("Search first with /")
      return []
    }
    return jumpToMatch(step: command == .nextMatch ? 1 : -1, &state)
  case .filterTheme:
    let themes = Array(state.schedule.themes)
    state.mode = .picker(
      Picker(
        purpose: .themeFilter, title: "Show only the talks of…",
        items: [("", "All themes")] + themes.map { ($0.id, $0.name) },
        selected: [state.themeFilter ?? ""], multiple: false, allowsNew: false), under: nil)
    return []
  case .nextConflict:
    return jumpToNextConflict(&state)
  case .language:
    let languages = state.schedule.displayLanguages
    guard let i = languages.firstIndex(of: state.language) else {
      state.language = state.schedule.event.language
      return []
    }
    state.language = languages[(i + 1) % languages.count]
    state.message = .info("Titles in \(state.language)")
    return []
  case .save:
    if state.readOnly { return readOnly(&state) }
    return [.save(state.schedule, force: false, quitAfter: false)]
  case .quit:
    if state.dirty && !state.readOnly {
      state.mode = .question(
        Question(
          purpose: .quit, text: "Save the changes to \(state.fileName) before quitting?",
          answers: [("s", "save"), ("d", "discard"), ("c", "cancel")]))
      return []
    }
    state.mode = .quitting
    return [.quit]
  case .help:
    state.mode = .report(Report(title: "Keys", lines: Keymap.helpLines()))
    return []
  case .showUnscheduled, .showConflicts:
    state.panel = command == .showUnscheduled ? .unscheduled : .conflicts
    state.panelFocused = true
    state.panelCursor = 0
    return []
  case .showDetails:
    state.panel = .details
    state.panelFocused = false
    return []
  case .printPlan:
    guard let day = state.currentDay else { return [] }
    let base =
      state.fileName.hasSuffix(".yaml") ? String(state.fileName.dropLast(5)) : state.fileName
    state.mode = .prompt(
      Prompt(
        purpose: .printPlan, label: "Write the plan of \(day.date.iso) to: ",
        field: TextField("\(base)-\(day.date.iso).txt")))
    return []
  }
}

func readOnly(_ state: inout EditorState) -> [Effect] {
  state.message = .error("Read-only: \(state.fileName) is open in another Multaqa")
  return [.beep]
}

/// Changes the day, keeping the cursor at the same time of day.
func switchDay(to target: Int, _ state: inout EditorState) {
  let minute = state.time(ofRow: state.cursor.row)
  state.day = target
  state.cursor.row = state.row(ofTime: minute)
  state.scrollToCursor()
  if let talk = state.carried { computeFits(for: talk, &state) }
}

/// Starts carrying a talk: fit marks are computed once for the day.
func pickUp(_ talk: Talk, _ state: inout EditorState) -> [Effect] {
  if state.readOnly { return readOnly(&state) }
  if talk.pinned && talk.at != nil {
    state.message = .error("\(talk.id) is pinned: unpin it (p) first")
    return [.beep]
  }
  if !talk.status.isActive {
    state.message = .error("\(talk.id) is cancelled: set its status in the form (e) first")
    return [.beep]
  }
  state.mode = .carrying(talk: talk.id, from: talk.at)
  state.panelFocused = false
  if state.panel != .unscheduled { state.panel = .details }
  if let at = talk.at, let d = state.schedule.days.index(of: at.date.iso), d == state.day {
    state.cursor.room = state.schedule.rooms.index(of: at.room) ?? state.cursor.room
  }
  computeFits(for: talk.id, &state)
  state.message = .info(
    "Moving \(talk.id): arrows to choose, Enter to drop, Esc to cancel · marks show where it fits")
  state.scrollToCursor()
  return []
}

/// Where the carried talk fits without an error on the current day.
func computeFits(for id: String, _ state: inout EditorState) {
  let index = state.index
  guard let t = index.tables.talkIndex[id], let day = state.currentDay else { return }
  let (start, rows) = state.gridSpan(day: state.day)
  let duration = index.tables.talks[t].duration
  let errorRules = index.book.indices(of: .error)
  var cells = [Bool](repeating: false, count: rows * state.schedule.rooms.count)
  for room in 0..<state.schedule.rooms.count {
    for row in 0..<rows {
      let minute = start + row * state.schedule.event.slot
      guard minute >= day.opens.minutes, minute + duration <= day.closes.minutes else { continue }
      let position = Position(day: state.day, room: room, start: minute)
      cells[room * rows + row] = index.findings(of: t, at: position, only: errorRules).isEmpty
    }
  }
  state.fits = EditorState.Fits(
    talk: id, day: state.day, revision: state.document.revision, rows: rows, cells: cells)
}

/// What dropping the carried talk at the cursor would cause.
func preview(_ state: EditorState) -> [String] {
  guard let id = state.carried, let t = state.index.tables.talkIndex[id],
    state.schedule.rooms.indices.contains(state.cursor.room)
  else { return [] }
  let index = state.index
  let position = Position(
    day: state.day, room: state.cursor.room, start: state.time(ofRow: state.cursor.row))
  return index.findings(of: t, at: position).map { finding in
    let rule = index.book.rules[finding.rule]
    var text = (rule.severity == .error ? "error: " : "warning: ") + rule.kind.rawValue
    let others = [finding.talk, finding.other].filter { $0 >= 0 && $0 != t }
    if !others.isEmpty {
      text += " with " + others.map { index.schedule.talks[$0].id }.joined(separator: ", ")
    }
    if rule.kind == .speakerOverlap || rule.kind == .speakerUnavailable
      || rule.kind == .speakerBackToBack,
      index.schedule.speakers.indices.contains(finding.subject)
    {
      text += " (\(index.schedule.speakers[finding.subject].name))"
    }
    return text
  }
}

private func drop(_ state: inout EditorState) -> [Effect] {
  guard let id = state.carried, let day = state.currentDay,
    state.schedule.rooms.indices.contains(state.cursor.room)
  else { return [] }
  let minute = state.time(ofRow: state.cursor.row)
  guard let start = TimeOfDay(minutes: minute) else { return [] }
  let room = state.schedule.rooms[state.cursor.room]
  let placement = Placement(date: day.date, room: room.id, start: start)
  state.mode = .normal
  state.fits = nil
  let errorsBefore = state.index.errorCount
  let effects = perform(
    .place(talk: id, at: placement),
    label: "Moved \(id) to \(CalendarNames.short(day.date)) \(start) \(room.name)", &state)
  let added = state.index.errorCount - errorsBefore
  if added > 0, let message = state.message {
    state.message = .error(message.text + " — \(added) new error\(added == 1 ? "" : "s") (see C)")
  }
  return effects
}

/// Enter in the side panel: place an unscheduled talk, or go to a conflict.
func panelEnter(_ state: inout EditorState) -> [Effect] {
  switch state.panel {
  case .unscheduled:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else { return [] }
    return pickUp(talk, &state)
  case .conflicts:
    let conflicts = state.sortedConflicts
    guard conflicts.indices.contains(state.panelCursor) else { return [] }
    jump(to: conflicts[state.panelCursor], &state)
    return []
  case .details:
    return []
  }
}

/// Moves the cursor to a conflict's first placed talk.
func jump(to conflict: Conflict, _ state: inout EditorState) {
  for id in conflict.talks {
    if let at = state.schedule.talks[id: id]?.at, jump(to: at, &state) {
      state.message = .info(conflict.message)
      return
    }
  }
  state.message = .info(conflict.message)
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

private func jumpToNextConflict(_ state: inout EditorState) -> [Effect] {
  let conflicts = state.sortedConflicts.filter { $0.date != nil }
  guard !conflicts.isEmpty else {
    state.message = .info(
      state.index.conflicts.isEmpty ? "No conflicts" : "No conflicts on the grid (see C)")
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
  let needle = fold(query)
  guard !needle.isEmpty else { return [] }
  let schedule = state.schedule
  let matches = schedule.talks.filter { talk in
    var haystack = [talk.id, talk.title] + Array(talk.titles.values)
    haystack += talk.speakers.compactMap { schedule.speakers[id: $0]?.name }
    return haystack.contains { fold($0).contains(needle) }
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

/// Lowercase without accents or Arabic diacritics, for matching.
func fold(_ text: String) -> String {
  var out = ""
  for scalar in text.lowercased().unicodeScalars {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: continue
    default: break
    }
    out.unicodeScalars.append(scalar)
  }
  // Decompose accented letters first so their marks drop out.
  return String(out.decomposedFolding)
}

extension String {
  /// The text with precomposed Latin letters replaced by their base letters.
  fileprivate var decomposedFolding: String {
    let table: [Character: Character] = [
      "à": "a", "â": "a", "ä": "a", "á": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
      "î": "i", "ï": "i", "í": "i", "ô": "o", "ö": "o", "ó": "o", "ù": "u", "û": "u", "ü": "u",
      "ú": "u", "ÿ": "y", "ñ": "n", "œ": "o", "æ": "a", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه",
      "ى": "ي",
    ]
    return String(map { table[$0] ?? $0 })
  }
}

func jumpToMatch(step: Int, _ state: inout EditorState) -> [Effect] {
  guard let query = state.searchQuery else { return [] }
  let matches = searchMatches(query, in: state)
  guard !matches.isEmpty else {
    state.message = .error("No talk matches “\(query)”")
    return [.beep]
  }
  state.searchIndex = ((state.searchIndex + step) % matches.count + matches.count) % matches.count
  let id = matches[state.searchIndex]
  let talk = state.schedule.talks[id: id]!
  if let at = talk.at, talk.status.isActive, jump(to: at, &state) {
    state.panelFocused = false
  } else if let i = state.unscheduledTalks.firstIndex(of: id) {
    state.panel = .unscheduled
    state.panelFocused = true
    state.panelCursor = i
  }
  state.message = .info(
    "Match \(state.searchIndex + 1) of \(matches.count): \(id) “\(state.title(talk))” (n/N)")
  return []
}

// MARK: - Mouse

func handleMouse(_ mouse: Mouse, _ state: inout EditorState) -> [Effect] {
  let layout = state.layout
  switch mouse.kind {
  case .wheelUp, .wheelDown:
    let delta = mouse.kind == .wheelUp ? -3 : 3
    let rows = state.gridSpan(day: state.day).rows
    state.scrollRow = max(0, min(state.scrollRow + delta, max(0, rows - layout.gridRows)))
    state.cursor.row = min(
      max(state.cursor.row, state.scrollRow), state.scrollRow + layout.gridRows - 1)
    return []
  case .release:
    return []
  case .press:
    break
  }
  // A day tab.
  if mouse.y == 1 {
    for (i, range) in dayTabRanges(state).enumerated() where range.contains(mouse.x) {
      switchDay(to: i, &state)
      return []
    }
    return []
  }
  // The side panel's list.
  if let panel = layout.panel, panel.contains(x: mouse.x, y: mouse.y) {
    if state.panel == .unscheduled || state.panel == .conflicts {
      state.panelFocused = true
      let item = mouse.y - panel.y - 1 + panelScroll(state, rows: panel.height - 1)
      let count =
        state.panel == .unscheduled ? state.unscheduledTalks.count : state.sortedConflicts.count
      if item >= 0 && item < count { state.panelCursor = item }
    }
    return []
  }
  // A grid cell.
  guard mouse.y >= layout.gridTop, mouse.y < layout.gridTop + layout.gridRows,
    mouse.x >= layout.timeWidth, mouse.x < layout.gridWidth
  else { return [] }
  let room = state.scrollRoom + (mouse.x - layout.timeWidth) / layout.roomWidth
  guard room < state.schedule.rooms.count else { return [] }
  state.panelFocused = false
  state.cursor = GridCursor(room: room, row: state.scrollRow + mouse.y - layout.gridTop)
  state.scrollToCursor()
  return []
}

/// The columns each day tab takes in the tab row.
func dayTabRanges(_ state: EditorState) -> [Range<Int>] {
  var x = 1
  return state.schedule.days.enumerated().map { i, day in
    let label = tabLabel(i, day)
    let range = x..<(x + label.count + 2)
    x = range.upperBound + 1
    return range
  }
}

func tabLabel(_ i: Int, _ day: Day) -> String {
  "\(i + 1) \(CalendarNames.short(day.date))"
}

/// The first list row shown in the panel so that the selection stays visible.
func panelScroll(_ state: EditorState, rows: Int) -> Int {
  max(0, state.panelCursor - max(1, rows) + 1)
}
