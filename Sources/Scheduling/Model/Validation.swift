/// A field of a model value that breaks one of the model's rules.
///
/// The rules live here once. Each reader maps a problem's field to its own position: the
/// schedule loader to the YAML mark of that field, the spreadsheet importer to the row and
/// column, the editor's form to the field it highlights, ``Edit`` to its error message.
public struct FieldProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The field as the schedule file names it: `duration`, `at.room`, `prefer.to`, `breaks`.
  public var field: String
  /// For a list field, which item is wrong (`speakers[1]`, `breaks[0]`).
  public var item: Int?
  /// What is wrong, a phrase that reads after the field's name.
  public var phrase: Phrase
  /// ``phrase`` in English.
  public var message: String { phrase.description }
  /// When the field names something the schedule lacks: what it names, so that a reader can
  /// suggest a near id.
  public var missing: Reference?

  /// A reference from one value to another by id.
  public struct Reference: Equatable, Sendable {
    public var kind: Kind
    public var id: String
  }

  /// The kinds of value a field can refer to.
  public enum Kind: String, Sendable, CaseIterable {
    case room, theme, speaker, talk, day, session
  }

  public init(_ field: String, item: Int? = nil, _ phrase: Phrase, missing: Reference? = nil) {
    self.field = field
    self.item = item
    self.phrase = phrase
    self.missing = missing
  }

  /// A problem whose phrase is `template` with `arguments`.
  public init(
    _ field: String, item: Int? = nil, _ template: String, _ arguments: Phrase.Argument...
  ) {
    self.init(field, item: item, Phrase(template, arguments: arguments))
  }

  /// The field with its item: `duration`, `speakers[1]`, `unavailable[0].to`.
  public var path: String {
    guard let item else { return field }
    let head = field.prefix { $0 != "." }
    return "\(head)[\(item)]" + field.dropFirst(head.count)
  }

  /// `path: message`.
  public var description: String { "\(path): \(message)" }
}

/// What a value may refer to: the ids of the schedule's rooms, themes, speakers, talks and
/// days (by ISO date), and the slot its times and durations fall on.
///
/// A schedule is one answer; the loader gives another, built from every id its file declares
/// (even of values with other problems, so that one bad field does not also make every
/// reference to its value an error).
public struct ModelContext {
  public var slot: Int
  /// Each day's grid of start times, by date.
  public var grids: [CalendarDate: DayGrid]
  private let has: (FieldProblem.Kind, String) -> Bool

  public init(
    slot: Int, grids: [CalendarDate: DayGrid] = [:],
    has: @escaping (FieldProblem.Kind, String) -> Bool
  ) {
    self.slot = slot
    self.grids = grids
    self.has = has
  }

  /// The grids of `days` with `slot`.
  public static func grids(_ days: some Sequence<Day>, slot: Int) -> [CalendarDate: DayGrid] {
    Dictionary(days.map { ($0.date, DayGrid($0, slot: slot)) }, uniquingKeysWith: { a, _ in a })
  }

  /// The rooms, themes, speakers, talks and days of `schedule`.
  public init(_ schedule: Schedule) {
    slot = schedule.event.slot
    grids = Self.grids(schedule.days, slot: slot)
    has = { kind, id in
      switch kind {
      case .room: return schedule.rooms.contains(id: id)
      case .theme: return schedule.themes.contains(id: id)
      case .speaker: return schedule.speakers.contains(id: id)
      case .talk: return schedule.talks.contains(id: id)
      case .day: return schedule.days.contains(id: id)
      case .session: return schedule.sessions.contains(id: id)
      }
    }
  }

  public func contains(_ kind: FieldProblem.Kind, _ id: String) -> Bool { has(kind, id) }

  /// This context and the `ids` of `kind` that are about to exist (speakers a form or an
  /// import creates with the talks that name them, the talks of later rows).
  public func adding(_ kind: FieldProblem.Kind, _ ids: some Sequence<String>) -> ModelContext {
    let more = Set(ids)
    return ModelContext(slot: slot, grids: grids) { [has] in
      has($0, $1) || ($0 == kind && more.contains($1))
    }
  }

  /// The problem of a field that names `id` of `kind` when the schedule has none, else nil.
  func reference(_ field: String, item: Int? = nil, _ kind: FieldProblem.Kind, _ id: String)
    -> FieldProblem?
  {
    guard !has(kind, id) else { return nil }
    let phrase =
      kind == .day
      ? Phrase("{1} is not a day of the event", "\(id)")
      : Phrase("{1} is not a known {2}", "\(id)", .phrase(Phrase(kind.rawValue)))
    return FieldProblem(field, item: item, phrase, missing: .init(kind: kind, id: id))
  }
}

/// The longest a talk, a day or any span of time can be: one day.
public let minutesInADay = 1440

// MARK: - Rules shared by several values

enum Rules {
  static func id(_ id: String) -> FieldProblem? {
    isValidID(id)
      ? nil
      : FieldProblem(
        "id", "\"{1}\" is not a valid id (use letters, digits, '-', '_' or '.', no spaces)",
        "\(id)")
  }

  static func text(_ field: String, _ value: String) -> FieldProblem? {
    value.trimmed.isEmpty ? FieldProblem(field, "must not be empty") : nil
  }

  static func translations(_ field: String, _ values: Translations) -> [FieldProblem] {
    values.keys.sorted().compactMap { code in
      LanguageTag.isWellFormed(code) ? nil : FieldProblem(field, language(code))
    }
  }

  static func language(_ code: String) -> Phrase {
    Phrase("\"{1}\" is not a language tag (BCP 47, like ar, fr, en)", "\(code)")
  }

  /// A count a schedule file can hold: 0 to 2³¹−1.
  static func count(_ field: String, _ value: Int, what: String) -> FieldProblem? {
    (0...Int(Int32.max)).contains(value)
      ? nil : FieldProblem(field, "{1} is not {2}", "\(value)", .phrase(Phrase(what)))
  }

  static func features(_ field: String, _ names: [String]) -> [FieldProblem] {
    names.enumerated().compactMap { i, name in
      isValidID(name)
        ? nil
        : FieldProblem(
          field, item: i, "\"{1}\" is not a feature name (like interpretation, projector)",
          "\(name)")
    }
  }

  /// A time that must fall on the slot grid.
  /// A start off its day's grid (counted from the opening and from each break's end).
  static func onGrid(_ field: String, _ time: TimeOfDay, grid: DayGrid?) -> FieldProblem? {
    guard let grid, !grid.contains(time.minutes) else { return nil }
    let (below, above) = grid.neighbours(of: time.minutes)
    return FieldProblem(
      field,
      "{1} is off the {2}-minute grid (nearest: {3} or {4})", "\(time)", "\(grid.slot)",
      "\(TimeOfDay.format(max(0, below)))", "\(TimeOfDay.format(min(minutesInADay, above)))")
  }
}

// MARK: - Talks

extension Talk {
  /// Every rule this talk breaks in `context`, in the order of the file's fields.
  public func problems(in context: ModelContext) -> [FieldProblem] {
    var found: [FieldProblem] = []
    if let problem = Rules.id(id) { found.append(problem) }
    if let problem = Rules.text("title", title) { found.append(problem) }
    found += Rules.translations("titles", titles)
    if let theme, let problem = context.reference("theme", .theme, theme) {
      found.append(problem)
    }
    var seen: Set<String> = []
    for (i, speaker) in speakers.enumerated() {
      if !seen.insert(speaker).inserted {
        found.append(FieldProblem("speakers", item: i, "{1} is listed twice", "\(speaker)"))
      } else if let problem = context.reference("speakers", item: i, .speaker, speaker) {
        found.append(problem)
      }
    }
    if let problem = Self.durationProblem(duration, slot: context.slot) { found.append(problem) }
    if let audience, let problem = Rules.count("audience", audience, what: "a number of people") {
      found.append(problem)
    }
    found += Rules.features("needs", needs)
    if let at { found += at.problems(in: context) }
    if let prefer { found += prefer.problems("prefer", in: context) }
    if let avoid { found += avoid.problems("avoid", in: context) }
    for (i, other) in after.enumerated() {
      if other == id {
        found.append(FieldProblem("after", item: i, "a talk cannot come after itself"))
      } else if let problem = context.reference("after", item: i, .talk, other) {
        found.append(problem)
      }
    }
    if let language, !LanguageTag.isWellFormed(language) {
      found.append(FieldProblem("language", Rules.language(language)))
    }
    return found
  }

  /// Every rule this talk breaks in `schedule`.
  public func problems(in schedule: Schedule) -> [FieldProblem] {
    problems(in: ModelContext(schedule))
  }

  /// Why `minutes` cannot be a talk's duration on a `slot`-minute grid, or nil.
  public static func durationProblem(_ minutes: Int, slot: Int) -> FieldProblem? {
    if minutes < 1 {
      return FieldProblem("duration", "a talk lasts at least one slot ({1} minutes)", "\(slot)")
    }
    if slot > 0, minutes % slot != 0 {
      return FieldProblem(
        "duration", "{1} minutes is not a multiple of the slot ({2} minutes)", "\(minutes)",
        "\(slot)")
    }
    if minutes > minutesInADay {
      return FieldProblem("duration", "{1} minutes is longer than a day", "\(minutes)")
    }
    return nil
  }
}

extension Placement {
  /// The rules a talk's placement breaks: a day of the event, a known room, a start on the
  /// grid. Fields are named `at.date`, `at.room`, `at.start`.
  public func problems(in context: ModelContext) -> [FieldProblem] {
    [
      context.reference("at.date", .day, date.iso),
      context.reference("at.room", .room, room),
      Rules.onGrid("at.start", start, grid: context.grids[date]),
    ].compactMap { $0 }
  }
}

extension Preference {
  /// The rules a time wish written as `field` (`prefer`, `avoid`) breaks: it says something,
  /// on a day of the event, with its window the right way round, naming a known session.
  public func problems(_ field: String = "prefer", in context: ModelContext) -> [FieldProblem] {
    var found: [FieldProblem] = []
    if date == nil && from == nil && to == nil && session == nil {
      found.append(
        FieldProblem(field, "give a date, a from time, a to time, a session, or several"))
    }
    if let date, let problem = context.reference(field + ".date", .day, date.iso) {
      found.append(problem)
    }
    if let from, let to, from >= to {
      found.append(FieldProblem(field + ".to", "{1} is not after {2}", "\(to)", "\(from)"))
    }
    if let session, let problem = context.reference(field + ".session", .session, session) {
      found.append(problem)
    }
    return found
  }
}

// MARK: - Sessions

extension Session {
  /// Every rule this session breaks in `context`, in the order of the file's fields.
  public func problems(in context: ModelContext) -> [FieldProblem] {
    var found = [Rules.id(id), Rules.text("title", title)].compactMap { $0 }
    found += Rules.translations("titles", titles)
    if let theme, let problem = context.reference("theme", .theme, theme) {
      found.append(problem)
    }
    if let chair, let problem = context.reference("chair", .speaker, chair) {
      found.append(problem)
    }
    if let at { found += at.problems(in: context) }
    if duration < 1 || duration > minutesInADay {
      found.append(
        FieldProblem("duration", "a session lasts 1 to {1} minutes", "\(minutesInADay)"))
    } else if let at, at.start.minutes + duration > minutesInADay {
      found.append(FieldProblem("duration", "the session would end after midnight"))
    }
    var seen: Set<String> = []
    for (i, talk) in talks.enumerated() {
      if !seen.insert(talk).inserted {
        found.append(FieldProblem("talks", item: i, "{1} is listed twice", "\(talk)"))
      } else if let problem = context.reference("talks", item: i, .talk, talk) {
        found.append(problem)
      }
    }
    return found
  }
}

extension Catalog<Session> {
  /// For each session after the first to list a talk, the problem of that item: a talk
  /// belongs to one session.
  public var sharedTalks: [(session: Int, problem: FieldProblem)] {
    var owner: [String: String] = [:]
    var found: [(Int, FieldProblem)] = []
    for (s, session) in enumerated() {
      for (i, talk) in session.talks.enumerated() {
        if let first = owner[talk], first != session.id {
          found.append(
            (
              s,
              FieldProblem("talks", item: i, "{1} is already in session {2}", "\(talk)", "\(first)")
            ))
        } else {
          owner[talk] = session.id
        }
      }
    }
    return found
  }
}

// MARK: - Rooms, themes, speakers

extension Room {
  /// Every rule this room breaks.
  public var problems: [FieldProblem] {
    var found = [Rules.id(id), Rules.text("name", name)].compactMap { $0 }
    found += Rules.translations("names", names)
    if let problem = Rules.count("capacity", capacity, what: "a number of seats") {
      found.append(problem)
    }
    return found + Rules.features("features", features)
  }
}

extension Theme {
  /// Every rule this theme breaks in `context`: its wishes name known days, sessions, rooms
  /// and themes.
  public func problems(in context: ModelContext) -> [FieldProblem] {
    var found = [Rules.id(id), Rules.text("name", name)].compactMap { $0 }
    found += Rules.translations("names", names)
    if let prefer { found += prefer.problems("prefer", in: context) }
    if let avoid { found += avoid.problems("avoid", in: context) }
    for (i, room) in rooms.enumerated() {
      if let problem = context.reference("rooms", item: i, .room, room) { found.append(problem) }
    }
    for (i, other) in apart.enumerated() {
      if other == id {
        found.append(FieldProblem("apart", item: i, "a track cannot be apart from itself"))
      } else if let problem = context.reference("apart", item: i, .theme, other) {
        found.append(problem)
      }
    }
    return found
  }
}

extension Speaker {
  /// Every rule this speaker breaks in `context`: unavailability on days of the event, each
  /// period the right way round.
  public func problems(in context: ModelContext) -> [FieldProblem] {
    var found = [Rules.id(id), Rules.text("name", name)].compactMap { $0 }
    found += Rules.translations("names", names)
    if let email, !Self.isEmail(email) {
      found.append(
        FieldProblem("email", "\"{1}\" is not an email address (like name@example.org)", "\(email)")
      )
    }
    if let phone, !Self.isPhone(phone) {
      found.append(
        FieldProblem(
          "phone", "\"{1}\" is not a phone number (digits, spaces and + - . ( ) only)", "\(phone)"))
    }
    for (i, gap) in unavailable.enumerated() {
      if let problem = context.reference("unavailable.date", item: i, .day, gap.date.iso) {
        found.append(problem)
      }
      if gap.from >= gap.to {
        found.append(
          FieldProblem(
            "unavailable.to", item: i, "{1} is not after {2}", "\(gap.to)", "\(gap.from)"))
      }
    }
    return found
  }
}

extension Speaker {
  /// One `@` with text on both sides and no spaces: enough to catch a name typed in the
  /// wrong field, without refusing addresses the mail system would take.
  static func isEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
      && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
      && !text.contains { $0.isWhitespace || $0.isNewline }
  }

  /// Digits (of any script), with spaces and `+ - . ( )` between them.
  static func isPhone(_ text: String) -> Bool {
    text.contains { $0.isNumber }
      && text.allSatisfy { $0.isNumber || " +-.()".contains($0) }
  }
}

// MARK: - Days and the event

extension Day {
  /// Every rule this day breaks on a `slot`-minute grid: opening before closing, on the
  /// grid, breaks inside the day, on the grid and apart.
  public func problems(slot: Int) -> [FieldProblem] {
    var found: [FieldProblem] = []
    if !date.isPlannable {
      let years = CalendarDate.plannableYears
      found.append(
        FieldProblem(
          "date",
          "{1} is not in the years an event can be planned in ({2}–{3})", "\(date.iso)",
          "\(years.lowerBound)", "\(years.upperBound)"))
    }
    if let own = self.slot, !Event.isSlot(own) {
      found.append(FieldProblem("slot", "must divide the day evenly (5, 10, 15, 30, 60…)"))
    }
    if opens >= closes {
      found.append(
        FieldProblem(
          "closes", "the day closes at {1}, before it opens at {2}", "\(closes)", "\(opens)"))
    }
    for (i, b) in breaks.enumerated() {
      if b.start >= b.end {
        found.append(
          FieldProblem(
            "breaks", item: i, "the break ends at {1}, before it starts at {2}", "\(b.end)",
            "\(b.start)"))
        continue
      }
      if b.start < opens || b.end > closes {
        found.append(
          FieldProblem(
            "breaks", item: i,
            "the break {1}–{2} is outside the day ({3}–{4})", "\(b.start)", "\(b.end)",
            "\(opens)", "\(closes)"))
      }
      if let clash = breaks[..<i].first(where: { $0.start < b.end && b.start < $0.end }) {
        found.append(
          FieldProblem(
            "breaks", item: i, "the break {1}–{2} overlaps {3}–{4}", "\(b.start)", "\(b.end)",
            "\(clash.start)", "\(clash.end)"))
      }
      found += Rules.translations("breaks", b.titles).map {
        FieldProblem($0.field, item: i, $0.phrase)
      }
    }
    return found
  }
}

extension Event {
  /// Every rule the event breaks. (Whether the time zone is one of the tz database is for
  /// a reader with a time-zone database to say; the core has none.)
  public var problems: [FieldProblem] {
    var found = [Rules.text("title", title), Rules.text("venue", venue)].compactMap { $0 }
    found += Rules.translations("titles", titles)
    if !LanguageTag.isWellFormed(language) {
      found.append(FieldProblem("language", Rules.language(language)))
    }
    if !Self.isSlot(slot) {
      found.append(FieldProblem("slot", "must divide the day evenly (5, 10, 15, 30, 60…)"))
    }
    return found
  }

  /// Whether `minutes` can be the grid of an event: it divides the day, up to 4 hours.
  public static func isSlot(_ minutes: Int) -> Bool {
    (1...240).contains(minutes) && minutesInADay % minutes == 0
  }
}

extension Schedule {
  /// Every rule of the model a value of this schedule breaks, each named by its value
  /// (`talk t12`, `room hall-a`, `day 2010-03-14`, `the event`), in the file's order.
  public var problems: [(value: Phrase, problem: FieldProblem)] {
    let context = ModelContext(self)
    let event = Phrase("the event")
    var found = self.event.problems.map { (event, $0) }
    if days.isEmpty {
      found.append((event, FieldProblem("days", "the event needs at least one day")))
    }
    for day in days {
      found += day.problems(slot: self.event.slot).map { (Phrase("day {1}", "\(day.id)"), $0) }
    }
    for room in rooms { found += room.problems.map { (Phrase("room {1}", "\(room.id)"), $0) } }
    for theme in themes {
      found += theme.problems(in: context).map { (Phrase("theme {1}", "\(theme.id)"), $0) }
    }
    for speaker in speakers {
      found += speaker.problems(in: context).map { (Phrase("speaker {1}", "\(speaker.id)"), $0) }
    }
    for talk in talks {
      found += talk.problems(in: context).map { (Phrase("talk {1}", "\(talk.id)"), $0) }
    }
    for session in sessions {
      found += session.problems(in: context).map {
        (Phrase("session {1}", "\(session.id)"), $0)
      }
    }
    for (s, problem) in sessions.sharedTalks {
      found.append((Phrase("session {1}", "\(sessions[s].id)"), problem))
    }
    return found
  }
}
