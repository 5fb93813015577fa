/// Warning: a talk runs at a time it avoids, or its track avoids (`avoid:`).
public struct AvoidedTimeRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .avoidedTime }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .time }
  public var term: SoftTerm? { .avoided }

  /// `subject` 0: the talk's own wish; 1: its track's.
  public func canFire(in tables: Tables) -> Bool {
    tables.themes.contains { $0.avoid != nil } || tables.talks.contains { $0.avoidWindow != nil }
  }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    let end = p.start + row.duration
    if let own = row.avoidWindow, own.meets(day: p.day, p.start, end) {
      findings.append(Finding(talk: t, subject: 0))
    }
    if row.theme >= 0, let track = context.tables.themes[row.theme].avoid,
      track.meets(day: p.day, p.start, end)
    {
      findings.append(Finding(talk: t, subject: 1))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let talk = c.talk(f.talk)
    var conflict = c.conflict(
      self, talks: [f.talk], theme: f.subject == 1 ? talk.theme : nil, message: "")
    let span = c.rules.span(of: f.talk).map { c.span($0.start, $0.end) } ?? "?"
    if f.subject == 1 {
      conflict.say(
        "{1} runs {2}, a time its track {3} avoids", c.named(f.talk), span, talk.theme ?? "")
    } else {
      conflict.say("{1} runs {2}, a time it avoids", c.named(f.talk), span)
    }
    return conflict
  }
}
