/// Error, when the file sets `mixed-tracks: false`: a talk of another theme in a session of
/// a track.
public struct MixedTrackRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .mixedTrack }
  public var severity: Severity { .error }
  public var scope: RuleScope { .placement }

  public func canFire(in tables: Tables) -> Bool { !tables.sessions.isEmpty && !tables.mixedTracks }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard !context.tables.mixedTracks else { return }
    let s = context.tables.sessionOf[t]
    guard s >= 0 else { return }
    let track = context.tables.sessions[s].theme
    if track >= 0, context.tables.talks[t].theme != track {
      findings.append(Finding(talk: t, subject: s))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let session = c.schedule.sessions[f.subject]
    var conflict = c.conflict(self, talks: [f.talk], theme: session.theme, message: "")
    conflict.say(
      "{1} is not of track {2} of its session {3}", c.named(f.talk), session.theme ?? "",
      session.id)
    return conflict
  }
}
