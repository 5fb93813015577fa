/// Error: a talk is placed in a room while a session it is not part of holds that room, or
/// two sessions hold one room at the same time.
public struct SessionTakenRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .sessionTaken }
  public var severity: Severity { .error }
  public var scope: RuleScope { .position }

  public func canFire(in tables: Tables) -> Bool { !tables.sessions.isEmpty }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position, !context.tables.sessions.isEmpty else { return }
    let own = context.tables.sessionOf[t]
    let end = p.start + context.tables.talks[t].duration
    for s in context.tables.sessions(inRoom: p.room, day: p.day, p.start, end) where s != own {
      findings.append(Finding(talk: t, subject: s))
    }
  }

  /// One finding per pair of sessions that overlap in a room: the first in `subject`, the
  /// second in `amount`.
  public func checkEvent(in context: RuleContext, into findings: inout [Finding]) {
    let sessions = context.tables.sessions
    for (a, first) in sessions.enumerated() where first.isPlaced {
      for b in context.tables.sessions(inRoom: first.room, day: first.day, first.start, first.end)
      where b > a {
        findings.append(Finding(talk: -1, subject: a, amount: b))
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let session = c.schedule.sessions[f.subject]
    let row = c.tables.sessions[f.subject]
    let when = c.span(row.start, row.end)
    if f.talk < 0 {
      let other = c.schedule.sessions[f.amount]
      let otherRow = c.tables.sessions[f.amount]
      var conflict = Conflict(
        kind: kind, severity: severity, talks: session.talks + other.talks,
        date: c.date(row.day), room: c.schedule.rooms[row.room].id,
        start: TimeOfDay(minutes: max(row.start, otherRow.start)),
        end: TimeOfDay(minutes: min(row.end, otherRow.end)), message: "")
      conflict.say(
        windowed: "sessions {1} and {2} both hold {3}", session.id, other.id,
        c.roomName(row.room))
      return conflict
    }
    var conflict = c.conflict(self, talks: [f.talk], message: "")
    conflict.say(
      "{1} is in {2} while session {3} holds it ({4})", c.named(f.talk), c.roomName(row.room),
      session.id, when)
    return conflict
  }
}
