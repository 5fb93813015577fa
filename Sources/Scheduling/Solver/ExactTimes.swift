/// Level two of the exact search: times for one room assignment, by propagation over
/// bit domains.
extension ExactEngine {
  func pair(_ i: Int, _ j: Int) -> (ExactSearch.PairTable, flipped: Bool) {
    i < j ? (pairs[i][j]!, false) : (pairs[j][i]!, true)
  }

  mutating func scheduleTimes(roomCost: Double) {
    let limit = bestCost - roomCost - 1e-9
    guard limit > 0 || bestCost - roomCost > -1e-9 else { return }
    var domains = baseDomain
    var cost = unaryTime
    // The fixed talks rule out values and add cost.
    for i in 0..<n {
      for (k, f) in s.fixed.enumerated() {
        guard let p = s.incumbent[f] else { continue }
        let table = fixedPairs[i][k]
        let fslot = p.start / problem.tables.tick
        for v in domains[i] {
          let e = table.entry(
            sameRoom: p.room == room[i], dayA: p.day, slotA: fslot, dayB: v / s.slotsPerDay,
            slotB: v % s.slotsPerDay)
          if e.hard { domains[i].remove(v) } else { cost[i][v] += e.soft }
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
          day: v / s.slotsPerDay, room: room[i], start: (v % s.slotsPerDay) * problem.tables.tick)
      }
      bestPositions = positions
      found = positions
    }
  }

  mutating func search(
    domains: [BitDomain], cost: [[Double]], values: inout [Int], partial: Double, limit: Double,
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
      for v in domains[i] { cheapest = min(cheapest, cost[i][v]) }
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
      for v in domains[i] {
        if cost[i][v] - minimum[i] > slack { domains[i].remove(v) } else { size += 1 }
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
    var candidates = Array(domains[pick])
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
        for u in nextDomains[j] {
          let e =
            flipped
            ? table.entry(
              sameRoom: room[pick] == room[j], dayA: u / s.slotsPerDay, slotA: u % s.slotsPerDay,
              dayB: day, slotB: slot)
            : table.entry(
              sameRoom: room[pick] == room[j], dayA: day, slotA: slot, dayB: u / s.slotsPerDay,
              slotB: u % s.slotsPerDay)
          if e.hard { nextDomains[j].remove(u) } else { nextCost[j][u] += e.soft }
        }
        if nextDomains[j].isEmpty {
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
  func roomsCanHoldTheRest(_ values: [Int]) -> Bool {
    let slot = problem.tables.tick
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
      if !BinPacking.packs(waiting.sorted(by: >), into: bins, limit: 2_000) { return false }
    }
    return true
  }

  /// Whether items (longest first) fit into bins without splitting any. Answers true when
}
