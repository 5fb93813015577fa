/// Warning: two talks of the same theme overlap, so people who follow the theme miss one.
public struct ThemeParallelRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .themeParallel }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .others }
  public var term: SoftTerm? { .themeParallel }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    guard row.theme >= 0 else { return }
    let end = p.start + row.duration
    for o in context.occupancy.talks(ofTheme: row.theme, day: p.day) where o != t {
      if let s = context.span(of: o), overlaps(p.start, end, s.start, s.end) {
        // A 15-minute overlap hurts less than a whole talk: counted in minutes, unless the
        // file counts pairs.
        let minutes = min(end, s.end) - max(p.start, s.start)
        findings.append(.pair(t, o, amount: context.tables.parallelInPairs ? 1 : minutes))
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let theme = c.talk(f.talk).theme
    var conflict = c.conflict(self, talks: [f.talk, f.other], theme: theme, message: "")
    let name = theme.flatMap { c.schedule.themes[id: $0]?.name } ?? "?"
    conflict.say(
      windowed: "{1} and {2}, both on “{3}”, run at the same time", c.named(f.talk),
      c.named(f.other), name)
    return conflict
  }
}
