/// Warning: talks of two tracks that should not run at the same time (a theme's `apart:`)
/// overlap; counted in minutes of overlap, like `theme-parallel`.
public struct SimilarParallelRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .similarParallel }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .others }
  public var term: SoftTerm? { .similarParallel }

  public func canFire(in tables: Tables) -> Bool { tables.themes.contains { !$0.apart.isEmpty } }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    guard row.theme >= 0 else { return }
    let end = p.start + row.duration
    for other in context.tables.themes[row.theme].apart {
      for o in context.occupancy.talks(ofTheme: other, day: p.day) where o != t {
        guard let s = context.span(of: o) else { continue }
        let minutes = min(end, s.end) - max(p.start, s.start)
        if minutes > 0 { findings.append(.pair(t, o, amount: minutes)) }
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let a = c.talk(f.talk)
    let b = c.talk(f.other)
    var conflict = c.conflict(self, talks: [f.talk, f.other], message: "")
    conflict.say(
      windowed: "{1} and {2} run at the same time but tracks {3} and {4} should not",
      c.named(f.talk), c.named(f.other), a.theme ?? "", b.theme ?? "")
    return conflict
  }
}
