/// A place on the grid by integer indices: the day's and room's positions in the schedule and
/// the start in minutes after midnight.
public struct Position: Hashable, Sendable {
  public var day: Int
  public var room: Int
  public var start: Int

  public init(day: Int, room: Int, start: Int) {
    self.day = day
    self.room = room
    self.start = start
  }
}

/// Integer tables compiled from a schedule, so that rules and the solver compare numbers, not
/// strings. Indices are positions in the schedule's catalogs.
public struct Tables: Sendable {
  public struct TalkRow: Sendable, Equatable {
    /// Not cancelled.
    public var active: Bool
    /// Plenary or ceremony.
    public var exclusive: Bool
    /// Theme index, or -1.
    public var theme: Int
    public var speakers: [Int]
    public var duration: Int
    /// Expected audience; 0 when unknown.
    public var audience: Int
    /// Feature indices the talk needs, sorted.
    public var needs: [Int]
    /// Language indices of the talk's titles, sorted.
    public var languages: [Int]
    public var prefer: Preference?
    /// Where `prefer` and `avoid` point on the grid.
    public var preferWindow: Window?
    public var avoidWindow: Window?
    /// Talks that should end before this one starts.
    public var after: [Int]
    public var pinned: Bool
  }

  public struct RoomRow: Sendable, Equatable {
    public var capacity: Int
    /// Feature indices, sorted.
    public var features: [Int]

    public func has(_ feature: Int) -> Bool { features.contains(feature) }
  }

  public struct DayRow: Sendable, Equatable {
    public var opens: Int
    public var closes: Int
    public var breaks: [Span]
    /// Where talks may start: from the opening and from each break's end, every slot.
    public var grid: DayGrid
  }

  public struct SessionRow: Sendable, Equatable {
    /// Day index, or -1 while the session is not scheduled.
    public var day: Int
    public var room: Int
    public var start: Int
    public var end: Int
    /// Speaker index of the chair, or -1.
    public var chair: Int
    /// Theme index of the track, or -1.
    public var theme: Int
    /// Its talks' indices, in the order they run.
    public var talks: [Int]
    public var pinned: Bool

    public var isPlaced: Bool { day >= 0 }

    /// Whether the session, scheduled, overlaps `[start, end)` on `day`.
    public func overlaps(day: Int, _ start: Int, _ end: Int) -> Bool {
      self.day == day && self.start < end && start < self.end
    }
  }

  /// A wish compiled: a day (-1 any day, -2 none: a date or session the grid lacks) and the
  /// minutes `[from, to)`.
  public struct Window: Sendable, Equatable {
    public var day: Int
    public var from: Int
    public var to: Int

    /// Whether a talk on `d` over `[start, end)` is inside the window.
    public func holds(day d: Int, _ start: Int, _ end: Int) -> Bool {
      (day == -1 || day == d) && start >= from && end <= to
    }

    /// Whether a talk on `d` over `[start, end)` runs at some time of the window.
    public func meets(day d: Int, _ start: Int, _ end: Int) -> Bool {
      (day == -1 || day == d) && start < to && from < end
    }
  }

  /// A track's wishes, by index.
  public struct ThemeRow: Sendable, Equatable {
    public var prefer: Window?
    public var avoid: Window?
    /// Preferred rooms, sorted; empty: no wish.
    public var rooms: [Int]
    /// Tracks it should not run beside (both ways).
    public var apart: [Int]
    public var consecutive: Bool
  }

  /// A half-open range of minutes `[start, end)`.
  public struct Span: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) {
      self.start = start
      self.end = end
    }
  }

  public private(set) var talks: [TalkRow] = []
  public private(set) var rooms: [RoomRow] = []
  public private(set) var days: [DayRow] = []
  /// For each speaker with a ``Speaker/zone``, minutes their clock is ahead of the venue's,
  /// by day index (nil: at the venue).
  public private(set) var shifts: [[Int]?] = []
  /// For each speaker, for each day, the spans when the speaker is unavailable.
  public private(set) var unavailable: [[[Span]]] = []
  /// For each talk, the talks that list it in `after`.
  public private(set) var before: [[Int]] = []
  public private(set) var sessions: [SessionRow] = []
  /// For each talk, the index of its session, or -1.
  public private(set) var sessionOf: [Int] = []
  public private(set) var sessionIndex: [String: Int] = [:]
  /// Scheduled sessions by `day * rooms.count + room`.
  private var sessionsByRoomDay: [Int: [Int]] = [:]
  /// For each speaker, the sessions they chair.
  public private(set) var chairing: [[Int]] = []
  /// Whether a session may hold talks of other themes than its track.
  public private(set) var mixedTracks = true
  public private(set) var themeCount = 0
  public private(set) var themes: [ThemeRow] = []
  public private(set) var slot = 15
  /// A step of minutes that every day's grid times are multiples of (the slot when every
  /// opening and break end is on the slot from midnight).
  public private(set) var tick = 15
  /// Whether `theme-parallel` counts pairs of talks (else minutes of overlap).
  public private(set) var parallelInPairs = false

  public private(set) var talkIndex: [String: Int] = [:]
  public private(set) var roomIndex: [String: Int] = [:]
  public private(set) var dayIndex: [CalendarDate: Int] = [:]
  public private(set) var speakerIndex: [String: Int] = [:]
  public private(set) var themeIndex: [String: Int] = [:]
  public private(set) var features: [String] = []
  public private(set) var featureIndex: [String: Int] = [:]
  /// Title languages across active talks, with the number of talks that use each.
  public private(set) var languageUse: [String: Int] = [:]
  public private(set) var languages: [String] = []
  /// For each theme, how many of ``languages`` its name is given in.
  public private(set) var themeLanguageCounts: [Int] = []
  private var languageIndex: [String: Int] = [:]

  public init(_ schedule: Schedule) {
    slot = max(1, schedule.event.slot)
    parallelInPairs = schedule.solver.themeParallelInPairs
    for (i, day) in schedule.days.enumerated() {
      dayIndex[day.date] = i
      days.append(
        DayRow(
          opens: day.opens.minutes, closes: day.closes.minutes,
          breaks: day.breaks.map { Span($0.start.minutes, $0.end.minutes) },
          grid: DayGrid(day, slot: slot)))
    }
    tick = days.reduce(slot) { DayGrid.gcd($0, $1.grid.tick) }
    for (i, room) in schedule.rooms.enumerated() {
      roomIndex[room.id] = i
      var features: [Int] = []
      for name in room.features { features.append(feature(name)) }
      rooms.append(RoomRow(capacity: room.capacity, features: features.sorted()))
    }
    for (i, theme) in schedule.themes.enumerated() { themeIndex[theme.id] = i }
    themeCount = schedule.themes.count
    for (i, speaker) in schedule.speakers.enumerated() {
      speakerIndex[speaker.id] = i
      var perDay = [[Span]](repeating: [], count: days.count)
      for gap in speaker.unavailable {
        if let d = dayIndex[gap.date] { perDay[d].append(Span(gap.from.minutes, gap.to.minutes)) }
      }
      unavailable.append(perDay)
      shifts.append(speaker.zone == nil ? nil : schedule.days.map { speaker.shifts[$0.date] ?? 0 })
    }
    for (i, talk) in schedule.talks.enumerated() { talkIndex[talk.id] = i }
    for talk in schedule.talks where talk.status.isActive {
      for language in Self.languages(of: talk, primary: schedule.event.language) {
        languageUse[language, default: 0] += 1
      }
    }
    languages = languageUse.keys.sorted()
    for (i, language) in languages.enumerated() { languageIndex[language] = i }
    themeLanguageCounts = schedule.themes.map { theme in
      languages.filter { language in
        language == schedule.event.language || !(theme.names[language] ?? "").isEmpty
      }.count
    }
    mixedTracks = schedule.event.mixedTracks
    sessionOf = Array(repeating: -1, count: schedule.talks.count)
    chairing = Array(repeating: [], count: schedule.speakers.count)
    for (i, session) in schedule.sessions.enumerated() {
      sessionIndex[session.id] = i
      let position = session.at.flatMap(position(of:))
      let members = session.talks.compactMap { talkIndex[$0] }
      for t in members where sessionOf[t] < 0 { sessionOf[t] = i }
      let chair = session.chair.flatMap { speakerIndex[$0] } ?? -1
      if chair >= 0 { chairing[chair].append(i) }
      sessions.append(
        SessionRow(
          day: position?.day ?? -1, room: position?.room ?? -1, start: position?.start ?? 0,
          end: (position?.start ?? 0) + session.duration, chair: chair,
          theme: session.theme.flatMap { themeIndex[$0] } ?? -1, talks: members,
          pinned: session.pinned))
      if let position {
        sessionsByRoomDay[position.day * rooms.count + position.room, default: []].append(i)
      }
    }
    for theme in schedule.themes {
      themes.append(
        ThemeRow(
          prefer: theme.prefer.map(window), avoid: theme.avoid.map(window),
          rooms: theme.rooms.compactMap { roomIndex[$0] }.sorted(),
          apart: theme.apart.compactMap { themeIndex[$0] }, consecutive: theme.consecutive))
    }
    for (i, theme) in schedule.themes.enumerated() {
      for other in theme.apart.compactMap({ themeIndex[$0] })
      where other != i && !themes[other].apart.contains(i) {
        themes[other].apart.append(i)
      }
    }
    before = Array(repeating: [], count: schedule.talks.count)
    talks.reserveCapacity(schedule.talks.count)
    for talk in schedule.talks {
      talks.append(row(for: talk, primary: schedule.event.language))
    }
    for (i, row) in talks.enumerated() {
      for prerequisite in row.after { before[prerequisite].append(i) }
    }
  }

  /// The scheduled sessions in `room` on `day` that overlap `[start, end)`.
  public func sessions(inRoom room: Int, day: Int, _ start: Int, _ end: Int) -> [Int] {
    guard let here = sessionsByRoomDay[day * rooms.count + room] else { return [] }
    return here.filter { sessions[$0].overlaps(day: day, start, end) }
  }

  /// Recompiles one talk after its fields changed. Returns false when the change alters the set
  /// of title languages of the event, which affects other talks (the caller then rebuilds).
  mutating func update(talk index: Int, to talk: Talk, primary: String) -> Bool {
    let old = talks[index]
    let oldLanguages = old.active ? old.languages.map { languages[$0] } : []
    let newLanguages = talk.status.isActive ? Self.languages(of: talk, primary: primary) : []
    if Set(oldLanguages) != Set(newLanguages) {
      for language in oldLanguages { languageUse[language, default: 0] -= 1 }
      for language in newLanguages { languageUse[language, default: 0] += 1 }
      let inUse = Set(languageUse.filter { $0.value > 0 }.keys)
      if inUse != Set(languages) { return false }
    }
    for prerequisite in old.after {
      before[prerequisite].removeAll { $0 == index }
    }
    talks[index] = row(for: talk, primary: primary)
    for prerequisite in talks[index].after { before[prerequisite].append(index) }
    return true
  }

  private mutating func row(for talk: Talk, primary: String) -> TalkRow {
    var needs: [Int] = []
    for need in talk.needs { needs.append(feature(need)) }
    return TalkRow(
      active: talk.status.isActive,
      exclusive: talk.kind.isExclusive,
      theme: talk.theme.flatMap { themeIndex[$0] } ?? -1,
      speakers: talk.speakers.compactMap { speakerIndex[$0] },
      duration: talk.duration,
      audience: talk.audience ?? 0,
      needs: needs.sorted(),
      languages: Self.languages(of: talk, primary: primary).compactMap { languageIndex[$0] }
        .sorted(),
      prefer: talk.prefer,
      preferWindow: talk.prefer.map(window),
      avoidWindow: talk.avoid.map(window),
      after: talk.after.compactMap { talkIndex[$0] },
      pinned: talk.pinned)
  }

  /// A wish on the grid: its date's day, its hours, narrowed to its session's time.
  func window(_ wish: Preference) -> Window {
    var w = Window(
      day: wish.date.map { dayIndex[$0] ?? -2 } ?? -1, from: wish.from?.minutes ?? 0,
      to: wish.to?.minutes ?? 1440)
    if let id = wish.session {
      guard let s = sessionIndex[id], sessions[s].isPlaced, w.day == -1 || w.day == sessions[s].day
      else { return Window(day: -2, from: 0, to: 0) }
      w.day = sessions[s].day
      w.from = max(w.from, sessions[s].start)
      w.to = min(w.to, sessions[s].end)
    }
    return w
  }

  private mutating func feature(_ name: String) -> Int {
    if let index = featureIndex[name] { return index }
    featureIndex[name] = features.count
    features.append(name)
    return features.count - 1
  }

  static func languages(of talk: Talk, primary: String) -> Set<String> {
    var result: Set<String> = [primary]
    for (language, text) in talk.titles where !text.isEmpty { result.insert(language) }
    return result
  }

  /// The grid position of a placement, when its day and room exist.
  public func position(of placement: Placement) -> Position? {
    guard let day = dayIndex[placement.date], let room = roomIndex[placement.room] else {
      return nil
    }
    return Position(day: day, room: room, start: placement.start.minutes)
  }
}
