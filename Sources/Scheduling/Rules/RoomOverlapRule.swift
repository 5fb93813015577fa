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
    let base = c.conflict(self, talks: [f.talk, f.other], room: room, message: "")
    var conflict = base
    conflict.message =
      "\(c.named(f.talk)) and \(c.named(f.other)) are both in \(c.roomName(room))"
      + window(base)
    return conflict
  }
}

/// ` from 09:00 to 10:00`, or nothing when the conflict has no time.
func window(_ conflict: Conflict) -> String {
  guard let start = conflict.start, let end = conflict.end else { return "" }
  return " from \(start) to \(end)"
}
