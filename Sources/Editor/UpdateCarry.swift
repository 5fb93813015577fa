import Formats
import Scheduling
import Terminal

/// Carrying, swapping, unscheduling and pinning the talk under the cursor.
func runCarry(_ command: Command, _ state: inout EditorState) -> [Effect] {
  switch command {
  case .pickUp:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else {
      state.message = .error(state.tr("No talk here: put the cursor on a talk, or pick one from U"))
      return [.beep]
    }
    return pickUp(talk, &state)
  case .pickUpSession:
    return pickUpSession(&state)
  case .drop:
    return drop(&state)
  case .cancel:
    if case .swapping = state.mode {
      state.mode = .normal
      state.message = .info(state.tr("Swap cancelled"))
    } else if state.isCarrying {
      state.mode = .normal
      state.fits = nil
      state.message = .info(state.tr("Move cancelled"))
    } else if state.panelFocused {
      state.panelFocused = false
      state.panel = .details
    }
    return []
  case .swap:
    guard let id = state.selectedTalk else {
      state.message = .error(state.tr("No talk here to swap"))
      return [.beep]
    }
    state.mode = .swapping(first: id)
    state.message = .info(
      state.tr("Swap {1} with… move to the other talk and press s or Enter (Esc cancels)", id))
    return []
  case .unschedule:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id], talk.at != nil
    else {
      state.message = .error(state.tr("No placed talk here"))
      return [.beep]
    }
    if talk.pinned {
      state.message = .error(state.tr("{1} is pinned: unpin it (p) first", id))
      return [.beep]
    }
    return perform(.place(talk: id, at: nil), label: state.tr("Unscheduled {1}", id), &state)
  case .togglePin:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else {
      state.message = .error(state.tr("No talk here"))
      return [.beep]
    }
    return perform(
      .setPinned(talk: id, !talk.pinned),
      label: talk.pinned ? state.tr("Unpinned {1}", id) : state.tr("Pinned {1}", id),
      &state)
  case .swapWith:
    guard case .swapping(let first) = state.mode else { return [] }
    state.mode = .normal
    guard let second = state.selectedTalk, second != first else {
      state.message = .error(state.tr("Put the cursor on another talk to swap with {1}", first))
      return [.beep]
    }
    return perform(
      .swap(first, second), label: state.tr("Swapped {1} and {2}", first, second), &state)
  default:
    return []
  }
}

/// Starts carrying a talk: fit marks are computed once for the day.
func pickUp(_ talk: Talk, _ state: inout EditorState) -> [Effect] {
  if state.readOnly { return readOnly(&state) }
  if talk.pinned && talk.at != nil {
    state.message = .error(state.tr("{1} is pinned: unpin it (p) first", talk.id))
    return [.beep]
  }
  if !talk.status.isActive {
    state.message = .error(
      state.tr("{1} is cancelled: set its status in the form (e) first", talk.id))
    return [.beep]
  }
  state.mode = .carrying(talk: talk.id, from: talk.at)
  state.panelFocused = false
  // The drop preview lives in the details, whichever list the talk was picked from.
  state.panel = .details
  if let at = talk.at, let d = state.schedule.days.index(of: at.date.iso), d == state.day {
    state.cursor.room = state.schedule.rooms.index(of: at.room) ?? state.cursor.room
  }
  computeFits(for: talk.id, &state)
  state.message = .info(
    state.tr(
      "Moving {1}: arrows to choose, Enter to drop, Esc to cancel · · fits, ~ fits with a warning",
      talk.id))
  state.scrollToCursor()
  return []
}

/// Starts carrying the session of the talk under the cursor, or whose block the cursor is in.
func pickUpSession(_ state: inout EditorState) -> [Effect] {
  if state.readOnly { return readOnly(&state) }
  let minute = state.time(ofRow: state.cursor.row)
  let session =
    state.selectedTalk.flatMap { state.schedule.session(ofTalk: $0) }
    ?? state.session(atRoom: state.cursor.room, minute: minute)
  guard let session else {
    state.message = .error(state.tr("No session here: put the cursor on a session's talk or block"))
    return [.beep]
  }
  if session.pinned {
    state.message = .error(
      state.tr("Session {1} is pinned: unpin it in the file first", session.id))
    return [.beep]
  }
  state.mode = .carryingSession(session.id, from: session.at)
  state.panelFocused = false
  state.panel = .details
  state.fits = nil
  if let at = session.at, let d = state.schedule.days.index(of: at.date.iso), d == state.day {
    state.cursor.room = state.schedule.rooms.index(of: at.room) ?? state.cursor.room
    state.cursor.row = state.rows.row(ofTime: at.start.minutes)
  }
  state.message = .info(
    state.tr(
      "Moving session {1} with its {2} talks: arrows to choose where it starts, Enter to drop, Esc to cancel",
      session.id, "\(session.talks.count)"))
  state.scrollToCursor()
  return []
}

/// Where the carried talk fits without an error on the current day.
func computeFits(for id: String, _ state: inout EditorState) {
  let index = state.index
  guard let t = index.tables.talkIndex[id], let day = state.currentDay else { return }
  let dayRows = state.rows
  let rows = dayRows.count
  let grid = index.tables.days[state.day].grid
  let duration = index.tables.talks[t].duration
  let errorRules = index.book.indices(of: .error)
  let warningRules = index.book.indices(of: .warning)
  // Where a drop changes the talk's session, the membership rules judge the old one: they
  // are left out there, and cutting into a session's block does not fit.
  let membership = Set(
    index.book.rules.indices.filter { membershipKinds.contains(index.book.rules[$0].kind) })
  let current = state.schedule.session(ofTalk: id)?.id
  var cells = [Bool](repeating: false, count: rows * state.schedule.rooms.count)
  var warned = cells
  for room in 0..<state.schedule.rooms.count {
    for row in 0..<rows {
      let minute = dayRows.time(ofRow: row)
      guard minute >= day.opens.minutes, minute + duration <= day.closes.minutes,
        grid.contains(minute)
      else { continue }
      let position = Position(day: state.day, room: room, start: minute)
      let moves =
        state.session(holdingRoom: room, start: minute, duration: duration)?.id != current
      if moves && state.cutsIntoASession(room: room, start: minute, duration: duration) {
        continue
      }
      let fits = index.findings(
        of: t, at: position,
        only: moves ? errorRules.filter { !membership.contains($0) } : errorRules
      ).isEmpty
      cells[room * rows + row] = fits
      if fits {
        warned[room * rows + row] = !index.findings(of: t, at: position, only: warningRules)
          .isEmpty
      }
    }
  }
  state.fits = EditorState.Fits(
    talk: id, day: state.day, revision: state.document.revision, rows: rows, cells: cells,
    warned: warned)
}

/// What dropping the carried talk at the cursor would cause.
func preview(_ state: EditorState) -> [String] {
  guard let id = state.carried, let t = state.index.tables.talkIndex[id],
    state.schedule.rooms.indices.contains(state.cursor.room)
  else { return [] }
  let index = state.index
  let start = state.time(ofRow: state.cursor.row)
  let position = Position(day: state.day, room: state.cursor.room, start: start)
  let duration = index.tables.talks[t].duration
  let current = state.schedule.session(ofTalk: id)
  let target = state.session(holdingRoom: state.cursor.room, start: start, duration: duration)
  var lines: [String] = []
  if target?.id != current?.id {
    lines.append(
      target.map { state.tr("joins session {1}", $0.id) }
        ?? state.tr("leaves session {1}", current!.id))
    if state.cutsIntoASession(room: state.cursor.room, start: start, duration: duration) {
      lines.append(state.tr("error: {1}", ConflictKind.sessionTaken.rawValue))
    }
  }
  return lines
    + index.findings(of: t, at: position).filter { finding in
      target?.id == current?.id || !membershipKinds.contains(index.book.rules[finding.rule].kind)
    }.map { finding in
      let rule = index.book.rules[finding.rule]
      // Kinds are said by their ids, the same in every language.
      let others = [finding.talk, finding.other].filter { $0 >= 0 && $0 != t }
        .map { index.schedule.talks[$0].id }
      var text = state.tr(
        others.isEmpty
          ? (rule.severity == .error ? "error: {1}" : "warning: {1}")
          : (rule.severity == .error ? "error: {1} with {2}" : "warning: {1} with {2}"),
        rule.kind.rawValue, others.joined(separator: ", "))
      if rule.kind == .speakerOverlap || rule.kind == .speakerUnavailable
        || rule.kind == .speakerBackToBack,
        index.schedule.speakers.indices.contains(finding.subject)
      {
        text += " (\(index.schedule.speakers[finding.subject].name))"
      }
      return text
    }
}

func drop(_ state: inout EditorState) -> [Effect] {
  if let session = state.carriedSession { return dropSession(session, &state) }
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
  let (edit, note) = dropEdit(id, at: placement, state)
  var label = state.tr(
    "Moved {1} to {2}", id,
    "\(CalendarNames.short(day.date, in: state.ui.rawValue)) \(start) \(room.name)")
  if let note { label += " (\(note))" }
  let effects = perform(edit, label: label, &state)
  return reportNewErrors(since: errorsBefore, effects, &state)
}

/// Drops the carried session with its talks where the cursor is.
func dropSession(_ id: String, _ state: inout EditorState) -> [Effect] {
  guard let day = state.currentDay, state.schedule.rooms.indices.contains(state.cursor.room),
    let start = TimeOfDay(minutes: state.time(ofRow: state.cursor.row))
  else { return [] }
  let room = state.schedule.rooms[state.cursor.room]
  state.mode = .normal
  let errorsBefore = state.index.errorCount
  let effects = perform(
    .moveSession(id, to: Placement(date: day.date, room: room.id, start: start)),
    label: state.tr(
      "Moved session {1} to {2}", id,
      "\(CalendarNames.short(day.date, in: state.ui.rawValue)) \(start) \(room.name)"), &state)
  return reportNewErrors(since: errorsBefore, effects, &state)
}

/// Adds to the message how many errors the last step added, if any.
func reportNewErrors(since errorsBefore: Int, _ effects: [Effect], _ state: inout EditorState)
  -> [Effect]
{
  let added = state.index.errorCount - errorsBefore
  if added > 0, let message = state.message {
    state.message = .error(
      message.text + " — "
        + (added == 1
          ? state.tr("1 new error (see C)") : state.tr("{1} new errors (see C)", "\(added)")))
  }
  return effects
}
