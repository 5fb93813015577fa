/// Which rooms each theme fills first, decided before any talk has a time: themes, largest
/// first, go whole into the room they fit most snugly (their talks packed into its free
/// stretches between breaks), and only a theme no room can hold is split over the rooms with
/// the most time left. Construction then tries a theme's rooms before the others, so that a
/// theme fills its rooms' time before spilling into another, which the talk-by-talk greedy
/// choice cannot see.
enum ThemePlan {
  /// For each theme, its rooms in the order to try them; empty when it has no talk to place.
  /// Themes are taken largest first, then in `tries` other orders drawn from `random`; the
  /// plan with the fewest rooms per theme wins (a plan is cheap: a few packings per theme).
  static func rooms(
    _ problem: SolverProblem, placing talks: [Int], random: inout SeededRandom, tries: Int = 48
  ) -> [[Int]] {
    let tables = problem.tables
    guard tables.themeCount > 0, problem.roomCount > 1 else {
      return Array(repeating: [], count: tables.themeCount)
    }
    // The free stretches of every room, and what already takes time in each: talks that stay
    // where they are, and talks that empty every room (they take time from all).
    let stretches = tables.days.flatMap { day in
      day.free(without: day.breaks.map { ($0.start, $0.end) }).map { $0.end - $0.start }
    }
    let placing = Set(talks)
    // Starts fall on the grid, so a talk holds its room to the next slot: 45 minutes on a
    // 30-minute grid leave 15 that nothing can use.
    let slot = max(1, tables.slot)
    func length(_ t: Int) -> Int { (tables.talks[t].duration + slot - 1) / slot * slot }
    var taken = [[Int]](repeating: [], count: problem.roomCount)
    for t in 0..<problem.talkCount where tables.talks[t].active {
      let row = tables.talks[t]
      if row.exclusive {
        for r in 0..<problem.roomCount { taken[r].append(length(t)) }
      } else if !placing.contains(t), let p = problem.original[t] {
        taken[p.room].append(length(t))
      }
    }
    var byTheme = [[Int]](repeating: [], count: tables.themeCount)
    for t in talks where !tables.talks[t].exclusive && tables.talks[t].theme >= 0 {
      byTheme[tables.talks[t].theme].append(t)
    }
    // Leave some time free: speakers' other talks and the order of placing keep a room
    // from being filled to the minute.
    let total = stretches.reduce(0, +)
    let room = total * 9 / 10
    func fits(_ items: [Int], _ r: Int, _ load: [[Int]]) -> Bool {
      load[r].reduce(0, +) + items.reduce(0, +) <= room
        && BinPacking.packs((load[r] + items).sorted(by: >), into: stretches, limit: 2_000)
    }
    func left(_ r: Int, _ load: [[Int]]) -> Int { total - load[r].reduce(0, +) }

    /// The plan when themes are taken in `order`.
    func greedy(_ order: [Int]) -> [[Int]] {
      var load = taken
      var plan = [[Int]](repeating: [], count: tables.themeCount)
      for theme in order where !byTheme[theme].isEmpty {
        let members = byTheme[theme].sorted {
          (length($0), $1) > (length($1), $0)
        }
        let durations = members.map(length)
        // Whole, into the room it leaves least time in, among those every talk may use.
        let whole = (0..<problem.roomCount).filter { r in
          members.allSatisfy { problem.rooms[$0].contains(r) } && fits(durations, r, load)
        }
        if let r = whole.min(by: { (left($0, load), $0) < (left($1, load), $1) }) {
          load[r] += durations
          plan[theme] = [r]
          continue
        }
        // Split: each talk, longest first, into the room with most time left that holds it.
        var used: [Int] = []
        for (t, minutes) in zip(members, durations) {
          let rooms = problem.rooms[t].sorted {
            (used.contains($0) ? 0 : 1, -left($0, load), $0)
              < (used.contains($1) ? 0 : 1, -left($1, load), $1)
          }
          guard let r = rooms.first(where: { fits([minutes], $0, load) }) else { continue }
          load[r].append(minutes)
          if !used.contains(r) { used.append(r) }
        }
        plan[theme] = used
      }
      return plan
    }

    let largestFirst = byTheme.indices.sorted {
      let a = byTheme[$0].reduce(0) { $0 + length($1) }
      let b = byTheme[$1].reduce(0) { $0 + length($1) }
      return (a, $1) > (b, $0)
    }
    var best = greedy(largestFirst)
    for _ in 0..<tries {
      var order = largestFirst
      for i in order.indices.dropLast() {
        order.swapAt(i, i + random.below(order.count - i))
      }
      let plan = greedy(order)
      if plan.reduce(0, { $0 + $1.count }) < best.reduce(0, { $0 + $1.count }) { best = plan }
    }
    return best
  }
}
