/// Warning: a talk is outside the date or hours it asked for (`prefer:`).
public struct PreferenceMissedRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .preferenceMissed }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .time }
  public var term: SoftTerm? { .wishes }

  public func canFire(in tables: Tables) -> Bool {
    tables.talks.contains { $0.preferWindow != nil }
  }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    guard let wish = row.preferWindow else { return }
    if !wish.holds(day: p.day, p.start, p.start + row.duration) {
      findings.append(Finding(talk: t))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let prefer = c.talk(f.talk).prefer
    var wish: [Phrase.Argument] = []
    if let date = prefer?.date { wish.append(.date(date)) }
    switch (prefer?.from, prefer?.to) {
    case (let from?, let to?): wish.append("\(from)–\(to)")
    case (let from?, nil): wish.append(.phrase(Phrase("from {1}", "\(from)")))
    case (nil, let to?): wish.append(.phrase(Phrase("ending by {1}", "\(to)")))
    case (nil, nil): break
    }
    if let session = prefer?.session {
      wish.append(.phrase(Phrase("session {1}", "\(session)")))
    }
    let conflict = c.conflict(self, talks: [f.talk], message: "")
    let actual: [Phrase.Argument] = [
      conflict.date.map(Phrase.Argument.date), conflict.start.map { .text($0.description) },
    ].compactMap { $0 }
    var result = conflict
    result.say(
      "{1} prefers {2} but is at {3}", .text(c.named(f.talk)), .phrase(.spaced(wish)),
      .phrase(.spaced(actual)))
    return result
  }
}
