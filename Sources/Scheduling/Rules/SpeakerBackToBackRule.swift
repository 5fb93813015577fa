/// Warning: a speaker ends in one room and starts in another with no time to walk over.
public struct SpeakerBackToBackRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .speakerBackToBack }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .others }
  public var term: SoftTerm? { .backToBack }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    let end = p.start + row.duration
    for speaker in row.speakers {
      for o in context.occupancy.talks(ofSpeaker: speaker) where o != t {
        guard let q = context.occupancy.positions[o], q.day == p.day, q.room != p.room else {
          continue
        }
        let otherEnd = q.start + context.tables.talks[o].duration
        if otherEnd == p.start || end == q.start {
          findings.append(.pair(t, o, subject: speaker))
        }
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    var (first, second) = (f.talk, f.other)
    if let a = c.rules.span(of: first), let b = c.rules.span(of: second), b.start < a.start {
      swap(&first, &second)
    }
    let junction = c.rules.span(of: first)?.end ?? 0
    var conflict = c.conflict(
      self, talks: [first, second], speaker: f.subject, window: (junction, junction), message: "")
    let rooms = [first, second].map { t in
      c.rules.occupancy.positions[t].map { c.roomName($0.room) } ?? "?"
    }
    conflict.say(
      "{1} ends {2} in {3} at {4} and starts {5} in {6} at once", c.speaker(f.subject).name,
      first.talkID(c), rooms[0], TimeOfDay.format(junction), second.talkID(c), rooms[1])
    return conflict
  }
}

extension Int {
  fileprivate func talkID(_ c: DescribeContext) -> String { c.id(self) }
}
