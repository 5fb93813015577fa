/// The mutable part of the exact search: level one over rooms (ExactRooms.swift), level two
/// over times (ExactTimes.swift).
struct ExactEngine {
  let s: ExactSearch
  let problem: SolverProblem
  /// The budget of the current run (a rerun gets its own).
  var budget: Budget
  let n: Int
  /// Pair tables between movable talks (index in `talks`) and against fixed talks.
  var pairs: [[ExactSearch.PairTable?]]
  var fixedPairs: [[ExactSearch.PairTable]]
  /// Unary time cost (wishes) of each movable talk at each value.
  var unaryTime: [[Double]]
  var baseDomain: [BitDomain]
  var bestCost: Double
  var bestPositions: [Position?]
  var complete = true
  var nodes = 0
  var found: [Position?]?
  // Level one.
  var order: [Int] = []
  /// `order` cut into runs of one theme (-1: talks without one), computed once.
  var groups: [(theme: Int, range: Range<Int>)] = []
  /// The room-part bound of each theme before any of its talks has a room.
  var staticThemeBound: [Int: Double] = [:]
  var staticPlainBound: [Int: Double] = [:]
  /// Lagrange multipliers on each room's free minutes: a price per minute that makes the
  /// per-theme relaxation respect, on average, how much time each room has.
  var lambda: [Double] = []
  var room: [Int]
  var themeRooms: [Int]
  /// Minutes each room can still hold (over all days), and leaves tried.
  var roomFree: [Int]
  var roomSegments: [[Int]] = []
  /// Durations of the movable talks given each room so far.
  var roomLoad: [[Int]] = []
  var roomStretches: [[(day: Int, start: Int, end: Int)]] = []

  let constant: Double

  init(search: ExactSearch) {
    s = search
    budget = search.budget
    problem = search.problem
    n = search.talks.count
    pairs = Array(repeating: Array(repeating: nil, count: n), count: n)
    fixedPairs = []
    unaryTime = []
    baseDomain = []
    room = Array(repeating: -1, count: n)
    // Open minutes of each room over the event, less breaks and fixed talks.
    var free = [Int](repeating: 0, count: problem.roomCount)
    for day in problem.tables.days {
      let open = day.closes - day.opens - day.breaks.reduce(0) { $0 + ($1.end - $1.start) }
      for r in 0..<problem.roomCount { free[r] += open }
    }
    for f in search.fixed {
      if let p = search.incumbent[f] {
        if problem.tables.talks[f].exclusive {
          // Nothing else runs during a plenary: it takes its time from every room.
          for r in 0..<problem.roomCount { free[r] -= problem.tables.talks[f].duration }
        } else {
          free[p.room] -= problem.tables.talks[f].duration
        }
      }
    }
    roomFree = free
    // Free stretches of each room: the days' opening hours cut by breaks and fixed talks.
    var segments: [[Int]] = []
    var stretches: [[(day: Int, start: Int, end: Int)]] = []
    for r in 0..<problem.roomCount {
      var list: [Int] = []
      var intervals: [(day: Int, start: Int, end: Int)] = []
      for (d, day) in problem.tables.days.enumerated() {
        var cuts = day.breaks.map { (start: $0.start, end: $0.end) }
        for f in search.fixed {
          guard let p = search.incumbent[f], p.day == d,
            p.room == r || problem.tables.talks[f].exclusive
          else { continue }
          cuts.append((p.start, p.start + problem.tables.talks[f].duration))
        }
        for (start, end) in day.free(without: cuts) {
          list.append(end - start)
          intervals.append((d, start, end))
        }
      }
      segments.append(list.filter { $0 > 0 })
      stretches.append(intervals)
    }
    roomSegments = segments
    roomLoad = Array(repeating: [], count: problem.roomCount)
    // What each room can really hold: in every stretch, the longest total that lengths of
    // talks allowed there can make (a 15-minute gap holds nothing when talks last 45).
    for r in 0..<problem.roomCount {
      let compiled = search.problem
      let lengths = Set(
        search.talks.filter { compiled.rooms[$0].contains(r) }
          .map { compiled.tables.talks[$0].duration })
      let usable = segments[r].reduce(0) {
        $0 + BinPacking.largestSum(of: lengths, upTo: $1, reusing: true)
      }
      roomFree[r] = min(roomFree[r], usable)
    }
    roomStretches = stretches
    themeRooms = Array(repeating: 0, count: max(1, problem.tables.themeCount * problem.roomCount))
    let state = SearchState(problem: problem, positions: search.incumbent)
    bestCost = state.cost.soft
    bestPositions = search.incumbent
    // What the fixed talks cost among themselves, whatever the movable talks do.
    var onlyFixed = [Position?](repeating: nil, count: problem.talkCount)
    for f in search.fixed { onlyFixed[f] = search.incumbent[f] }
    let fixedState = SearchState(problem: problem, positions: onlyFixed)
    // It includes the rooms the fixed talks give their themes; level one counts only the
    // rooms movable talks add.
    for f in search.fixed {
      let theme = problem.tables.talks[f].theme
      if theme >= 0, let p = onlyFixed[f] { themeRooms[theme * problem.roomCount + p.room] += 1 }
    }
    constant = fixedState.cost.soft
    for i in 0..<n {
      for j in (i + 1)..<max(i + 1, n) {
        pairs[i][j] = search.table(search.talks[i], search.talks[j])
      }
      fixedPairs.append(search.fixed.map { search.table($0, search.talks[i]) })
    }
    // Domains and wishes that depend on the time alone.
    let timeSoft = problem.softRules.filter { problem.book.rules[$0.rule].scope == .time }
    let empty = RuleContext(tables: problem.tables, occupancy: Occupancy(tables: problem.tables))
    var buffer: [Finding] = []
    for t in search.talks {
      var domain = BitDomain(count: search.valueCount)
      var cost = [Double](repeating: 0, count: search.valueCount)
      for d in 0..<problem.dayCount {
        for start in problem.starts[t][d] {
          let v = d * search.slotsPerDay + start / problem.tables.tick
          domain.insert(v)
          for (r, term) in timeSoft {
            buffer.removeAll(keepingCapacity: true)
            problem.book.rules[r].check(
              talk: t, at: Position(day: d, room: 0, start: start), in: empty, into: &buffer)
            cost[v] += Double(buffer.count) * problem.weights[term]
          }
        }
      }
      baseDomain.append(domain)
      unaryTime.append(cost)
    }
  }

  /// Out of nodes, out of time, or asked to stop.
  func outOfBudget() -> Bool {
    if let limit = budget.exactNodes, nodes >= limit { return true }
    return budget.outOfTime
  }

  /// Searches again from a better incumbent, on a new budget, reusing the pair tables (they
  /// cost more than a short search: the fixed talks, which they depend on, stay put).
  mutating func rerun(incumbent: [Position?], budget: Budget) -> ExactSearch.Outcome {
    self.budget = budget
    bestPositions = incumbent
    bestCost = SearchState(problem: problem, positions: incumbent).cost.soft
    nodes = 0
    complete = true
    found = nil
    order = []
    groups = []
    return solve()
  }

  mutating func solve() -> ExactSearch.Outcome {
    let themeOf = s.talks.map { problem.tables.talks[$0].theme }
    order = Array(0..<n).sorted { a, b in
      (themeOf[a], problem.rooms[s.talks[a]].count, -problem.tables.talks[s.talks[a]].audience, a)
        < (
          themeOf[b], problem.rooms[s.talks[b]].count, -problem.tables.talks[s.talks[b]].audience,
          b
        )
    }
    var k = 0
    while k < n {
      var end = k
      while end < n && themeOf[order[end]] == themeOf[order[k]] { end += 1 }
      groups.append((themeOf[order[k]], k..<end))
      k = end
    }
    lambda = Array(repeating: 0, count: problem.roomCount)
    priceRooms()
    for (theme, range) in groups where theme >= 0 {
      var loads = [Int](repeating: 0, count: problem.roomCount)
      staticThemeBound[theme] = themeBound(theme, Array(order[range]), loads: &loads)
      let prices = lambda
      lambda = Array(repeating: 0, count: problem.roomCount)
      staticPlainBound[theme] = themeBound(theme, Array(order[range]), loads: &loads)
      lambda = prices
    }
    let root = roomBound(depth: 0, partial: 0)
    assignRooms(depth: 0, partial: 0)
    if let found, !verify(found) {
      // The rules and the probed tables disagree: trust the rules and claim nothing.
      return ExactSearch.Outcome(proven: false, lowerBound: nil, better: nil, nodes: nodes)
    }
    let proven = complete
    return ExactSearch.Outcome(
      proven: proven, lowerBound: proven ? bestCost : min(root, bestCost), better: found,
      nodes: nodes)
  }

  /// Checks a schedule found here with the rules themselves.
  func verify(_ positions: [Position?]) -> Bool {
    var state = SearchState(problem: problem, positions: positions)
    for t in s.talks {
      guard let p = positions[t], problem.allows(t, p) else { return false }
      if state.evaluate(t, at: p).hard > 0 { return false }
    }
    return abs(state.cost.soft - bestCost) < 1e-6 * max(1, abs(bestCost))
  }
}
