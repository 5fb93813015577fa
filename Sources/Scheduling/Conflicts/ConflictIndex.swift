/// What an edit changed, so that the conflict index re-checks only that.
public enum Change: Equatable, Sendable {
  /// Nothing that conflicts depend on.
  case none
  /// The fields or placements of these talks; no talk was added or removed.
  case talks(Set<String>)
  /// Anything else: rooms, days, speakers, themes, the event, or the set of talks.
  case structure

  /// The change that covers both.
  public func merged(with other: Change) -> Change {
    switch (self, other) {
    case (.none, _): return other
    case (_, .none): return self
    case (.structure, _), (_, .structure): return .structure
    case (.talks(let a), .talks(let b)): return .talks(a.union(b))
    }
  }
}

/// Every conflict of a schedule, kept up to date edit by edit.
///
/// After a change to some talks, only those talks are checked again: every finding that
/// involves them is dropped and their rules run anew against the others where they stand. A
/// pair finding depends on its two talks only, so nothing else can have changed. Changes to
/// rooms, days, speakers or themes rebuild everything (they are rare and still fast).
public struct ConflictIndex: Sendable {
  public private(set) var schedule: Schedule
  public let book: RuleBook
  public private(set) var tables: Tables
  public private(set) var occupancy: Occupancy
  /// For each talk, the findings that involve it (a pair finding is under both talks).
  private var byTalk: [[Finding]] = []
  private var eventFindings: [Finding] = []
  private let severities: [Severity]
  public private(set) var errorCount = 0
  public private(set) var warningCount = 0

  public init(_ schedule: Schedule, rules: RuleBook = .standard) {
    self.schedule = schedule
    self.book = rules
    self.severities = rules.rules.map(\.severity)
    self.tables = Tables(schedule)
    self.occupancy = Occupancy(schedule: schedule, tables: tables)
    rebuildFindings()
  }

  /// The rules' view of the current state.
  public var context: RuleContext { RuleContext(tables: tables, occupancy: occupancy) }

  /// Applies `edit` to the schedule and re-checks what it touched; on error nothing changes.
  @discardableResult
  public mutating func apply(_ edit: Edit) throws(EditError) -> Applied {
    // The schedule is changed in place (no copy of the talks) and then re-checked.
    let applied = try edit.apply(to: &schedule)
    refresh(applied.change)
    return applied
  }

  /// Takes `schedule` as the new state; `change` says what differs from the current one.
  public mutating func update(to schedule: Schedule, change: Change) {
    self.schedule = schedule
    refresh(change)
  }

  /// Brings tables, occupancy and findings in line with `schedule` after `change`.
  private mutating func refresh(_ change: Change) {
    switch change {
    case .none:
      return
    case .structure:
      rebuild(schedule)
    case .talks(let ids):
      guard schedule.talks.count == tables.talks.count else { return rebuild(schedule) }
      var touched: [Int] = []
      for id in ids {
        guard let t = tables.talkIndex[id], let talk = schedule.talks[id: id],
          schedule.talks.index(of: id) == t
        else { return rebuild(schedule) }
        occupancy.remove(t, tables: tables)
        guard tables.update(talk: t, to: talk, primary: schedule.event.language) else {
          return rebuild(schedule)
        }
        if talk.holdsRoom, let placement = talk.at {
          guard let position = tables.position(of: placement) else { return rebuild(schedule) }
          occupancy.place(t, at: position, tables: tables)
        }
        touched.append(t)
      }
      for t in touched { forget(t) }
      for t in touched { recheck(t) }
    }
  }

  private mutating func rebuild(_ schedule: Schedule) {
    self.schedule = schedule
    tables = Tables(schedule)
    occupancy = Occupancy(schedule: schedule, tables: tables)
    rebuildFindings()
  }

  private mutating func rebuildFindings() {
    byTalk = Array(repeating: [], count: schedule.talks.count)
    errorCount = 0
    warningCount = 0
    for t in byTalk.indices { recheck(t) }
    eventFindings = []
    let context = self.context
    for (r, rule) in book.rules.enumerated() {
      let start = eventFindings.count
      rule.checkEvent(in: context, into: &eventFindings)
      for i in start..<eventFindings.count { eventFindings[i].rule = r }
    }
    for finding in eventFindings { count(finding, +1) }
  }

  /// Drops every finding that involves talk `t`.
  private mutating func forget(_ t: Int) {
    for finding in byTalk[t] {
      let partner = finding.talk == t ? finding.other : finding.talk
      if partner >= 0, partner != t, let i = byTalk[partner].firstIndex(of: finding) {
        byTalk[partner].swapAt(i, byTalk[partner].count - 1)
        byTalk[partner].removeLast()
      }
      count(finding, -1)
    }
    byTalk[t].removeAll(keepingCapacity: true)
  }

  /// Runs every rule for talk `t` where it stands and records what is new.
  private mutating func recheck(_ t: Int) {
    for finding in findings(of: t, at: occupancy.positions[t]) {
      let owner = finding.talk
      if byTalk[owner].contains(finding) { continue }
      byTalk[owner].append(finding)
      for partner in [finding.talk, finding.other] where partner >= 0 && partner != owner {
        byTalk[partner].append(finding)
      }
      count(finding, +1)
    }
  }

  private mutating func count(_ finding: Finding, _ delta: Int) {
    if severities[finding.rule] == .error { errorCount += delta } else { warningCount += delta }
  }

  /// The findings talk `t` would have at `position` (`nil`: unscheduled), with every other
  /// talk where it stands. Only rules whose index is in `only` run, when it is given.
  public func findings(of t: Int, at position: Position?, only: [Int]? = nil) -> [Finding] {
    guard tables.talks[t].active else { return [] }
    var result: [Finding] = []
    let context = self.context
    for r in only ?? Array(book.rules.indices) {
      let start = result.count
      book.rules[r].check(talk: t, at: position, in: context, into: &result)
      for i in start..<result.count { result[i].rule = r }
    }
    return result
  }

  /// Every current finding, each once.
  public var findings: [Finding] {
    var result = eventFindings
    for (t, list) in byTalk.enumerated() {
      for finding in list where finding.talk == t { result.append(finding) }
    }
    return result
  }

  /// The findings that involve talk `t`.
  public func findings(involving t: Int) -> [Finding] { byTalk[t] }

  /// A finding in words.
  public func describe(_ finding: Finding) -> Conflict {
    book.rules[finding.rule].describe(
      finding, in: DescribeContext(schedule: schedule, rules: context))
  }

  /// Every conflict, in reading order.
  public var conflicts: [Conflict] {
    findings.map(describe).sorted(by: Conflict.readingOrder)
  }

  /// The conflicts that involve the talk with this id, in reading order.
  public func conflicts(involving id: String) -> [Conflict] {
    guard let t = tables.talkIndex[id] else { return [] }
    return byTalk[t].map(describe).sorted(by: Conflict.readingOrder)
  }

  /// Whether any error-severity conflict is left.
  public var hasErrors: Bool { errorCount > 0 }
}
