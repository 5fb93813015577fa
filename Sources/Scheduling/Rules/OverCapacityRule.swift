/// Error: the expected audience does not fit the room.
public struct OverCapacityRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .overCapacity }
  public var severity: Severity { .error }
  public var scope: RuleScope { .room }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    if context.tables.talks[t].audience > context.tables.rooms[p.room].capacity {
      findings.append(Finding(talk: t))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    var conflict = c.conflict(self, talks: [f.talk], message: "")
    let room = c.rules.occupancy.positions[f.talk].map { c.schedule.rooms[$0.room] }
    conflict.say(
      "{1} expects {2} people but {3} seats {4}", .text(c.named(f.talk)),
      .text(String(c.talk(f.talk).audience ?? 0)),
      room.map { .text($0.name) } ?? .phrase(Phrase("its room")),
      .text(String(room?.capacity ?? 0)))
    return conflict
  }
}
