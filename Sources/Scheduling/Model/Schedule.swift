/// One event's whole programme: the value a schedule file holds.
public struct Schedule: Equatable, Sendable {
  /// The newest file format this build reads and writes.
  public static let formatVersion = 1

  public var event: Event
  public var days: Catalog<Day>
  public var rooms: Catalog<Room>
  public var themes: Catalog<Theme>
  public var speakers: Catalog<Speaker>
  public var talks: Catalog<Talk>
  /// Blocks of talks in one room with a chair (see ``Session``).
  public var sessions: Catalog<Session>
  /// Named versions of the programme, oldest first.
  public var releases: [Release]
  /// The weights of the automatic scheduler's objective.
  public var solver: SolverWeights

  public init(
    event: Event, days: Catalog<Day> = [], rooms: Catalog<Room> = [],
    themes: Catalog<Theme> = [], speakers: Catalog<Speaker> = [], talks: Catalog<Talk> = [],
    sessions: Catalog<Session> = [], releases: [Release] = [], solver: SolverWeights = .standard
  ) {
    self.event = event
    self.days = days
    self.rooms = rooms
    self.themes = themes
    self.speakers = speakers
    self.talks = talks
    self.sessions = sessions
    self.releases = releases
    self.solver = solver
  }

  /// The day with this date.
  public func day(_ date: CalendarDate) -> Day? { days[id: date.iso] }

  /// Every language a talk title uses: the primary language and every translation's.
  public var titleLanguages: [String] {
    var seen: Set<String> = [event.language]
    for talk in talks where talk.status.isActive {
      for (language, text) in talk.titles where !text.isEmpty { seen.insert(language) }
    }
    return seen.sorted { a, b in
      a == event.language ? true : b == event.language ? false : a < b
    }
  }

  /// Every language the file has text in: the primary one first, then every translation's
  /// (of the event, talks, themes, rooms and breaks), for checking a `--lang`.
  public var languages: [String] {
    var seen: Set<String> = [event.language]
    seen.formUnion(event.titles.keys)
    for talk in talks { seen.formUnion(talk.titles.keys) }
    for theme in themes { seen.formUnion(theme.names.keys) }
    for session in sessions { seen.formUnion(session.titles.keys) }
    for room in rooms { seen.formUnion(room.names.keys) }
    for day in days { for pause in day.breaks { seen.formUnion(pause.titles.keys) } }
    return seen.sorted { a, b in
      a == event.language ? true : b == event.language ? false : a < b
    }
  }

  /// Languages an organizer may pick for display: the primary one first, then every other
  /// language found in the event's, talks' and themes' titles.
  public var displayLanguages: [String] {
    var seen = Set(titleLanguages)
    seen.formUnion(event.titles.keys)
    for theme in themes { seen.formUnion(theme.names.keys) }
    return seen.sorted { a, b in
      a == event.language ? true : b == event.language ? false : a < b
    }
  }
}
