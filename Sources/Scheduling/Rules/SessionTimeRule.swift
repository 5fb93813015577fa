/// Error: a talk of a session runs outside its session's time (or its session is not
/// scheduled), or a session runs outside its day's opening hours.
public struct SessionTimeRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .sessionTime }
  public var severity: Severity { .error }
  public var scope: RuleScope { .time }

  public func canFire(in tables: Tables) -> Bool { !tables.sessions.isEmpty }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let s = context.tables.sessionOf[t]
    guard s >= 0 else { return }
    let session = context.tables.sessions[s]
    let end = p.start + context.tables.talks[t].duration
    if !session.isPlaced || session.day != p.day || p.start < session.start || end > session.end {
      findings.append(Finding(talk: t, subject: s))
    }
  }

  /// One finding per scheduled session (its index in `subject`) outside its day's hours.
  public func checkEvent(in context: RuleContext, into findings: inout [Finding]) {
    for (s, session) in context.tables.sessions.enumerated() where session.isPlaced {
      let day = context.tables.days[session.day]
      if session.start < day.opens || session.end > day.closes {
        findings.append(Finding(talk: -1, subject: s))
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let session = c.schedule.sessions[f.subject]
    let row = c.tables.sessions[f.subject]
    let when = c.span(row.start, row.end)
    if f.talk < 0 {
      let day = c.schedule.days[row.day]
      var conflict = Conflict(
        kind: kind, severity: severity, talks: session.talks, date: day.date,
        room: c.schedule.rooms[row.room].id, theme: session.theme,
        start: TimeOfDay(minutes: row.start), end: TimeOfDay(minutes: row.end), message: "")
      conflict.say(
        "session {1} runs {2} but the day is open {3}", session.id, when,
        "\(day.opens)–\(day.closes)")
      return conflict
    }
    var conflict = c.conflict(self, talks: [f.talk], message: "")
    if !row.isPlaced {
      conflict.say("{1} is scheduled but its session {2} is not", c.named(f.talk), session.id)
    } else {
      let span = c.rules.span(of: f.talk).map { c.span($0.start, $0.end) } ?? "?"
      conflict.say(
        "{1} runs {2}, outside its session {3} ({4} {5})", c.named(f.talk), span, session.id,
        c.date(row.day).iso, when)
    }
    return conflict
  }
}
