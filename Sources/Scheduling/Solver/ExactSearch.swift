/// Exact search for small events: proves the local search's schedule optimal, or finds a
/// better one.
///
/// The objective splits into a room part (empty seats, rooms per theme), which depends only on
/// each talk's room, and a time part (themes in parallel, speakers running between rooms,
/// wishes), which depends on times and on whether two talks share a room. Level one is a
/// depth-first branch and bound over rooms; at each complete room assignment cheaper than the
/// best schedule known, level two searches the times with constraint propagation over bit
/// sets. Both levels are complete, so when they finish within the budget the best schedule
/// is proven optimal.
///
/// How two talks interact at each offset is read off the conflict rules once, by probing: one
/// talk is placed on an empty grid and the rules judge the other at every relevant offset,
/// in the same room and in another. The result is checked against the rules at the end.
struct ExactSearch {
  struct Outcome {
    var proven: Bool
    var lowerBound: Double?
    var better: [Position?]?
    /// Search nodes visited (both levels).
    var nodes: Int
  }

  /// The largest events it tries: beyond this, the local search's result stands.
  static let maximumTalks = 80
  static let maximumRooms = 10

  private let problem: SolverProblem
  private let incumbent: [Position?]
  private let budget: Budget
  /// When the clock may stop the search (only with a time limit: without one, the node
  /// limit alone decides, so that a run repeats exactly).
  private let deadline: Double?
  private let talks: [Int]
  private let fixed: [Int]
  private let slotsPerDay: Int
  private let valueCount: Int

  init?(problem: SolverProblem, incumbent: [Position?], budget: Budget) {
    let talks = (0..<problem.talkCount).filter { problem.movable[$0] }
    guard !talks.isEmpty, talks.count <= Self.maximumTalks, problem.roomCount <= Self.maximumRooms,
      talks.allSatisfy({ incumbent[$0] != nil })
    else { return nil }
    self.problem = problem
    self.incumbent = incumbent
    self.budget = budget
    self.talks = talks
    fixed = (0..<problem.talkCount).filter {
      !problem.movable[$0] && problem.tables.talks[$0].active && incumbent[$0] != nil
    }
    slotsPerDay = 1440 / problem.tables.slot + 1
    valueCount = slotsPerDay * problem.dayCount
    // Half of what is left, and at most ten seconds: the local search's answer stands anyway.
    deadline = budget.seconds.map { seconds in
      budget.elapsed + max(0.05, min(10, (seconds - budget.elapsed) / 2))
    }
  }

  // MARK: Pair tables

  /// The cost of two talks at a relative position: an error, or soft cost.
  private struct Entry {
    var hard = false
    var soft = 0.0
  }

  /// How talk `b` fares against talk `a`, by offset of starts (in slots) on the same day,
  /// beyond those offsets, and on other days; for the same room and for different rooms.
  private struct PairTable {
    var low: Int  // the smallest offset with its own entry
    var same: [[Entry]]  // [sameRoom ? 0 : 1][offset - low]
    var farBefore: [Entry]
    var farAfter: [Entry]
    var dayBefore: [Entry]
    var dayAfter: [Entry]

    func entry(sameRoom: Bool, dayA: Int, slotA: Int, dayB: Int, slotB: Int) -> Entry {
      let r = sameRoom ? 0 : 1
      if dayB < dayA { return dayBefore[r] }
      if dayB > dayA { return dayAfter[r] }
      let i = slotB - slotA - low
      if i < 0 { return farBefore[r] }
      if i >= same[r].count { return farAfter[r] }
      return same[r][i]
    }
  }

  private func probe(_ a: Int, _ b: Int, rooms: (Int, Int), days: (Int, Int), starts: (Int, Int))
    -> Entry
  {
    var occupancy = Occupancy(tables: problem.tables)
    occupancy.place(
      a, at: Position(day: days.0, room: rooms.0, start: starts.0), tables: problem.tables)
    let context = RuleContext(tables: problem.tables, occupancy: occupancy)
    var entry = Entry()
    var found: [Finding] = []
    let at = Position(day: days.1, room: rooms.1, start: starts.1)
    for r in problem.errorRules {
      problem.book.rules[r].check(talk: b, at: at, in: context, into: &found)
    }
    entry.hard = found.contains { $0.involves(a) }
    let w = problem.weights
    for (r, term) in problem.softRules {
      found.removeAll()
      problem.book.rules[r].check(talk: b, at: at, in: context, into: &found)
      entry.soft += Double(found.filter { $0.involves(a) }.count) * w[term]
    }
    return entry
  }

  private func table(_ a: Int, _ b: Int) -> PairTable {
    let slot = problem.tables.slot
    let da = (problem.tables.talks[a].duration + slot - 1) / slot
    let db = (problem.tables.talks[b].duration + slot - 1) / slot
    let low = -db - 1
    let high = da + 1
    let base = 720
    let twoRooms = problem.roomCount > 1
    var same: [[Entry]] = [[], []]
    var farBefore: [Entry] = []
    var farAfter: [Entry] = []
    var dayBefore: [Entry] = []
    var dayAfter: [Entry] = []
    for variant in 0..<2 {
      let rooms = variant == 0 || !twoRooms ? (0, 0) : (0, 1)
      for offset in low...high {
        same[variant].append(
          probe(a, b, rooms: rooms, days: (0, 0), starts: (base, base + offset * slot)))
      }
      let far = (da + db + 4) * slot
      farBefore.append(probe(a, b, rooms: rooms, days: (0, 0), starts: (base, base - far)))
      farAfter.append(probe(a, b, rooms: rooms, days: (0, 0), starts: (base, base + far)))
      if problem.dayCount > 1 {
        dayBefore.append(probe(a, b, rooms: rooms, days: (1, 0), starts: (base, base)))
        dayAfter.append(probe(a, b, rooms: rooms, days: (0, 1), starts: (base, base)))
      } else {
        dayBefore.append(Entry())
        dayAfter.append(Entry())
      }
    }
    return PairTable(
      low: low, same: same, farBefore: farBefore, farAfter: farAfter, dayBefore: dayBefore,
      dayAfter: dayAfter)
  }

  // MARK: Search

  func run() -> Outcome {
    var engine = Engine(search: self)
    return engine.solve()
  }

  /// The mutable part of the search.
  private struct Engine {
    let s: ExactSearch
    let problem: SolverProblem
    let n: Int
    let words: Int
    /// Pair tables between movable talks (index in `talks`) and against fixed talks.
    var pairs: [[PairTable?]]
    var fixedPairs: [[PairTable]]
    /// Unary time cost (wishes) of each movable talk at each value.
    var unaryTime: [[Double]]
    var baseDomain: [[UInt64]]
    var bestCost: Double
    var bestPositions: [Position?]
    var complete = true
    var nodes = 0
    var found: [Position?]?
    // Level one.
    var order: [Int] = []
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
      problem = search.problem
      n = search.talks.count
      words = (search.valueCount + 63) / 64
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
          var cuts = day.breaks.map { ($0.start, $0.end) }
          for f in search.fixed {
            guard let p = search.incumbent[f], p.day == d,
              p.room == r || problem.tables.talks[f].exclusive
            else { continue }
            cuts.append((p.start, p.start + problem.tables.talks[f].duration))
          }
          cuts.sort { $0.0 < $1.0 }
          var at = day.opens
          for (start, end) in cuts {
            if start > at {
              list.append(start - at)
              intervals.append((d, at, start))
            }
            at = max(at, end)
          }
          if day.closes > at {
            list.append(day.closes - at)
            intervals.append((d, at, day.closes))
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
        var usable = 0
        for stretch in segments[r] {
          var reachable = [Bool](repeating: false, count: stretch + 1)
          reachable[0] = true
          for sum in 1...max(1, stretch) where sum <= stretch {
            reachable[sum] = lengths.contains { $0 <= sum && reachable[sum - $0] }
          }
          usable += reachable.lastIndex(of: true) ?? 0
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
        var domain = [UInt64](repeating: 0, count: words)
        var cost = [Double](repeating: 0, count: search.valueCount)
        for d in 0..<problem.dayCount {
          for start in problem.starts[t][d] {
            let v = d * search.slotsPerDay + start / problem.tables.slot
            domain[v >> 6] |= 1 << UInt64(v & 63)
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
      if let limit = s.budget.exactNodes, nodes >= limit { return true }
      if let deadline = s.deadline, s.budget.elapsed > deadline { return true }
      return s.budget.shouldStop?() == true
    }

    mutating func solve() -> Outcome {
      let themeOf = s.talks.map { problem.tables.talks[$0].theme }
      order = Array(0..<n).sorted { a, b in
        (themeOf[a], problem.rooms[s.talks[a]].count, -problem.tables.talks[s.talks[a]].audience, a)
          < (
            themeOf[b], problem.rooms[s.talks[b]].count, -problem.tables.talks[s.talks[b]].audience,
            b
          )
      }
      lambda = Array(repeating: 0, count: problem.roomCount)
      priceRooms()
      var k = 0
      while k < n {
        let theme = themeOf[order[k]]
        var end = k
        while end < n && themeOf[order[end]] == theme { end += 1 }
        if theme >= 0 {
          var loads = [Int](repeating: 0, count: problem.roomCount)
          staticThemeBound[theme] = themeBound(theme, Array(order[k..<end]), loads: &loads)
          let prices = lambda
          lambda = Array(repeating: 0, count: problem.roomCount)
          staticPlainBound[theme] = themeBound(theme, Array(order[k..<end]), loads: &loads)
          lambda = prices
        }
        k = end
      }
      let root = roomBound(depth: 0, partial: 0)
      assignRooms(depth: 0, partial: 0)
      if let found, !verify(found) {
        // The rules and the probed tables disagree: trust the rules and claim nothing.
        return Outcome(proven: false, lowerBound: nil, better: nil, nodes: nodes)
      }
      let proven = complete
      return Outcome(
        proven: proven, lowerBound: proven ? bestCost : min(root, bestCost), better: found,
        nodes: nodes)
    }

    private func share(_ i: Int, _ r: Int) -> Double {
      problem.weights[.capacity] * problem.emptyShare[s.talks[i] * problem.roomCount + r]
    }

    /// The room-part cost of talk `i` in room `r` with the room's minutes priced.
    private func priced(_ i: Int, _ r: Int) -> Double {
      share(i, r) + lambda[r] * Double(problem.tables.talks[s.talks[i]].duration)
    }

    /// Finds room prices that raise the root bound most (subgradient ascent on the
    /// Lagrangian dual of the rooms' minute limits).
    private mutating func priceRooms() {
      guard problem.roomCount > 1 else { return }
      var best = -Double.infinity
      var bestLambda = lambda
      var theta = 2.0
      var stale = 0
      for _ in 0..<200 {
        var loads = [Int](repeating: 0, count: problem.roomCount)
        let value = relaxation(loads: &loads)
        if value > best + 1e-9 {
          best = value
          bestLambda = lambda
          stale = 0
        } else {
          stale += 1
          if stale >= 8 {
            theta /= 2
            stale = 0
          }
        }
        var norm = 0.0
        var gradient = [Double](repeating: 0, count: problem.roomCount)
        for r in 0..<problem.roomCount {
          gradient[r] = Double(loads[r] - roomFree[r])
          // A price already at zero cannot fall further.
          if lambda[r] <= 0 && gradient[r] < 0 { gradient[r] = 0 }
          norm += gradient[r] * gradient[r]
        }
        if norm == 0 || theta < 1e-4 || bestCost - value < 1e-6 { break }
        let step = theta * (bestCost - value) / norm
        for r in 0..<problem.roomCount { lambda[r] = max(0, lambda[r] + step * gradient[r]) }
      }
      lambda = bestLambda
    }

    /// The Lagrangian bound of the whole room part at the root, and the minutes each room
    /// gets in the relaxed solution.
    private func relaxation(loads: inout [Int]) -> Double {
      var value = constant
      var k = 0
      while k < n {
        let theme = problem.tables.talks[s.talks[order[k]]].theme
        var end = k
        while end < n && problem.tables.talks[s.talks[order[end]]].theme == theme { end += 1 }
        let members = Array(order[k..<end])
        if theme < 0 {
          for i in members {
            guard let r = problem.rooms[s.talks[i]].min(by: { priced(i, $0) < priced(i, $1) })
            else { continue }
            value += priced(i, r)
            loads[r] += problem.tables.talks[s.talks[i]].duration
          }
        } else {
          value += themeBound(theme, members, loads: &loads)
        }
        k = end
      }
      for r in 0..<problem.roomCount { value -= lambda[r] * Double(roomFree[r]) }
      return value
    }

    /// A lower bound of the room part of talks not yet given a room, plus what is fixed.
    ///
    /// Talks are taken theme by theme, so at any depth the themes before are complete, one
    /// theme is under way and the rest are untouched. For a theme, the best any assignment
    /// can do ignoring time is to choose a set of rooms S (on top of those it already uses)
    /// and put each talk in its cheapest room of S; small events try every S exactly.
    private mutating func roomBound(depth: Int, partial: Double) -> Double {
      // Priced bounds are strong near the root and weak near the leaves, where few talks are
      // left to pay for the rooms' many free minutes: take the better of the two.
      let priced = bound(depth: depth, partial: partial, plain: false)
      let prices = lambda
      lambda = Array(repeating: 0, count: problem.roomCount)
      let plain = bound(depth: depth, partial: partial, plain: true)
      lambda = prices
      return max(priced, plain)
    }

    private func bound(depth: Int, partial: Double, plain: Bool) -> Double {
      var bound = partial + constant
      var k = depth
      while k < n {
        let theme = problem.tables.talks[s.talks[order[k]]].theme
        var end = k
        while end < n && problem.tables.talks[s.talks[order[end]]].theme == theme { end += 1 }
        let members = order[k..<end].map { $0 }
        var loads = [Int](repeating: 0, count: problem.roomCount)
        if theme < 0 {
          for i in members { bound += problem.rooms[s.talks[i]].map { priced(i, $0) }.min() ?? 0 }
        } else if k == depth {
          bound += themeBound(theme, members, loads: &loads)
        } else {
          bound +=
            (plain ? staticPlainBound[theme] : staticThemeBound[theme])
            ?? themeBound(theme, members, loads: &loads)
        }
        k = end
      }
      // The talks still to place have at most each room's free minutes.
      for r in 0..<problem.roomCount { bound -= lambda[r] * Double(roomFree[r]) }
      return bound
    }

    /// The exact room-part minimum for `members` of `theme` given the rooms it uses now, with
    /// rooms' minutes priced; adds the minutes of the best choice to `loads`.
    private func themeBound(_ theme: Int, _ members: [Int], loads: inout [Int]) -> Double {
      let rooms = problem.roomCount
      let used = (0..<rooms).filter { themeRooms[theme * rooms + $0] > 0 }
      let usedMask = used.reduce(0) { $0 | (1 << $1) }
      guard rooms <= 8 else {
        // Too many subsets to try: each talk at its cheapest room, and one new room if some
        // talk cannot use any room the theme already has.
        var bound = 0.0
        var needsRoom = false
        for i in members {
          let allowed = problem.rooms[s.talks[i]]
          if let r = allowed.min(by: { priced(i, $0) < priced(i, $1) }) {
            bound += priced(i, r)
            loads[r] += problem.tables.talks[s.talks[i]].duration
          }
          if !allowed.contains(where: { usedMask & (1 << $0) != 0 }) { needsRoom = true }
        }
        return bound + (needsRoom ? problem.weights[.themeRooms] : 0)
      }
      var best = Double.infinity
      var bestMask = 0
      for extra in 0..<(1 << rooms) where extra & usedMask == 0 {
        let mask = extra | usedMask
        var cost = Double(extra.nonzeroBitCount) * problem.weights[.themeRooms]
        for i in members {
          var cheapest = Double.infinity
          for r in problem.rooms[s.talks[i]] where mask & (1 << r) != 0 {
            cheapest = min(cheapest, priced(i, r))
          }
          cost += cheapest
          if cost >= best { break }
        }
        if cost < best {
          best = cost
          bestMask = extra | usedMask
        }
      }
      for i in members {
        let allowed = problem.rooms[s.talks[i]].filter { bestMask & (1 << $0) != 0 }
        if let r = allowed.min(by: { priced(i, $0) < priced(i, $1) }) {
          loads[r] += problem.tables.talks[s.talks[i]].duration
        }
      }
      return best
    }

    private mutating func assignRooms(depth: Int, partial: Double) {
      nodes += 1
      if nodes & 255 == 0 && outOfBudget() { complete = false }
      if !complete { return }
      if roomBound(depth: depth, partial: partial) >= bestCost - 1e-9 { return }
      if depth == n {
        // Every room's talks must fit its free stretches, none across a break.
        for r in 0..<problem.roomCount {
          let durations = (0..<n).filter { room[$0] == r }
            .map { problem.tables.talks[s.talks[$0]].duration }
          if !Self.packs(durations.sorted(by: >), into: roomSegments[r]) { return }
        }
        scheduleTimes(roomCost: partial + constant)
        return
      }
      let i = order[depth]
      let t = s.talks[i]
      let theme = problem.tables.talks[t].theme
      let rooms = problem.rooms[t].sorted { share(i, $0) < share(i, $1) }
      let minutes = problem.tables.talks[t].duration
      for r in rooms where roomFree[r] >= minutes {
        var cost = partial + share(i, r)
        if theme >= 0 {
          if themeRooms[theme * problem.roomCount + r] == 0 { cost += problem.weights[.themeRooms] }
          themeRooms[theme * problem.roomCount + r] += 1
        }
        room[i] = r
        roomFree[r] -= minutes
        roomLoad[r].append(minutes)
        // The room's talks so far must still fit its free stretches.
        if Self.packs(roomLoad[r].sorted(by: >), into: roomSegments[r], limit: 500) {
          assignRooms(depth: depth + 1, partial: cost)
        }
        roomLoad[r].removeLast()
        roomFree[r] += minutes
        if theme >= 0 { themeRooms[theme * problem.roomCount + r] -= 1 }
        room[i] = -1
        if !complete { return }
      }
    }

    // MARK: Level two: times for a room assignment

    private func pair(_ i: Int, _ j: Int) -> (PairTable, flipped: Bool) {
      i < j ? (pairs[i][j]!, false) : (pairs[j][i]!, true)
    }

    private mutating func scheduleTimes(roomCost: Double) {
      let limit = bestCost - roomCost - 1e-9
      guard limit > 0 || bestCost - roomCost > -1e-9 else { return }
      var domains = baseDomain
      var cost = unaryTime
      // The fixed talks rule out values and add cost.
      for i in 0..<n {
        for (k, f) in s.fixed.enumerated() {
          guard let p = s.incumbent[f] else { continue }
          let table = fixedPairs[i][k]
          let fslot = p.start / problem.tables.slot
          for v in 0..<s.valueCount where bit(domains[i], v) {
            let e = table.entry(
              sameRoom: p.room == room[i], dayA: p.day, slotA: fslot, dayB: v / s.slotsPerDay,
              slotB: v % s.slotsPerDay)
            if e.hard { clear(&domains[i], v) } else { cost[i][v] += e.soft }
          }
        }
      }
      var values = [Int](repeating: -1, count: n)
      var best: (Double, [Int])?
      search(domains: domains, cost: cost, values: &values, partial: 0, limit: limit, best: &best)
      if let (t, chosen) = best, roomCost + t < bestCost - 1e-9 {
        bestCost = roomCost + t
        var positions = s.incumbent
        for i in 0..<n {
          let v = chosen[i]
          positions[s.talks[i]] = Position(
            day: v / s.slotsPerDay, room: room[i], start: (v % s.slotsPerDay) * problem.tables.slot)
        }
        bestPositions = positions
        found = positions
      }
    }

    private mutating func search(
      domains: [[UInt64]], cost: [[Double]], values: inout [Int], partial: Double, limit: Double,
      best: inout (Double, [Int])?
    ) {
      nodes += 1
      if nodes & 1023 == 0 && outOfBudget() { complete = false }
      if !complete { return }
      let bound = best.map { min(limit, $0.0) } ?? limit
      // Lower bound: what is spent plus each waiting talk at its cheapest value.
      var lower = partial
      var minimum = [Double](repeating: 0, count: n)
      for i in 0..<n where values[i] < 0 {
        var cheapest = Double.infinity
        for w in 0..<words where domains[i][w] != 0 {
          var word = domains[i][w]
          while word != 0 {
            let v = w * 64 + word.trailingZeroBitCount
            word &= word - 1
            cheapest = min(cheapest, cost[i][v])
          }
        }
        if cheapest == .infinity { return }
        minimum[i] = cheapest
        lower += cheapest
      }
      if lower >= bound - 1e-9 && !(lower <= 1e-9 && bound > 0) { return }
      if !roomsCanHoldTheRest(values) { return }
      // Values that alone would reach the bound are as good as forbidden: drop them, then
      // pick the talk with the fewest values left.
      var domains = domains
      let slack = bound - 1e-9 - lower
      var pick = -1
      var pickSize = Int.max
      for i in 0..<n where values[i] < 0 {
        var size = 0
        for w in 0..<words where domains[i][w] != 0 {
          var word = domains[i][w]
          while word != 0 {
            let v = w * 64 + word.trailingZeroBitCount
            word &= word - 1
            if cost[i][v] - minimum[i] > slack {
              domains[i][w] &= ~(1 << UInt64(v & 63))
            } else {
              size += 1
            }
          }
        }
        if size < pickSize {
          pickSize = size
          pick = i
        }
      }
      if pick < 0 {
        if best == nil || partial < best!.0 { best = (partial, values) }
        return
      }
      var candidates: [Int] = []
      for w in 0..<words {
        var word = domains[pick][w]
        while word != 0 {
          candidates.append(w * 64 + word.trailingZeroBitCount)
          word &= word - 1
        }
      }
      candidates.sort { cost[pick][$0] < cost[pick][$1] }
      for v in candidates {
        let here = partial + cost[pick][v]
        if here >= (best.map { min(limit, $0.0) } ?? limit) - 1e-9 && !(here <= 1e-9) { break }
        var nextDomains = domains
        var nextCost = cost
        let day = v / s.slotsPerDay
        let slot = v % s.slotsPerDay
        var dead = false
        for j in 0..<n where values[j] < 0 && j != pick {
          let (table, flipped) = pair(pick, j)
          var w = 0
          while w < words {
            var word = nextDomains[j][w]
            while word != 0 {
              let u = w * 64 + word.trailingZeroBitCount
              word &= word - 1
              let e =
                flipped
                ? table.entry(
                  sameRoom: room[pick] == room[j], dayA: u / s.slotsPerDay,
                  slotA: u % s.slotsPerDay,
                  dayB: day, slotB: slot)
                : table.entry(
                  sameRoom: room[pick] == room[j], dayA: day, slotA: slot, dayB: u / s.slotsPerDay,
                  slotB: u % s.slotsPerDay)
              if e.hard { clear(&nextDomains[j], u) } else { nextCost[j][u] += e.soft }
            }
            w += 1
          }
          if nextDomains[j].allSatisfy({ $0 == 0 }) {
            dead = true
            break
          }
        }
        if dead { continue }
        values[pick] = v
        search(
          domains: nextDomains, cost: nextCost, values: &values, partial: here, limit: limit,
          best: &best)
        values[pick] = -1
        if !complete { return }
      }
    }

    /// Whether, in every room, the talks still waiting fit the time its placed talks leave.
    private func roomsCanHoldTheRest(_ values: [Int]) -> Bool {
      let slot = problem.tables.slot
      for r in 0..<problem.roomCount {
        var waiting: [Int] = []
        var taken: [(Int, Int, Int)] = []
        for i in 0..<n where room[i] == r {
          let duration = problem.tables.talks[s.talks[i]].duration
          if values[i] < 0 {
            waiting.append(duration)
          } else {
            let v = values[i]
            let start = (v % s.slotsPerDay) * slot
            taken.append((v / s.slotsPerDay, start, start + duration))
          }
        }
        guard !waiting.isEmpty else { continue }
        var bins: [Int] = []
        for stretch in roomStretches[r] {
          var at = stretch.start
          for (day, start, end) in taken.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) })
          where day == stretch.day && end > stretch.start && start < stretch.end {
            if start > at { bins.append(start - at) }
            at = max(at, end)
          }
          if stretch.end > at { bins.append(stretch.end - at) }
        }
        if !Self.packs(waiting.sorted(by: >), into: bins, limit: 2_000) { return false }
      }
      return true
    }

    /// Whether items (longest first) fit into bins without splitting any. Answers true when
    /// it cannot tell within `limit` steps: it is a pruning test, never a proof of fit.
    static func packs(_ items: [Int], into bins: [Int], limit: Int = 20_000) -> Bool {
      let total = items.reduce(0, +)
      guard total <= bins.reduce(0, +) else { return false }
      guard let largest = items.first else { return true }
      guard largest <= (bins.max() ?? 0) else { return false }
      // First fit decreasing settles most cases at once.
      var left = bins.sorted(by: >)
      var firstFit = left
      if items.allSatisfy({ item in
        guard let b = firstFit.firstIndex(where: { $0 >= item }) else { return false }
        firstFit[b] -= item
        return true
      }) {
        return true
      }
      // Each bin holds at most the largest sum of items that fits it: the rest is waste.
      var usable = 0
      var cache: [Int: Int] = [:]
      for bin in bins {
        if let known = cache[bin] {
          usable += known
          continue
        }
        var reachable = [Bool](repeating: false, count: bin + 1)
        reachable[0] = true
        for item in items where item <= bin {
          for sum in stride(from: bin, through: item, by: -1) where reachable[sum - item] {
            reachable[sum] = true
          }
        }
        let best = reachable.lastIndex(of: true) ?? 0
        cache[bin] = best
        usable += best
      }
      guard total <= usable else { return false }
      var steps = 0
      return place(items, 0, &left, &steps, limit)
    }

    private static func place(
      _ items: [Int], _ k: Int, _ left: inout [Int], _ steps: inout Int, _ limit: Int
    ) -> Bool {
      if k == items.count { return true }
      steps += 1
      if steps > limit { return true }
      var tried: [Int] = []
      for b in left.indices where left[b] >= items[k] && !tried.contains(left[b]) {
        tried.append(left[b])
        left[b] -= items[k]
        if place(items, k + 1, &left, &steps, limit) { return true }
        left[b] += items[k]
      }
      return false
    }

    private func bit(_ words: [UInt64], _ v: Int) -> Bool {
      words[v >> 6] & (1 << UInt64(v & 63)) != 0
    }
    private func clear(_ words: inout [UInt64], _ v: Int) {
      words[v >> 6] &= ~(1 << UInt64(v & 63))
    }

    /// Checks a schedule found here with the rules themselves.
    private func verify(_ positions: [Position?]) -> Bool {
      var state = SearchState(problem: problem, positions: positions)
      for t in s.talks {
        guard let p = positions[t], problem.allows(t, p) else { return false }
        if state.evaluate(t, at: p).hard > 0 { return false }
      }
      return abs(state.cost.soft - bestCost) < 1e-6 * max(1, abs(bestCost))
    }
  }
}
