/// Warning: a talk runs outside its track's preferred times (the theme's `prefer:`).
public struct TrackTimeRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .trackTime }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .time }
  public var term: SoftTerm? { .trackTimes }

  public func canFire(in tables: Tables) -> Bool { tables.themes.contains { $0.prefer != nil } }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    guard row.theme >= 0, let wish = context.tables.themes[row.theme].prefer else { return }
    if !wish.holds(day: p.day, p.start, p.start + row.duration) {
      findings.append(Finding(talk: t))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let talk = c.talk(f.talk)
    var conflict = c.conflict(self, talks: [f.talk], theme: talk.theme, message: "")
    let span = c.rules.span(of: f.talk).map { c.span($0.start, $0.end) } ?? "?"
    conflict.say(
      "{1} runs {2}, outside the times its track {3} prefers", c.named(f.talk), span,
      talk.theme ?? "")
    return conflict
  }
}
