import Scheduling

extension EditorState {
  /// The scheduled session of day `d` (the current one unless given) whose block covers
  /// `room` at `minute`.
  func session(atRoom room: Int, minute: Int, day d: Int? = nil) -> Session? {
    let d = d ?? day
    guard schedule.days.indices.contains(d), schedule.rooms.indices.contains(room) else {
      return nil
    }
    let tables = index.tables
    for s in tables.sessions(inRoom: room, day: d, minute, minute + 1) {
      return schedule.sessions[s]
    }
    return nil
  }

  /// The session a talk dropped at `start` in `room` on the current day for `duration`
  /// minutes would be part of: the one whose block holds it whole.
  func session(holdingRoom room: Int, start: Int, duration: Int) -> Session? {
    guard let date = currentDay?.date, schedule.rooms.indices.contains(room) else { return nil }
    let id = schedule.rooms[room].id
    return schedule.sessions.first {
      $0.holds(date: date, room: id, start: start, end: start + duration)
    }
  }

  /// Whether `[start, start + duration)` in `room` on the current day cuts into a session's
  /// block without fitting inside it.
  func cutsIntoASession(room: Int, start: Int, duration: Int) -> Bool {
    let tables = index.tables
    return tables.sessions(inRoom: room, day: day, start, start + duration).contains { s in
      let block = tables.sessions[s]
      return start < block.start || start + duration > block.end
    }
  }
}

/// The rules that judge a talk against its session's membership: a drop that takes the talk
/// into another session, or out of one, changes the membership too, so these are judged by
/// where the talk lands instead (see ``computeFits(for:_:)``).
let membershipKinds: Set<ConflictKind> = [.sessionRoom, .sessionTime, .sessionTaken]

/// The edit that drops talk `id` at `placement`: into the session whose block holds it, or
/// out of its session when it lands outside it.
func dropEdit(_ id: String, at placement: Placement, _ state: EditorState) -> (Edit, String?) {
  let place = Edit.place(talk: id, at: placement)
  guard let talk = state.schedule.talks[id: id],
    let room = state.schedule.rooms.index(of: placement.room)
  else { return (place, nil) }
  let current = state.schedule.session(ofTalk: id)
  let target = state.session(
    holdingRoom: room, start: placement.start.minutes, duration: talk.duration)
  guard current?.id != target?.id else { return (place, nil) }
  let note =
    target.map { state.tr("into session {1}", $0.id) }
    ?? state.tr("out of session {1}", current!.id)
  return (.batch([place, .setSession(talk: id, session: target?.id, index: nil)]), note)
}
