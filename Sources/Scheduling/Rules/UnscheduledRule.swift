/// Warning: a confirmed or tentative talk has no place yet.
public struct UnscheduledRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .unscheduled }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .placement }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    if position == nil { findings.append(Finding(talk: t)) }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    var conflict = c.conflict(self, talks: [f.talk], message: "")
    conflict.say("{1} has no place yet", c.named(f.talk))
    return conflict
  }
}
