/// Error: a talk of a scheduled session is in another room than its session.
public struct SessionRoomRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .sessionRoom }
  public var severity: Severity { .error }
  public var scope: RuleScope { .room }

  public func canFire(in tables: Tables) -> Bool { !tables.sessions.isEmpty }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let s = context.tables.sessionOf[t]
    guard s >= 0, context.tables.sessions[s].isPlaced, context.tables.sessions[s].room != p.room
    else { return }
    findings.append(Finding(talk: t, subject: s))
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let session = c.schedule.sessions[f.subject]
    var conflict = c.conflict(self, talks: [f.talk], message: "")
    conflict.say(
      "{1} is in session {2}, held in {3}", c.named(f.talk), session.id,
      c.roomName(c.tables.sessions[f.subject].room))
    return conflict
  }
}
