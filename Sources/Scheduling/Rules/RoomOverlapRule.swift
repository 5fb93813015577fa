/// Error: two talks in one room at the same time.
public struct RoomOverlapRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .roomOverlap }
  public var severity: Severity { .error }
  public var scope: RuleScope { .others }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let end = p.start + context.tables.talks[t].duration
    for o in context.occupancy.talks(inRoom: p.room, day: p.day) where o != t {
      if let s = context.span(of: o), overlaps(p.start, end, s.start, s.end) {
        findings.append(.pair(t, o))
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let room = c.rules.occupancy.positions[f.talk]?.room ?? 0
    var conflict = c.conflict(self, talks: [f.talk, f.other], room: room, message: "")
    conflict.say(
      windowed: "{1} and {2} are both in {3}", c.named(f.talk), c.named(f.other),
      c.roomName(room))
    return conflict
  }
}
