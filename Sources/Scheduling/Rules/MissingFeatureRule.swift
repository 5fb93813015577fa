/// Error: the room lacks a feature the talk needs.
public struct MissingFeatureRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .missingFeature }
  public var severity: Severity { .error }
  public var scope: RuleScope { .room }

  public func canFire(in tables: Tables) -> Bool { tables.talks.contains { !$0.needs.isEmpty } }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let room = context.tables.rooms[p.room]
    for need in context.tables.talks[t].needs where !room.has(need) {
      findings.append(Finding(talk: t, subject: need))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    var conflict = c.conflict(self, talks: [f.talk], message: "")
    let room = c.rules.occupancy.positions[f.talk].map { c.roomName($0.room) } ?? "its room"
    conflict.say(
      "{1} needs {2}, which {3} does not have", c.named(f.talk), c.tables.features[f.subject],
      room)
    return conflict
  }
}
