/// How bad a conflict is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
  /// The schedule cannot be run as it is.
  case error
  /// The schedule works but someone will be unhappy.
  case warning

  public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// The stable id of a conflict rule, as it appears in JSON output and the documentation.
public struct ConflictKind: RawRepresentable, Hashable, Sendable, Comparable,
  CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (a: ConflictKind, b: ConflictKind) -> Bool { a.rawValue < b.rawValue }

  public static let roomOverlap = ConflictKind("room-overlap")
  public static let speakerOverlap = ConflictKind("speaker-overlap")
  public static let plenaryParallel = ConflictKind("plenary-parallel")
  public static let outsideHours = ConflictKind("outside-hours")
  public static let breakOverlap = ConflictKind("break-overlap")
  public static let overCapacity = ConflictKind("over-capacity")
  public static let speakerUnavailable = ConflictKind("speaker-unavailable")
  public static let missingFeature = ConflictKind("missing-feature")
  public static let themeParallel = ConflictKind("theme-parallel")
  public static let speakerBackToBack = ConflictKind("speaker-back-to-back")
  public static let unscheduled = ConflictKind("unscheduled")
  public static let missingTranslation = ConflictKind("missing-translation")
  public static let preferenceMissed = ConflictKind("preference-missed")
  public static let orderBroken = ConflictKind("order-broken")
  public static let sessionRoom = ConflictKind("session-room")
  public static let sessionTime = ConflictKind("session-time")
  public static let sessionTaken = ConflictKind("session-taken")
  public static let chairBusy = ConflictKind("chair-busy")
  public static let sessionOrder = ConflictKind("session-order")
  public static let mixedTrack = ConflictKind("mixed-track")
  public static let avoidedTime = ConflictKind("avoided-time")
  public static let trackTime = ConflictKind("track-time")
  public static let trackRoom = ConflictKind("track-room")
  public static let similarParallel = ConflictKind("similar-parallel")
  public static let trackScattered = ConflictKind("track-scattered")
  public static let presenterNight = ConflictKind("presenter-night")
}

/// A compact record of one conflict, as the rules report it and the index stores it.
///
/// `talk` and `other` are talk indices (-1 for none); `subject` is the rule's own detail (a
/// speaker, break, feature or theme index; -1 for none). A finding holds no text: its message
/// is made only when someone reads it, so checking stays cheap.
public struct Finding: Hashable, Sendable {
  /// Index of the rule in its ``RuleBook``.
  public var rule: Int
  public var talk: Int
  public var other: Int
  public var subject: Int
  /// How much the finding adds to its soft term: 1, or the minutes two talks of one theme
  /// overlap when the term counts minutes.
  public var amount: Int

  public init(rule: Int = -1, talk: Int, other: Int = -1, subject: Int = -1, amount: Int = 1) {
    self.rule = rule
    self.talk = talk
    self.other = other
    self.subject = subject
    self.amount = amount
  }

  /// A finding about two talks where order does not matter: the lower index comes first, so
  /// that both talks report the same finding.
  public static func pair(_ a: Int, _ b: Int, subject: Int = -1, amount: Int = 1) -> Finding {
    Finding(talk: min(a, b), other: max(a, b), subject: subject, amount: amount)
  }

  /// Whether talk `t` is one of the talks involved.
  public func involves(_ t: Int) -> Bool { talk == t || other == t }
}

/// A conflict as people and programs read it.
public struct Conflict: Equatable, Sendable {
  public var kind: ConflictKind
  public var severity: Severity
  /// The ids of the talks involved.
  public var talks: [String]
  public var date: CalendarDate?
  public var room: String?
  public var speaker: String?
  public var theme: String?
  public var start: TimeOfDay?
  public var end: TimeOfDay?
  public var message: String
  /// The message as a phrase, so that a reader can say it in another language; nil when the
  /// message was given whole.
  public var phrase: Phrase?
  /// The phrase's English template, or "" when the message was given whole.
  public var template: String { phrase?.template ?? "" }

  public init(
    kind: ConflictKind, severity: Severity, talks: [String], date: CalendarDate? = nil,
    room: String? = nil, speaker: String? = nil, theme: String? = nil, start: TimeOfDay? = nil,
    end: TimeOfDay? = nil, message: String
  ) {
    self.kind = kind
    self.severity = severity
    self.talks = talks
    self.date = date
    self.room = room
    self.speaker = speaker
    self.theme = theme
    self.start = start
    self.end = end
    self.message = message
  }

  /// The reading order: by day (event-wide conflicts last), errors first, then time.
  public static func readingOrder(_ a: Conflict, _ b: Conflict) -> Bool {
    let ad = a.date?.dayNumber ?? Int.max
    let bd = b.date?.dayNumber ?? Int.max
    if ad != bd { return ad < bd }
    if a.severity != b.severity { return a.severity < b.severity }
    let at = a.start?.minutes ?? Int.max
    let bt = b.start?.minutes ?? Int.max
    if at != bt { return at < bt }
    if a.kind != b.kind { return a.kind < b.kind }
    if a.talks != b.talks { return a.talks.lexicographicallyPrecedes(b.talks) }
    return (a.speaker ?? "", a.room ?? "", a.message) < (b.speaker ?? "", b.room ?? "", b.message)
  }
}

extension Conflict {
  /// Sets the message from `template` and its `arguments` (`{1}`, `{2}`…), keeping both.
  public mutating func say(_ template: String, _ arguments: Phrase.Argument...) {
    say(Phrase(template, arguments: arguments))
  }

  /// ``say(_:_:)`` with arguments said as they are in every language (ids, names, times).
  public mutating func say(_ template: String, _ arguments: String...) {
    say(Phrase(template, arguments: arguments.map(Phrase.Argument.text)))
  }

  /// ``say(_:_:)``, adding ` from {n} to {n+1}` when the conflict has a time window.
  public mutating func say(windowed template: String, _ arguments: String...) {
    say(windowed: template, arguments: arguments.map(Phrase.Argument.text))
  }

  public mutating func say(windowed template: String, arguments: [Phrase.Argument]) {
    guard let start, let end else { return say(Phrase(template, arguments: arguments)) }
    let n = arguments.count
    say(
      Phrase(
        template + " from {\(n + 1)} to {\(n + 2)}",
        arguments: arguments + [.text(start.description), .text(end.description)]))
  }

  public mutating func say(_ phrase: Phrase) {
    self.phrase = phrase
    message = phrase.description
  }
}
