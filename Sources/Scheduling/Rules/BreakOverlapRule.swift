/// Error: a talk overlaps a break.
public struct BreakOverlapRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .breakOverlap }
  public var severity: Severity { .error }
  public var scope: RuleScope { .time }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let end = p.start + context.tables.talks[t].duration
    for (i, pause) in context.tables.days[p.day].breaks.enumerated()
    where overlaps(p.start, end, pause.start, pause.end) {
      findings.append(Finding(talk: t, subject: i))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let day = c.rules.occupancy.positions[f.talk].map { c.schedule.days[$0.day] }
    let pause = day.flatMap { f.subject < $0.breaks.count ? $0.breaks[f.subject] : nil }
    var conflict = c.conflict(
      self, talks: [f.talk],
      window: pause.map { ($0.start.minutes, $0.end.minutes) }, message: "")
    let span = c.rules.span(of: f.talk).map { c.span($0.start, $0.end) } ?? "?"
    conflict.say(
      "{1} ({2}) overlaps the break “{3}” ({4})", c.named(f.talk), span, pause?.title ?? "?",
      pause.map { "\($0.start)–\($0.end)" } ?? "?")
    return conflict
  }
}
