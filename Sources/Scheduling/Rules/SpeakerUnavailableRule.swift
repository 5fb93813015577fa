/// Error: a talk overlaps a period when one of its speakers is unavailable.
public struct SpeakerUnavailableRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .speakerUnavailable }
  public var severity: Severity { .error }
  public var scope: RuleScope { .time }

  public func canFire(in tables: Tables) -> Bool {
    tables.unavailable.contains { $0.contains { !$0.isEmpty } }
  }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    let end = p.start + row.duration
    for speaker in row.speakers {
      for gap in context.tables.unavailable[speaker][p.day]
      where overlaps(p.start, end, gap.start, gap.end) {
        findings.append(Finding(talk: t, subject: speaker))
        break
      }
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    var conflict = c.conflict(self, talks: [f.talk], speaker: f.subject, message: "")
    let speaker = c.speaker(f.subject)
    let gaps = speaker.unavailable.filter { $0.date == conflict.date }
      .map { "\($0.from)–\($0.to)" }.joined(separator: ", ")
    conflict.say(
      windowed: "{1} is unavailable {2} but speaks in {3}", speaker.name, gaps,
      c.named(f.talk))
    return conflict
  }
}
