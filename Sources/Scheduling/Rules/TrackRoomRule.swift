/// Warning: a talk is outside its track's preferred rooms (the theme's `rooms:`).
public struct TrackRoomRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .trackRoom }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .room }
  public var term: SoftTerm? { .trackRooms }

  public func canFire(in tables: Tables) -> Bool { tables.themes.contains { !$0.rooms.isEmpty } }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let theme = context.tables.talks[t].theme
    guard theme >= 0 else { return }
    let rooms = context.tables.themes[theme].rooms
    if !rooms.isEmpty, !rooms.contains(p.room) { findings.append(Finding(talk: t)) }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let talk = c.talk(f.talk)
    let wanted = (talk.theme.flatMap { c.schedule.themes[id: $0]?.rooms } ?? [])
      .compactMap { c.schedule.rooms[id: $0]?.name }
    var conflict = c.conflict(self, talks: [f.talk], theme: talk.theme, message: "")
    conflict.say(
      "{1} is not in the rooms its track {2} prefers ({3})", c.named(f.talk), talk.theme ?? "",
      wanted.joined(separator: ", "))
    return conflict
  }
}
