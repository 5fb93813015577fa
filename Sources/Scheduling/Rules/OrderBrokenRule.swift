/// Warning: a talk starts before a talk it should follow (`after:`) has ended.
public struct OrderBrokenRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .orderBroken }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .others }
  public var term: SoftTerm? { .wishes }

  public func canFire(in tables: Tables) -> Bool { tables.talks.contains { !$0.after.isEmpty } }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let end = p.start + context.tables.talks[t].duration
    // `talk` is the one that should come later, `other` the one it follows.
    for o in context.tables.talks[t].after where o != t {
      if let q = context.occupancy.positions[o],
        Self.before(p.day, p.start, q.day, q.start + context.tables.talks[o].duration)
      {
        findings.append(Finding(talk: t, other: o))
      }
    }
    for o in context.tables.before[t] where o != t {
      if let q = context.occupancy.positions[o], Self.before(q.day, q.start, p.day, end) {
        findings.append(Finding(talk: o, other: t))
      }
    }
  }

  /// Whether a start at (`day`, `start`) comes before an end at (`otherDay`, `otherEnd`).
  /// Days are in the schedule's order, which the loader keeps chronological.
  static func before(_ day: Int, _ start: Int, _ otherDay: Int, _ otherEnd: Int) -> Bool {
    day < otherDay || (day == otherDay && start < otherEnd)
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    var conflict = c.conflict(self, talks: [f.talk, f.other], message: "")
    conflict.say(
      "{1} should come after {2} but starts before it ends", c.named(f.talk), c.id(f.other))
    return conflict
  }
}
