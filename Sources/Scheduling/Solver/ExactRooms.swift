/// Level one of the exact search: rooms, by branch and bound with Lagrangian room prices.
extension ExactEngine {
  func share(_ i: Int, _ r: Int) -> Double {
    problem.weights[.capacity] * problem.emptyShare[s.talks[i] * problem.roomCount + r]
      + problem.roomSoft[s.talks[i] * problem.roomCount + r]
  }

  /// The room-part cost of talk `i` in room `r` with the room's minutes priced.
  func priced(_ i: Int, _ r: Int) -> Double {
    share(i, r) + lambda[r] * Double(problem.tables.talks[s.talks[i]].duration)
  }

  /// Finds room prices that raise the root bound most (subgradient ascent on the
  /// Lagrangian dual of the rooms' minute limits).
  mutating func priceRooms() {
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
  func relaxation(loads: inout [Int]) -> Double {
    var value = constant
    for (theme, range) in groups {
      let members = Array(order[range])
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
  mutating func roomBound(depth: Int, partial: Double) -> Double {
    // Priced bounds are strong near the root and weak near the leaves, where few talks are
    // left to pay for the rooms' many free minutes: take the better of the two.
    let priced = bound(depth: depth, partial: partial, plain: false)
    let prices = lambda
    lambda = Array(repeating: 0, count: problem.roomCount)
    let plain = bound(depth: depth, partial: partial, plain: true)
    lambda = prices
    return max(priced, plain)
  }

  func bound(depth: Int, partial: Double, plain: Bool) -> Double {
    var bound = partial + constant
    // The theme under way counts from `depth`; the themes after it are untouched.
    for (theme, range) in groups where range.upperBound > depth {
      let k = max(range.lowerBound, depth)
      let members = Array(order[k..<range.upperBound])
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
    }
    // The talks still to place have at most each room's free minutes.
    for r in 0..<problem.roomCount { bound -= lambda[r] * Double(roomFree[r]) }
    return bound
  }

  /// The exact room-part minimum for `members` of `theme` given the rooms it uses now, with
  /// rooms' minutes priced; adds the minutes of the best choice to `loads`.
  func themeBound(_ theme: Int, _ members: [Int], loads: inout [Int]) -> Double {
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

  mutating func assignRooms(depth: Int, partial: Double) {
    nodes += 1
    if nodes & 255 == 0 && outOfBudget() { complete = false }
    if !complete { return }
    if roomBound(depth: depth, partial: partial) >= bestCost - 1e-9 { return }
    if depth == n {
      // Every room's talks must fit its free stretches, none across a break.
      for r in 0..<problem.roomCount {
        let durations = (0..<n).filter { room[$0] == r }
          .map { problem.tables.talks[s.talks[$0]].duration }
        if !BinPacking.packs(durations.sorted(by: >), into: roomSegments[r]) { return }
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
      if BinPacking.packs(roomLoad[r].sorted(by: >), into: roomSegments[r], limit: 500) {
        assignRooms(depth: depth + 1, partial: cost)
      }
      roomLoad[r].removeLast()
      roomFree[r] += minutes
      if theme >= 0 { themeRooms[theme * problem.roomCount + r] -= 1 }
      room[i] = -1
      if !complete { return }
    }
  }
}
