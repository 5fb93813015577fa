/// Error: one speaker in two talks at the same time.
public struct SpeakerOverlapRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .speakerOverlap }
  public var severity: Severity { .error }
  public var scope: RuleScope { .others }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    let end = p.start + row.duration
    for speaker in row.speakers {
      for o in context.occupancy.talks(ofSpeaker: speaker) where o != t {
        guard let q = context.occupancy.positions[o], q.day == p.day,
          let s = context.span(of: o), overlaps(p.start, end, s.start, s.end)
        else { continue }
        findings.append(.pair(t, o, subject: speaker))
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    var conflict = c.conflict(self, talks: [f.talk, f.other], speaker: f.subject, message: "")
    conflict.say(
      windowed: "{1} speaks in {2} and {3} at the same time", c.speaker(f.subject).name,
      c.named(f.talk), c.named(f.other))
    return conflict
  }
}
