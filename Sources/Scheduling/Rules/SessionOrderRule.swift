/// Warning: two talks of a session run in the opposite order to the session's list.
public struct SessionOrderRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .sessionOrder }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .others }
  public var term: SoftTerm? { .wishes }

  /// `talk` is listed first and `other` later, from either side.
  public func canFire(in tables: Tables) -> Bool { !tables.sessions.isEmpty }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let s = context.tables.sessionOf[t]
    guard s >= 0 else { return }
    let members = context.tables.sessions[s].talks
    guard let mine = members.firstIndex(of: t) else { return }
    for (i, o) in members.enumerated() where o != t {
      guard let q = context.occupancy.positions[o], q.day == p.day else { continue }
      if i < mine, q.start > p.start {
        findings.append(Finding(talk: o, other: t))
      } else if i > mine, q.start < p.start {
        findings.append(Finding(talk: t, other: o))
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let s = c.tables.sessionOf[f.talk]
    var conflict = c.conflict(self, talks: [f.talk, f.other], message: "")
    conflict.say(
      "session {1} lists {2} before {3} but it runs after it", c.schedule.sessions[s].id,
      c.named(f.talk), c.id(f.other))
    return conflict
  }
}
