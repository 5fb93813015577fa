/// Error: a plenary or ceremony overlaps any other talk.
public struct PlenaryParallelRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .plenaryParallel }
  public var severity: Severity { .error }
  public var scope: RuleScope { .others }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    let end = p.start + row.duration
    // An exclusive talk clashes with everything that day; any other only with exclusive ones.
    let others =
      row.exclusive
      ? context.occupancy.talks(onDay: p.day) : context.occupancy.exclusiveTalks(onDay: p.day)
    for o in others where o != t {
      if let s = context.span(of: o), overlaps(p.start, end, s.start, s.end) {
        findings.append(.pair(t, o))
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let (first, second) =
      c.tables.talks[f.talk].exclusive ? (f.talk, f.other) : (f.other, f.talk)
    var conflict = c.conflict(self, talks: [first, second], message: "")
    conflict.say(
      windowed: "{1} {2} runs at the same time as {3}",
      arguments: [
        .phrase(Phrase(c.talk(first).kind.rawValue)), .text(c.named(first)),
        .text(c.named(second)),
      ])
    return conflict
  }
}
