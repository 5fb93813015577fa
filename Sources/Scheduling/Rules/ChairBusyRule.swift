/// Error: a session's chair is not free for the whole session: they speak elsewhere, chair
/// another session at the same time, or are unavailable.
public struct ChairBusyRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .chairBusy }
  public var severity: Severity { .error }
  public var scope: RuleScope { .time }

  /// A talk whose speaker chairs a session at the same time that the talk is not part of:
  /// the speaker in `subject`, the session in `amount`.
  public func canFire(in tables: Tables) -> Bool { !tables.sessions.isEmpty }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position, !context.tables.sessions.isEmpty else { return }
    let row = context.tables.talks[t]
    let end = p.start + row.duration
    let own = context.tables.sessionOf[t]
    for speaker in row.speakers {
      for s in context.tables.chairing[speaker] where s != own {
        if context.tables.sessions[s].overlaps(day: p.day, p.start, end) {
          findings.append(Finding(talk: t, subject: speaker, amount: s))
        }
      }
    }
  }

  /// Sessions whose chair chairs another at the same time (`subject` and `amount`, `other`
  /// 0) or is unavailable during it (`subject` only, `other` 1).
  public func checkEvent(in context: RuleContext, into findings: inout [Finding]) {
    let tables = context.tables
    for (a, session) in tables.sessions.enumerated() where session.isPlaced && session.chair >= 0 {
      for b in tables.chairing[session.chair] where b > a {
        if tables.sessions[b].overlaps(day: session.day, session.start, session.end) {
          findings.append(Finding(talk: -1, other: -1, subject: a, amount: b))
        }
      }
      let away = tables.unavailable[session.chair][session.day]
      if away.contains(where: { $0.start < session.end && session.start < $0.end }) {
        findings.append(Finding(talk: -1, other: -1, subject: a, amount: -1))
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    if f.talk >= 0 {
      let session = c.schedule.sessions[f.amount]
      let row = c.tables.sessions[f.amount]
      var conflict = c.conflict(self, talks: [f.talk], speaker: f.subject, message: "")
      conflict.say(
        "{1} chairs session {2} ({3}) but speaks in {4} at the same time",
        c.speaker(f.subject).name, session.id, c.span(row.start, row.end), c.named(f.talk))
      return conflict
    }
    let session = c.schedule.sessions[f.subject]
    let row = c.tables.sessions[f.subject]
    var conflict = Conflict(
      kind: kind, severity: severity, talks: session.talks, date: c.date(row.day),
      room: c.schedule.rooms[row.room].id, speaker: session.chair,
      start: TimeOfDay(minutes: row.start), end: TimeOfDay(minutes: row.end), message: "")
    let chair = c.speaker(row.chair).name
    if f.amount >= 0 {
      conflict.say(
        "{1} chairs sessions {2} and {3} at the same time", chair, session.id,
        c.schedule.sessions[f.amount].id)
    } else {
      conflict.say(
        "{1} chairs session {2} ({3}) but is unavailable then", chair, session.id,
        c.span(row.start, row.end))
    }
    return conflict
  }
}
