/// Warning: a talk is outside the date or hours it asked for (`prefer:`).
public struct PreferenceMissedRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .preferenceMissed }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .time }
  public var term: SoftTerm? { .wishes }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    guard let p = position else { return }
    let row = context.tables.talks[t]
    guard let prefer = row.prefer else { return }
    let dayOK = row.preferDay == -1 || row.preferDay == p.day
    let fromOK = prefer.from.map { p.start >= $0.minutes } ?? true
    let toOK = prefer.to.map { p.start + row.duration <= $0.minutes } ?? true
    if !(dayOK && fromOK && toOK) { findings.append(Finding(talk: t)) }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    let prefer = c.talk(f.talk).prefer
    var wish: [String] = []
    if let date = prefer?.date { wish.append(date.short) }
    switch (prefer?.from, prefer?.to) {
    case (let from?, let to?): wish.append("\(from)–\(to)")
    case (let from?, nil): wish.append("from \(from)")
    case (nil, let to?): wish.append("ending by \(to)")
    case (nil, nil): break
    }
    let conflict = c.conflict(self, talks: [f.talk], message: "")
    let actual = [conflict.date?.short, conflict.start.map(\.description)].compactMap { $0 }
    var result = conflict
    result.say(
      "{1} prefers {2} but is at {3}", c.named(f.talk), wish.joined(separator: " "),
      actual.joined(separator: " "))
    return result
  }
}
