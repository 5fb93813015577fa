/// One candidate schedule during search, with its objective kept up to date move by move.
///
/// The state never holds an error between talks the solver placed: a talk either has a place
/// where the error rules find nothing, or it waits unplaced (which counts before any soft
/// term, see ``Cost``). Moving a talk changes only the findings that involve it,
/// so the change of objective is its own contribution at the new place minus at the old.
struct SearchState {
  let problem: SolverProblem
  private(set) var occupancy: Occupancy
  /// Talks of theme × room, to count the rooms each theme uses.
  private var themeRoomCount: [Int]
  /// The objective: unplaced and moved talks first, then the weighted soft terms.
  private(set) var cost = Cost.zero
  private var buffer: [Finding] = []

  /// What the rules say about one talk at one place.
  struct Evaluation {
    var hard = 0
    /// The findings of each rule-fed soft term.
    var terms = TermVector()
  }

  init(problem: SolverProblem, positions: [Position?]) {
    self.problem = problem
    occupancy = Occupancy(tables: problem.tables)
    themeRoomCount = Array(
      repeating: 0, count: max(1, problem.tables.themeCount * problem.roomCount))
    for t in 0..<problem.talkCount where problem.tables.talks[t].active {
      if let p = positions[t] {
        occupancy.place(t, at: p, tables: problem.tables)
        let theme = problem.tables.talks[t].theme
        if theme >= 0 { themeRoomCount[theme * problem.roomCount + p.room] += 1 }
      }
    }
    cost = recomputedCost()
  }

  var positions: [Position?] { occupancy.positions }

  func position(_ t: Int) -> Position? { occupancy.positions[t] }

  /// The objective from scratch (for checks; moves keep ``cost`` current).
  func recomputedCost() -> Cost {
    var copy = self
    var total = Cost.zero
    for t in 0..<problem.talkCount where problem.tables.talks[t].active {
      if let p = copy.position(t) {
        let e = copy.evaluate(t, at: p)
        // Pair terms are seen from both talks: count each talk's half.
        total = total + copy.unaryCost(t, p)
        total.soft += copy.pairCost(e) / 2
      } else if problem.movable[t] {
        total.unplaced += 1
      }
    }
    for theme in 0..<problem.tables.themeCount {
      for r in 0..<problem.roomCount where themeRoomCount[theme * problem.roomCount + r] > 0 {
        total.soft += problem.weights[.themeRooms]
      }
    }
    return total
  }

  /// Number of movable talks without a place.
  var unplacedCount: Int {
    (0..<problem.talkCount).filter { problem.movable[$0] && occupancy.positions[$0] == nil }
      .count
  }

  /// Runs the rules that look at other talks for talk `t` at `p`; the talk's own current
  /// place is ignored by the rules. Stops at the first error.
  mutating func evaluate(_ t: Int, at p: Position) -> Evaluation {
    var e = Evaluation()
    let context = RuleContext(tables: problem.tables, occupancy: occupancy)
    let rules = problem.book.rules
    for r in problem.errorRules {
      buffer.removeAll(keepingCapacity: true)
      rules[r].check(talk: t, at: p, in: context, into: &buffer)
      e.hard += buffer.count
      if e.hard > 0 { return e }
    }
    for (r, term) in problem.softRules {
      buffer.removeAll(keepingCapacity: true)
      rules[r].check(talk: t, at: p, in: context, into: &buffer)
      for finding in buffer { e.terms[term] += Double(finding.amount) }
    }
    return e
  }

  /// The talks that stand in the way of talk `t` at `p` (error findings), or nil when a talk
  /// the solver may not move is among them.
  mutating func blockers(_ t: Int, at p: Position) -> [Int]? {
    let context = RuleContext(tables: problem.tables, occupancy: occupancy)
    var result: [Int] = []
    for r in problem.errorRules {
      buffer.removeAll(keepingCapacity: true)
      problem.book.rules[r].check(talk: t, at: p, in: context, into: &buffer)
      for f in buffer {
        let other = f.talk == t ? f.other : f.talk
        guard other >= 0, other != t else { return nil }
        guard problem.movable[other] else { return nil }
        if !result.contains(other) { result.append(other) }
      }
    }
    return result
  }

  /// The weighted pair terms of an evaluation.
  func pairCost(_ e: Evaluation) -> Double {
    e.terms.weighted(by: problem.weights.vector)
  }

  /// What talk `t` costs at `p` by itself: empty seats, and a move in repair mode.
  func unaryCost(_ t: Int, _ p: Position) -> Cost {
    var c = Cost(
      soft: problem.weights[.capacity] * problem.emptyShare[t * problem.roomCount + p.room])
    if problem.countsMoves, let o = problem.original[t], o != p { c.moved = 1 }
    return c
  }

  /// Talks of `theme` in `room`.
  func themeRoomCount(_ theme: Int, _ room: Int) -> Int {
    themeRoomCount[theme * problem.roomCount + room]
  }

  /// How the rooms-per-theme term changes when talk `t` goes from `old` to `new`.
  func themeRoomDelta(_ t: Int, from old: Position?, to new: Position?) -> Double {
    let theme = problem.tables.talks[t].theme
    guard theme >= 0, old?.room != new?.room else { return 0 }
    var rooms = 0
    if let old, themeRoomCount[theme * problem.roomCount + old.room] == 1 { rooms -= 1 }
    if let new, themeRoomCount[theme * problem.roomCount + new.room] == 0 { rooms += 1 }
    return Double(rooms) * problem.weights[.themeRooms]
  }

  /// The full contribution of talk `t` at `p` (nil: unplaced), besides the theme rooms.
  mutating func contribution(_ t: Int, at p: Position?) -> (hard: Int, cost: Cost) {
    guard let p else { return (0, Cost(unplaced: problem.movable[t] ? 1 : 0)) }
    let e = evaluate(t, at: p)
    var c = unaryCost(t, p)
    c.soft += pairCost(e)
    return (e.hard, c)
  }

  /// The change of objective if talk `t` moved to `p`, or nil when `p` breaks an error rule.
  mutating func delta(_ t: Int, to p: Position?) -> Cost? {
    let old = position(t)
    if old == p { return .zero }
    let after = contribution(t, at: p)
    guard after.hard == 0 else { return nil }
    let before = contribution(t, at: old)
    var d = after.cost - before.cost
    d.soft += themeRoomDelta(t, from: old, to: p)
    return d
  }

  /// Moves talk `t` to `p` (nil: unplaces it); `delta` is what ``delta(_:to:)`` returned.
  mutating func commit(_ t: Int, to p: Position?, delta: Cost) {
    let old = position(t)
    let theme = problem.tables.talks[t].theme
    if theme >= 0, let old { themeRoomCount[theme * problem.roomCount + old.room] -= 1 }
    occupancy.place(t, at: p, tables: problem.tables)
    if theme >= 0, let p { themeRoomCount[theme * problem.roomCount + p.room] += 1 }
    cost = cost + delta
    if problem.checksInvariants {
      let recount = recomputedCost()
      precondition(
        recount.unplaced == cost.unplaced && recount.moved == cost.moved
          && abs(recount.soft - cost.soft) <= 1e-6 * max(1, abs(recount.soft)),
        "the search's objective drifted: kept \(cost), recounted \(recount) after moving talk \(t)")
    }
  }

  /// Moves talk `t`, computing the change; returns it (nil, and no move, on an error).
  @discardableResult
  mutating func move(_ t: Int, to p: Position?) -> Cost? {
    guard let d = delta(t, to: p) else { return nil }
    commit(t, to: p, delta: d)
    return d
  }

  /// Takes talk `t` off the grid whatever it costs.
  mutating func unplace(_ t: Int) {
    let old = position(t)
    guard old != nil else { return }
    var d = contribution(t, at: nil).cost - contribution(t, at: old).cost
    d.soft += themeRoomDelta(t, from: old, to: nil)
    commit(t, to: nil, delta: d)
  }

  /// The talks placed in the same room and day as `p`, sorted by start: the room's agenda.
  func agenda(day: Int, room: Int) -> [(start: Int, end: Int)] {
    occupancy.talks(inRoom: room, day: day).compactMap { o in
      occupancy.positions[o].map { ($0.start, $0.start + problem.tables.talks[o].duration) }
    }.sorted { $0.start < $1.start }
  }
}
