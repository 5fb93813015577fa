/// Warning: a remote presenter of a hybrid event (a speaker with a `zone`) speaks outside
/// their own local daytime, 08:00 to 20:00 on their clock.
public struct PresenterNightRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .presenterNight }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .time }
  public var term: SoftTerm? { .timeZones }

  /// One finding per remote speaker of the talk (`subject`) whose night it falls in.
  public func canFire(in tables: Tables) -> Bool { tables.shifts.contains { $0 != nil } }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    for speaker in row.speakers {
      guard let shift = context.tables.shifts[speaker]?[p.day] else { continue }
      if !Self.isDaytime(start: p.start + shift, end: p.start + row.duration + shift) {
        findings.append(Finding(talk: t, subject: speaker))
      }
    }
  }

  /// Whether `[start, end)` in minutes from the venue's midnight, moved to the presenter's
  /// clock, lies within one local day's 08:00–20:00.
  static func isDaytime(start: Int, end: Int) -> Bool {
    let day = Speaker.localDay
    let offset = ((start % 1440) + 1440) % 1440 - start
    return day.contains(start + offset) && end + offset <= day.upperBound
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let speaker = c.speaker(f.subject)
    var conflict = c.conflict(self, talks: [f.talk], speaker: f.subject, message: "")
    let shift =
      c.rules.occupancy.positions[f.talk].flatMap { c.tables.shifts[f.subject]?[$0.day] } ?? 0
    let local =
      c.rules.span(of: f.talk).map {
        c.span((($0.start + shift) % 1440 + 1440) % 1440, (($0.end + shift) % 1440 + 1440) % 1440)
      } ?? "?"
    conflict.say(
      "{1} presents {2} at {3} on their clock ({4})", speaker.name, c.named(f.talk), local,
      speaker.zone ?? "")
    return conflict
  }
}
