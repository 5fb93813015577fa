/// A change to a schedule that can be undone: every edit, applied, yields its exact inverse.
///
/// The editor, the solver and the command line all change schedules through edits, so that
/// undo, the recovery journal and the conflict index see every change the same way.
public indirect enum Edit: Equatable, Sendable {
  /// Puts a talk at a placement (`nil`: unschedules it). Moving is placing elsewhere.
  case place(talk: String, at: Placement?)
  /// Exchanges the placements of two talks.
  case swap(String, String)
  case setPinned(talk: String, Bool)
  /// Replaces a talk's fields (the id stays).
  case updateTalk(Talk)
  /// Adds a talk, at `index` or at the end.
  case addTalk(Talk, index: Int?)
  case removeTalk(String)
  case updateRoom(Room)
  case addRoom(Room, index: Int?)
  case removeRoom(String)
  case updateTheme(Theme)
  case addTheme(Theme, index: Int?)
  case removeTheme(String)
  case updateSpeaker(Speaker)
  case addSpeaker(Speaker, index: Int?)
  case removeSpeaker(String)
  /// Replaces a day (matched by date).
  case updateDay(Day)
  case addDay(Day)
  case removeDay(CalendarDate)
  case updateEvent(Event)
  /// Adds a session, at `index` or at the end (its talks stay where they are).
  case addSession(Session, index: Int?)
  /// Replaces a session's fields (the id stays); its talks stay where they are.
  case updateSession(Session)
  /// Removes a session; its talks stay where they are, in no session.
  case removeSession(String)
  /// Puts a session at a placement (`nil`: unschedules it) and its talks with it: each keeps
  /// its offset from the session's start; talks of a session that was not scheduled are laid
  /// out back to back.
  case moveSession(String, to: Placement?)
  /// Takes a talk out of its session and lists it in `session` (`nil`: in none) at `index`
  /// (or after the talks that start before it). The talk is not moved.
  case setSession(talk: String, session: String?, index: Int?)
  /// Several edits as one step (undone together).
  case batch([Edit])
}

/// Why an edit cannot be applied. The schedule is left as it was.
public struct EditError: Error, Equatable, Sendable, CustomStringConvertible {
  public var phrase: Phrase
  public init(_ phrase: Phrase) { self.phrase = phrase }
  public init(_ template: String, _ arguments: Phrase.Argument...) {
    phrase = Phrase(template, arguments: arguments)
  }
  /// ``phrase`` in English.
  public var message: String { phrase.description }
  public var description: String { message }
  /// Two errors are the same when they say the same.
  public static func == (a: EditError, b: EditError) -> Bool { a.message == b.message }
}

/// The result of applying an edit: how to undo it and what it changed.
public struct Applied: Sendable {
  public var inverse: Edit
  public var change: Change
}

extension Edit {
  /// Applies the edit to `schedule`, or throws and leaves it unchanged.
  public func apply(to schedule: inout Schedule) throws(EditError) -> Applied {
    switch self {
    case .place(let id, let placement):
      guard let index = schedule.talks.index(of: id) else { throw .unknownTalk(id) }
      if let placement { try Self.validate(placement, in: schedule) }
      let old = schedule.talks[index].at
      schedule.talks.modify(at: index) { $0.at = placement }
      return Applied(inverse: .place(talk: id, at: old), change: .talks([id]))

    case .swap(let a, let b):
      guard let i = schedule.talks.index(of: a) else { throw .unknownTalk(a) }
      guard let j = schedule.talks.index(of: b) else { throw .unknownTalk(b) }
      let (pa, pb) = (schedule.talks[i].at, schedule.talks[j].at)
      schedule.talks.modify(at: i) { $0.at = pb }
      schedule.talks.modify(at: j) { $0.at = pa }
      return Applied(inverse: .swap(a, b), change: .talks([a, b]))

    case .setPinned(let id, let pinned):
      guard let index = schedule.talks.index(of: id) else { throw .unknownTalk(id) }
      let old = schedule.talks[index].pinned
      schedule.talks.modify(at: index) { $0.pinned = pinned }
      return Applied(inverse: .setPinned(talk: id, old), change: .talks([id]))

    case .updateTalk(let talk):
      guard schedule.talks.contains(id: talk.id) else { throw .unknownTalk(talk.id) }
      try Self.validate(talk, in: schedule)
      let old = schedule.talks.update(talk)!
      return Applied(inverse: .updateTalk(old), change: .talks([talk.id]))

    case .addTalk(let talk, let index):
      guard !schedule.talks.contains(id: talk.id) else { throw .taken("talk", talk.id) }
      try Self.validate(talk, in: schedule)
      schedule.talks.insert(talk, at: Self.clamp(index, schedule.talks.count))
      return Applied(inverse: .removeTalk(talk.id), change: .structure)

    case .removeTalk(let id):
      guard schedule.talks.contains(id: id) else { throw .unknownTalk(id) }
      if let follower = schedule.talks.first(where: { $0.after.contains(id) }) {
        throw EditError(
          "talk {1} is to come after {2}; remove that wish first", "\(follower.id)", "\(id)")
      }
      var restore: [Edit] = []
      if let session = schedule.session(ofTalk: id) {
        let place = session.talks.firstIndex(of: id)
        restore.append(.setSession(talk: id, session: session.id, index: place))
        schedule.sessions.modify(at: schedule.sessions.index(of: session.id)!) {
          $0.talks.removeAll { $0 == id }
        }
      }
      let (talk, index) = schedule.talks.remove(id: id)!
      let inverse = Edit.addTalk(talk, index: index)
      return Applied(
        inverse: restore.isEmpty ? inverse : .batch([inverse] + restore), change: .structure)

    case .updateRoom(let room):
      try Self.refuse(room.problems, of: Phrase("room {1}", "\(room.id)"))
      guard let old = schedule.rooms.update(room) else {
        throw EditError("no room {1}", "\(room.id)")
      }
      return Applied(inverse: .updateRoom(old), change: .structure)

    case .addRoom(let room, let index):
      guard !schedule.rooms.contains(id: room.id) else { throw .taken("room", room.id) }
      try Self.refuse(room.problems, of: Phrase("room {1}", "\(room.id)"))
      schedule.rooms.insert(room, at: Self.clamp(index, schedule.rooms.count))
      return Applied(inverse: .removeRoom(room.id), change: .structure)

    case .removeRoom(let id):
      guard schedule.rooms.contains(id: id) else { throw EditError("no room {1}", "\(id)") }
      let users =
        schedule.talks.filter { $0.at?.room == id }.map(\.id)
        + schedule.sessions.filter { $0.at?.room == id }.map(\.id)
      guard users.isEmpty else {
        throw EditError("room {1} holds {2}; move them first", "\(id)", .phrase(Self.list(users)))
      }
      let (room, index) = schedule.rooms.remove(id: id)!
      return Applied(inverse: .addRoom(room, index: index), change: .structure)

    case .updateTheme(let theme):
      try Self.refuse(
        theme.problems(in: ModelContext(schedule)), of: Phrase("theme {1}", "\(theme.id)"))
      guard let old = schedule.themes.update(theme) else {
        throw EditError("no theme {1}", "\(theme.id)")
      }
      return Applied(inverse: .updateTheme(old), change: .structure)

    case .addTheme(let theme, let index):
      guard !schedule.themes.contains(id: theme.id) else { throw .taken("theme", theme.id) }
      try Self.refuse(
        theme.problems(in: ModelContext(schedule)), of: Phrase("theme {1}", "\(theme.id)"))
      schedule.themes.insert(theme, at: Self.clamp(index, schedule.themes.count))
      return Applied(inverse: .removeTheme(theme.id), change: .structure)

    case .removeTheme(let id):
      guard schedule.themes.contains(id: id) else { throw EditError("no theme {1}", "\(id)") }
      let users =
        schedule.talks.filter { $0.theme == id }.map(\.id)
        + schedule.sessions.filter { $0.theme == id }.map(\.id)
      guard users.isEmpty else {
        throw EditError(
          "theme {1} is used by {2}; change them first", "\(id)", .phrase(Self.list(users)))
      }
      let (theme, index) = schedule.themes.remove(id: id)!
      return Applied(inverse: .addTheme(theme, index: index), change: .structure)

    case .updateSpeaker(let speaker):
      try Self.refuse(
        speaker.problems(in: ModelContext(schedule)), of: Phrase("speaker {1}", "\(speaker.id)"))
      guard let old = schedule.speakers.update(speaker) else {
        throw EditError("no speaker {1}", "\(speaker.id)")
      }
      return Applied(inverse: .updateSpeaker(old), change: .structure)

    case .addSpeaker(let speaker, let index):
      guard !schedule.speakers.contains(id: speaker.id) else {
        throw .taken("speaker", speaker.id)
      }
      try Self.refuse(
        speaker.problems(in: ModelContext(schedule)), of: Phrase("speaker {1}", "\(speaker.id)"))
      schedule.speakers.insert(speaker, at: Self.clamp(index, schedule.speakers.count))
      return Applied(inverse: .removeSpeaker(speaker.id), change: .structure)

    case .removeSpeaker(let id):
      guard schedule.speakers.contains(id: id) else { throw EditError("no speaker {1}", "\(id)") }
      let users = schedule.talks.filter { $0.speakers.contains(id) }.map(\.id)
      guard users.isEmpty else {
        throw EditError(
          "speaker {1} speaks in {2}; change them first", "\(id)", .phrase(Self.list(users)))
      }
      let chaired = schedule.sessions.filter { $0.chair == id }.map(\.id)
      guard chaired.isEmpty else {
        throw EditError(
          "speaker {1} chairs {2}; change them first", "\(id)", .phrase(Self.list(chaired)))
      }
      let (speaker, index) = schedule.speakers.remove(id: id)!
      return Applied(inverse: .addSpeaker(speaker, index: index), change: .structure)

    case .updateDay(let day):
      guard schedule.days.contains(id: day.id) else {
        throw EditError("{1} is not a day of the event", "\(day.date.iso)")
      }
      try Self.refuse(day.problems(slot: schedule.event.slot), of: Phrase("day {1}", "\(day.id)"))
      // The grid counts from the opening and from each break's end: a new opening or break
      // must not leave a placed talk between two start times.
      let grid = DayGrid(day, slot: schedule.event.slot)
      let placements =
        schedule.talks.map { ($0.id, $0.at) } + schedule.sessions.map { ($0.id, $0.at) }
      let off = placements.filter {
        guard let at = $0.1, at.date == day.date else { return false }
        return !grid.contains(at.start.minutes)
      }.map(\.0)
      guard off.isEmpty else {
        throw EditError(
          "day {1}: {2} would start off the {3}-minute grid counted from the opening and the breaks; move them first",
          "\(day.id)", .phrase(Self.list(off)), "\(grid.slot)")
      }
      let old = schedule.days.update(day)!
      return Applied(inverse: .updateDay(old), change: .structure)

    case .addDay(let day):
      guard !schedule.days.contains(id: day.id) else { throw .taken("day", day.id) }
      try Self.refuse(day.problems(slot: schedule.event.slot), of: Phrase("day {1}", "\(day.id)"))
      // Days stay in date order: rules compare days by position.
      let index = schedule.days.firstIndex { $0.date > day.date } ?? schedule.days.count
      schedule.days.insert(day, at: index)
      return Applied(inverse: .removeDay(day.date), change: .structure)

    case .removeDay(let date):
      guard schedule.days.contains(id: date.iso) else {
        throw EditError("{1} is not a day of the event", "\(date.iso)")
      }
      // A schedule file holds at least one day (the loader refuses `days: []`).
      guard schedule.days.count > 1 else {
        throw EditError(
          "an event needs at least one day: add another before deleting {1}", "\(date.iso)")
      }
      let users =
        schedule.talks.filter { $0.at?.date == date }.map(\.id)
        + schedule.sessions.filter { $0.at?.date == date }.map(\.id)
      guard users.isEmpty else {
        throw EditError("{1} holds {2}; move them first", "\(date.iso)", .phrase(Self.list(users)))
      }
      if let speaker = schedule.speakers.first(where: {
        $0.unavailable.contains { $0.date == date }
      }) {
        throw EditError(
          "speaker {1} has unavailability on {2}; remove it first", "\(speaker.id)", "\(date.iso)")
      }
      let (day, _) = schedule.days.remove(id: date.iso)!
      return Applied(inverse: .addDay(day), change: .structure)

    case .updateEvent(let event):
      try Self.refuse(event.problems, of: Phrase("the event"))
      let old = schedule.event
      schedule.event = event
      return Applied(inverse: .updateEvent(old), change: .structure)

    case .addSession, .updateSession, .removeSession, .moveSession, .setSession:
      return try applySessionEdit(to: &schedule)

    case .batch(let edits):
      var copy = schedule
      var inverses: [Edit] = []
      var change = Change.none
      for edit in edits {
        let applied = try edit.apply(to: &copy)
        inverses.append(applied.inverse)
        change = change.merged(with: applied.change)
      }
      schedule = copy
      return Applied(inverse: .batch(inverses.reversed()), change: change)
    }
  }

  /// Throws the first rule of the model that `problems` names (see `Validation.swift`).
  static func refuse(_ problems: [FieldProblem], of what: Phrase) throws(EditError) {
    if let problem = problems.first {
      throw EditError("{1}: {2}: {3}", .phrase(what), "\(problem.path)", .phrase(problem.phrase))
    }
  }

  static func validate(_ placement: Placement, in schedule: Schedule) throws(EditError) {
    try refuse(placement.problems(in: ModelContext(schedule)), of: Phrase("the placement"))
  }

  private static func validate(_ talk: Talk, in schedule: Schedule) throws(EditError) {
    try refuse(talk.problems(in: schedule), of: Phrase("talk {1}", "\(talk.id)"))
  }

  static func clamp(_ index: Int?, _ count: Int) -> Int {
    min(max(index ?? count, 0), count)
  }

  /// `a, b, c`, or `a, b, c and 4 more`.
  static func list(_ ids: [String]) -> Phrase {
    let shown = Phrase.joined(ids.prefix(3).map(Phrase.Argument.text), separator: ", ")
    return ids.count <= 3 ? shown : Phrase("{1} and {2} more", .phrase(shown), "\(ids.count - 3)")
  }

  /// The ids of the talks whose placement this edit sets (for messages and tests).
  public var movedTalks: [String] {
    switch self {
    case .place(let id, _): return [id]
    case .swap(let a, let b): return [a, b]
    case .batch(let edits): return edits.flatMap(\.movedTalks)
    default: return []
    }
  }
}

extension EditError {
  static func unknownTalk(_ id: String) -> EditError { EditError("no talk {1}", "\(id)") }
  static func taken(_ what: String, _ id: String) -> EditError {
    EditError("a {1} with id {2} already exists", .phrase(Phrase(what)), "\(id)")
  }
}
