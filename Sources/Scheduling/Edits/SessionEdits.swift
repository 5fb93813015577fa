extension Edit {
  /// Applies one of the session edits (see ``Edit``).
  func applySessionEdit(to schedule: inout Schedule) throws(EditError) -> Applied {
    switch self {
    case .addSession(let session, let index):
      guard !schedule.sessions.contains(id: session.id) else {
        throw .taken("session", session.id)
      }
      var copy = schedule
      copy.sessions.insert(session, at: Self.clamp(index, copy.sessions.count))
      try Self.validate(session, in: copy)
      schedule = copy
      return Applied(inverse: .removeSession(session.id), change: .structure)

    case .updateSession(let session):
      guard schedule.sessions.contains(id: session.id) else {
        throw .unknownSession(session.id)
      }
      var copy = schedule
      let old = copy.sessions.update(session)!
      try Self.validate(session, in: copy)
      schedule = copy
      return Applied(inverse: .updateSession(old), change: .structure)

    case .removeSession(let id):
      guard let (session, index) = schedule.sessions.remove(id: id) else {
        throw .unknownSession(id)
      }
      return Applied(inverse: .addSession(session, index: index), change: .structure)

    case .moveSession(let id, let placement):
      guard let index = schedule.sessions.index(of: id) else { throw .unknownSession(id) }
      let session = schedule.sessions[index]
      if let placement { try Self.validate(placement, in: schedule) }
      var moved = session
      moved.at = placement
      let targets = try Self.followers(of: session, movedTo: moved, in: schedule)
      var inverse: [Edit] = [.updateSession(session)]
      for (talk, at) in targets {
        let t = schedule.talks.index(of: talk)!
        inverse.append(.place(talk: talk, at: schedule.talks[t].at))
        schedule.talks.modify(at: t) { $0.at = at }
      }
      schedule.sessions.modify(at: index) { $0.at = placement }
      return Applied(inverse: .batch(inverse), change: .structure)

    case .setSession(let talk, let target, let index):
      guard let t = schedule.talks.index(of: talk) else { throw .unknownTalk(talk) }
      guard target.map({ schedule.sessions.contains(id: $0) }) ?? true else {
        throw .unknownSession(target!)
      }
      let current = schedule.session(ofTalk: talk)
      let inverse = Edit.setSession(
        talk: talk, session: current?.id, index: current?.talks.firstIndex(of: talk))
      if let current {
        schedule.sessions.modify(at: schedule.sessions.index(of: current.id)!) {
          $0.talks.removeAll { $0 == talk }
        }
      }
      if let target, let s = schedule.sessions.index(of: target) {
        let start = schedule.talks[t].at?.start.minutes
        let snapshot = schedule
        schedule.sessions.modify(at: s) { session in
          let later = session.talks.firstIndex { other in
            guard let start, let at = snapshot.talks[id: other]?.at else { return false }
            return at.start.minutes > start
          }
          session.talks.insert(talk, at: Self.clamp(index ?? later, session.talks.count))
        }
      }
      return Applied(inverse: inverse, change: .structure)

    default:
      preconditionFailure("not a session edit: \(self)")
    }
  }

  /// Where the talks of `session` go when it becomes `moved`: placed talks keep their offset
  /// from its start; when it was not scheduled they are laid out back to back; when it is
  /// unscheduled, so are they. Throws when a talk would land off the day or its grid.
  private static func followers(
    of session: Session, movedTo moved: Session, in schedule: Schedule
  ) throws(EditError) -> [(String, Placement?)] {
    guard let to = moved.at else {
      return session.talks.filter { schedule.talks[id: $0]?.at != nil }.map { ($0, nil) }
    }
    let own: (String) -> Placement? = { id in
      guard let from = session.at, let at = schedule.talks[id: id]?.at else { return nil }
      let start = at.start.minutes - from.start.minutes + to.start.minutes
      return TimeOfDay(minutes: start).map {
        Placement(date: to.date, room: to.room, start: $0)
      } ?? Placement(date: to.date, room: to.room, start: TimeOfDay(minutes: minutesInADay)!)
    }
    let layout = moved.layout(
      ownPlacement: own, duration: { schedule.talks[id: $0]?.duration })
    var result: [(String, Placement?)] = []
    for id in session.talks {
      guard let at = layout[id] else { continue }
      let end = at.start.minutes + (schedule.talks[id: id]?.duration ?? 0)
      if end > minutesInADay || at.start.minutes < 0 {
        throw EditError(
          "moving session {1} would put {2} outside the day", "\(session.id)", "\(id)")
      }
      try refuse(
        at.problems(in: ModelContext(schedule)), of: Phrase("talk {1}", "\(id)"))
      result.append((id, at))
    }
    return result
  }

  static func validate(_ session: Session, in schedule: Schedule) throws(EditError) {
    let what = Phrase("session {1}", "\(session.id)")
    try refuse(session.problems(in: ModelContext(schedule)), of: what)
    if let shared = schedule.sessions.sharedTalks.first(where: {
      schedule.sessions[$0.session].id == session.id
        || schedule.sessions[$0.session].talks.contains(where: session.talks.contains)
    }) {
      try refuse([shared.problem], of: what)
    }
  }
}

extension EditError {
  static func unknownSession(_ id: String) -> EditError { EditError("no session {1}", "\(id)") }
}
