import Formats
import Scheduling

/// `>`: asks by how many minutes the programme runs late from the talk under the cursor
/// (or the cursor's time), in its room; an answer ending in `*` means every room.
func askLate(_ state: inout EditorState) -> [Effect] {
  if state.readOnly { return readOnly(&state) }
  guard state.currentDay != nil, state.schedule.rooms.indices.contains(state.cursor.room) else {
    return [.beep]
  }
  let from =
    state.selectedTalk.flatMap { state.schedule.talks[id: $0]?.at?.start.minutes }
    ?? state.time(ofRow: state.cursor.row)
  let room = state.schedule.rooms[state.cursor.room]
  state.mode = .prompt(
    Prompt(
      purpose: .late(from: from, room: state.cursor.room),
      label: state.tr(
        "Late by how many minutes from {1} in {2}? (end with * for every room) ",
        TimeOfDay.format(from), room.name),
      field: TextField()))
  return []
}

/// Applies the delay the organizer typed, as one undoable step, and says what it did.
func runLate(_ text: String, from: Int, room: Int, _ state: inout EditorState) -> [Effect] {
  let everyRoom = text.hasSuffix("*")
  let number = everyRoom ? String(text.dropLast()).trimmed : text
  guard let minutes = Int(number), minutes > 0, minutes < minutesInADay,
    let day = state.currentDay, state.schedule.rooms.indices.contains(room)
  else {
    state.message = .error(
      state.tr("“{1}” is not a number of minutes (like 20, or 20* for every room)", text))
    return [.beep]
  }
  let ripple: Ripple
  do {
    ripple = try Ripple.plan(
      state.schedule, date: day.date, from: from, by: minutes,
      rooms: everyRoom ? nil : [state.schedule.rooms[room].id])
  } catch {
    state.message = .error(Interface.say(error.phrase, in: state.ui))
    return [.beep]
  }
  guard !ripple.moves.isEmpty || !ripple.sessions.isEmpty else {
    state.message = .info(state.tr("Nothing to move from {1}", TimeOfDay.format(from)))
    return []
  }
  let errorsBefore = state.index.errorCount
  var label = state.tr(
    "{1} talks moved {2} minutes later from {3}", "\(ripple.moves.count)", "\(minutes)",
    TimeOfDay.format(from))
  if let pin = ripple.stoppedBy.first {
    label += " · " + state.tr("stopped at pinned {1}", pin.talk)
  }
  if !ripple.pastClosing.isEmpty {
    label +=
      " · "
      + state.tr(
        "not moved (would end after closing): {1}", ripple.pastClosing.joined(separator: ", "))
  }
  let effects = perform(ripple.edit, label: label, &state)
  return reportNewErrors(since: errorsBefore, effects, &state)
}

extension EditorState {
  /// Whether `talk` differs from the last release (or is new since): what `V` marks.
  func changedSinceRelease(_ talk: Talk) -> Bool {
    guard let last = schedule.releases.last else { return false }
    guard let released = last.talks.first(where: { $0.id == talk.id }) else { return true }
    return released.differs(from: talk) || released.speakers != talk.speakers
  }
}

/// `V`: marks the talks changed since the last release, or stops marking them.
func toggleChangeMarks(_ state: inout EditorState) -> [Effect] {
  guard let last = state.schedule.releases.last else {
    state.marksChanges = false
    state.message = .error(
      state.tr("No release recorded yet: record one with multaqa release FILE NAME"))
    return [.beep]
  }
  state.marksChanges.toggle()
  guard state.marksChanges else {
    state.message = .info(state.tr("Changes since {1} no longer marked", last.name))
    return []
  }
  let count = state.schedule.talks.filter { state.changedSinceRelease($0) }.count
  let removed = last.talks.filter { state.schedule.talks[id: $0.id] == nil }.count
  var text = state.tr("Δ marks the {1} talks changed since {2}", "\(count)", last.name)
  if removed > 0 { text += " · " + state.tr("{1} removed", "\(removed)") }
  state.message = .info(text)
  return []
}
