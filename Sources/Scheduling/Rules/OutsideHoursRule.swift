/// Error: a talk starts before its day opens or ends after it closes.
public struct OutsideHoursRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .outsideHours }
  public var severity: Severity { .error }
  public var scope: RuleScope { .time }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let day = context.tables.days[p.day]
    if p.start < day.opens || p.start + context.tables.talks[t].duration > day.closes {
      findings.append(Finding(talk: t))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    var conflict = c.conflict(self, talks: [f.talk], message: "")
    let position = c.rules.occupancy.positions[f.talk]
    let day = position.map { c.schedule.days[$0.day] }
    let span = c.rules.span(of: f.talk)
    conflict.say(
      "{1} runs {2} but the day is open {3}", c.named(f.talk),
      span.map { c.span($0.start, $0.end) } ?? "?",
      day.map { "\($0.opens)–\($0.closes)" } ?? "?")
    return conflict
  }
}
