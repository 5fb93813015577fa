/// Warning: a session of a track that wants its sessions consecutive (`consecutive: true`)
/// does not follow the track's previous session of the day in the same room.
public struct TrackScatteredRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .trackScattered }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .placement }
  public var term: SoftTerm? { .trackConsecutive }

  public func canFire(in tables: Tables) -> Bool { tables.themes.contains(where: \.consecutive) }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {}

  /// One finding per session (in `subject`) that breaks its track's run.
  public func checkEvent(in context: RuleContext, into findings: inout [Finding]) {
    let tables = context.tables
    for (theme, row) in tables.themes.enumerated() where row.consecutive {
      let placed = tables.sessions.indices.filter {
        tables.sessions[$0].theme == theme && tables.sessions[$0].isPlaced
      }.sorted {
        (tables.sessions[$0].day, tables.sessions[$0].start) < (
          tables.sessions[$1].day, tables.sessions[$1].start
        )
      }
      for (previous, s) in zip(placed, placed.dropFirst()) {
        let a = tables.sessions[previous]
        let b = tables.sessions[s]
        guard a.day == b.day else { continue }
        // In the same room, with no other session of that room between them.
        let between = tables.sessions(inRoom: a.room, day: a.day, a.end, max(a.end, b.start))
          .contains { $0 != previous && $0 != s }
        if a.room != b.room || between {
          findings.append(Finding(talk: -1, subject: s, amount: 1))
        }
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let session = c.schedule.sessions[f.subject]
    let row = c.tables.sessions[f.subject]
    var conflict = Conflict(
      kind: kind, severity: severity, talks: session.talks, date: c.date(row.day),
      room: c.schedule.rooms[row.room].id, theme: session.theme,
      start: TimeOfDay(minutes: row.start), end: TimeOfDay(minutes: row.end), message: "")
    conflict.say(
      "session {1} does not follow the previous session of track {2} in its room", session.id,
      session.theme ?? "")
    return conflict
  }
}
