/// Fills sessions that have time to spare with talks of their track that are in no session,
/// before sessions are placed and talks searched: a programme committee often draws the
/// blocks first (a track, a room, a time, a chair) and leaves the solver to say which talks
/// go in each.
///
/// A talk joins a session of its own track when it may move, is active, is no plenary, fits
/// in the minutes the session has left, and (for a session with a place) none of its speakers
/// is away while the session runs. Talks go longest first, each into the session of its track
/// with the fewest minutes left that still holds it (best fit), so that sessions fill up and
/// a track's short talks are left for the gaps. A session without a track is left as it is.
enum SessionFilling {
  /// The schedule with the talks that joined sessions added to their lists (and off the
  /// grid, for the search to place inside), and the edits that did it.
  static func fill(_ schedule: Schedule, canMove: (Talk) -> Bool) -> (
    schedule: Schedule, edits: [Edit]
  ) {
    let inSessions = Set(schedule.sessions.flatMap(\.talks))
    // Minutes each session with a track has left, by session index.
    var left: [Int: Int] = [:]
    for (s, session) in schedule.sessions.enumerated() where session.theme != nil {
      let used = session.talks.reduce(0) { total, id in
        total + (schedule.talks[id: id].map { $0.status.isActive ? $0.duration : 0 } ?? 0)
      }
      if session.duration > used { left[s] = session.duration - used }
    }
    guard !left.isEmpty else { return (schedule, []) }
    // Longest first; among equals, in the file's order.
    let candidates = schedule.talks.enumerated().filter { _, talk in
      talk.theme != nil && talk.status.isActive && !talk.kind.isExclusive
        && !inSessions.contains(talk.id) && canMove(talk)
    }.sorted { ($0.element.duration, $1.offset) > ($1.element.duration, $0.offset) }
      .map(\.element)
    var result = schedule
    var joined: Set<Int> = []
    for talk in candidates {
      let fitting = left.keys.filter { s in
        let session = schedule.sessions[s]
        return session.theme == talk.theme && left[s]! >= talk.duration
          && !away(talk, during: session, in: schedule)
      }
      guard let s = fitting.min(by: { (left[$0]!, $0) < (left[$1]!, $1) }) else { continue }
      left[s]! -= talk.duration
      joined.insert(s)
      result.sessions.modify(at: s) { $0.talks.append(talk.id) }
      result.talks.modify(at: result.talks.index(of: talk.id)!) { $0.at = nil }
    }
    let edits = joined.sorted().map { Edit.updateSession(result.sessions[$0]) }
    return (result, edits)
  }

  /// Whether one of the talk's speakers is away while the (scheduled) session runs.
  private static func away(_ talk: Talk, during session: Session, in schedule: Schedule)
    -> Bool
  {
    guard let at = session.at else { return false }
    let start = at.start.minutes
    let end = start + session.duration
    return talk.speakers.contains { id in
      schedule.speakers[id: id]?.unavailable.contains {
        $0.date == at.date && $0.from.minutes < end && start < $0.to.minutes
      } == true
    }
  }
}
