/// What a rule may read: the compiled tables and where every talk is.
public struct RuleContext: Sendable {
  public let tables: Tables
  public let occupancy: Occupancy

  public init(tables: Tables, occupancy: Occupancy) {
    self.tables = tables
    self.occupancy = occupancy
  }

  /// The span `[start, end)` of talk `o` as placed; `nil` when it is not on the grid.
  @inlinable
  public func span(of o: Int) -> (start: Int, end: Int)? {
    guard let p = occupancy.positions[o] else { return nil }
    return (p.start, p.start + tables.talks[o].duration)
  }
}

/// One conflict rule: a small type that finds one kind of problem.
///
/// The index asks a rule about one talk at a time, at its real place or at a place being
/// considered (the editor's fit marks, the solver's moves), against every other talk where it
/// stands. A rule about two talks must report the same ``Finding`` from either side, which
/// ``Finding/pair(_:_:subject:)`` does. A rule sees active talks only: cancelled talks are
/// never checked.
///
/// To add a rule: write a type that conforms, give it a new ``ConflictKind``, add it to
/// ``RuleBook/standard``, document it in `Schedules/README.md`, and test a passing and a
/// failing case. A warning the solver should lower names its ``SoftTerm`` in ``term``.
public protocol ConflictRule: Sendable {
  var kind: ConflictKind { get }
  var severity: Severity { get }
  /// What the rule's verdict on a talk depends on besides the talk itself. The solver uses it
  /// to rule out rooms and times once, before searching, with the rule's own check.
  var scope: RuleScope { get }
  /// The solver's soft term a warning feeds (each finding counts one), or nil.
  var term: SoftTerm? { get }

  /// Appends the findings of talk `t` placed at `position` (`nil`: unscheduled) to `findings`.
  /// Other talks are where `context` has them; talk `t`'s own entry there is ignored.
  func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding])

  /// Appends findings that concern no talk (a theme without a translation).
  func checkEvent(in context: RuleContext, into findings: inout [Finding])

  /// Describes a finding this rule reported.
  func describe(_ finding: Finding, in context: DescribeContext) -> Conflict

  /// Whether the rule can report anything for the schedule `tables` describe (a session
  /// rule without sessions cannot). The solver leaves out rules that cannot, so that
  /// features an event does not use cost its search nothing.
  func canFire(in tables: Tables) -> Bool
}

/// What a rule looks at when it judges one talk.
public enum RuleScope: Sendable, Equatable {
  /// Only whether the talk is placed (unscheduled, translations).
  case placement
  /// Only the room (capacity, features).
  case room
  /// Only the day and start (opening hours, breaks, unavailability, preferences).
  case time
  /// The day, room and start together, but no other talk.
  case position
  /// Other talks and where they are (overlaps, parallel sessions, order).
  case others
}

extension ConflictRule {
  public var term: SoftTerm? { nil }

  public func canFire(in tables: Tables) -> Bool { true }

  public func checkEvent(in context: RuleContext, into findings: inout [Finding]) {}
}

/// Everything needed to turn a finding into a message: the schedule and its indices.
public struct DescribeContext: Sendable {
  public let schedule: Schedule
  public let rules: RuleContext

  public var tables: Tables { rules.tables }

  public func talk(_ t: Int) -> Talk { schedule.talks[t] }
  public func id(_ t: Int) -> String { schedule.talks[t].id }
  public func roomName(_ r: Int) -> String { schedule.rooms[r].name }
  public func speaker(_ s: Int) -> Speaker { schedule.speakers[s] }
  public func date(_ d: Int) -> CalendarDate { schedule.days[d].date }

  /// A conflict of `rule` about `talks`, dated by the first placed talk, with the time window
  /// the talks share (or the first talk's span when they do not overlap).
  public func conflict(
    _ rule: some ConflictRule, talks: [Int], room: Int? = nil, speaker: Int? = nil,
    theme: String? = nil, window: (Int, Int)? = nil, message: String
  ) -> Conflict {
    let placed = talks.compactMap { t in rules.span(of: t).map { (t, $0) } }
    var start: Int?
    var end: Int?
    if let window {
      (start, end) = window
    } else if let first = placed.first {
      start = placed.map(\.1.start).max()
      end = placed.map(\.1.end).min()
      if let s = start, let e = end, s >= e { (start, end) = (first.1.start, first.1.end) }
    }
    let position = placed.first.flatMap { rules.occupancy.positions[$0.0] }
    let roomIndex = room ?? (talks.count == 1 ? position?.room : nil)
    return Conflict(
      kind: rule.kind, severity: rule.severity, talks: talks.map(id),
      date: position.map { date($0.day) },
      room: roomIndex.map { schedule.rooms[$0].id },
      speaker: speaker.map { schedule.speakers[$0].id }, theme: theme,
      start: start.flatMap { TimeOfDay(minutes: $0) }, end: end.flatMap { TimeOfDay(minutes: $0) },
      message: message)
  }

  /// `t12 “Opening ceremony”`, the way messages name a talk.
  public func named(_ t: Int) -> String {
    let talk = schedule.talks[t]
    return "\(talk.id) “\(talk.title)”"
  }

  /// `09:00–10:00`.
  public func span(_ start: Int, _ end: Int) -> String {
    TimeOfDay.format(start) + "–" + TimeOfDay.format(end)
  }
}

/// The rules a checker applies, in a fixed order (findings refer to rules by position).
public struct RuleBook: Sendable {
  public let rules: [any ConflictRule]

  public init(_ rules: [any ConflictRule]) { self.rules = rules }

  /// Every rule of Multaqa.
  public static let standard = RuleBook([
    RoomOverlapRule(), SpeakerOverlapRule(), PlenaryParallelRule(), OutsideHoursRule(),
    BreakOverlapRule(), OverCapacityRule(), SpeakerUnavailableRule(), MissingFeatureRule(),
    ThemeParallelRule(), SpeakerBackToBackRule(), UnscheduledRule(), MissingTranslationRule(),
    PreferenceMissedRule(), OrderBrokenRule(), SessionRoomRule(), SessionTimeRule(),
    SessionTakenRule(), ChairBusyRule(), SessionOrderRule(), MixedTrackRule(),
    AvoidedTimeRule(), TrackTimeRule(), TrackRoomRule(), SimilarParallelRule(),
    TrackScatteredRule(), PresenterNightRule(),
  ])

  /// Positions of the rules of `severity`.
  public func indices(of severity: Severity) -> [Int] {
    rules.indices.filter { rules[$0].severity == severity }
  }

  /// Position of the rule of `kind`.
  public func index(of kind: ConflictKind) -> Int? { rules.firstIndex { $0.kind == kind } }
}
