/// Which rooms each theme fills first, decided before any talk has a time. Every talk to
/// place gets a room so that themes use as few rooms as they can: a greedy pass puts themes,
/// in many orders, whole into the room they fit most snugly (their talks packed into its
/// free stretches between breaks) and splits only a theme no room can hold. Construction
/// tries a theme's rooms before the others, so that a theme fills its rooms' time before
/// spilling into another, which the talk-by-talk greedy choice cannot see.
enum ThemePlan {
  /// For each theme, its rooms in the order to try them; empty when it has no talk to place.
  /// Themes are taken largest first, then in other orders drawn from `random`: `tries` of
  /// them, or by default as many as keep the work near that of 250 orders of 200 talks; the
  /// plan with the fewest rooms per theme wins.
  static func rooms(
    _ problem: SolverProblem, placing talks: [Int], random: inout SeededRandom, tries: Int? = nil,
    fill: Int = 100
  ) -> [[Int]] {
    guard problem.tables.themeCount > 0, problem.roomCount > 1 else {
      return Array(repeating: [], count: problem.tables.themeCount)
    }
    let packing = Packing(problem, placing: talks, fill: fill)
    var best = packing.greedy(packing.largestFirst)
    var fewest = packing.roomCount(best)
    // Orders are cheap on a forum and dear on a congress: each costs a packing per theme and
    // room, so fewer are tried as talks grow (24 at least: themes are few even then).
    let orders = tries ?? min(500, max(24, 50_000 / max(1, packing.members.count)))
    for _ in 0..<orders {
      var order = packing.largestFirst
      for i in order.indices.dropLast() {
        order.swapAt(i, i + random.below(order.count - i))
      }
      let plan = packing.greedy(order)
      let count = packing.roomCount(plan)
      if count < fewest { (best, fewest) = (plan, count) }
    }
    return packing.themeRooms(best)
  }
}

/// The rooms' time and the talks to share it, for ``ThemePlan``.
private struct Packing {
  let problem: SolverProblem
  /// The talks the plan gives a room: those to place, not plenaries, with a theme.
  let members: [Int]
  /// Each talk's length, rounded up to the grid: a talk holds its room to the next slot.
  let length: [Int]
  /// What already takes each room's time: talks that stay, and plenaries (they empty every
  /// room).
  let taken: [[Int]]
  /// Rooms each theme uses whatever the plan says: those of its talks that stay, and of its
  /// plenaries when only one room holds them. A plan fills these first, at no cost.
  let using: [Set<Int>]
  /// How many themes use each room anyway.
  let claims: [Int]
  /// A room's free stretches, the bins its talks are packed into.
  let stretches: [Int]
  /// The minutes a room may be filled to.
  let capacity: Int
  let largestFirst: [Int]
  /// The members of each theme.
  let byTheme: [[Int]]

  init(_ problem: SolverProblem, placing talks: [Int], fill: Int) {
    self.problem = problem
    let tables = problem.tables
    stretches = tables.days.flatMap { day in
      day.free(without: day.breaks.map { ($0.start, $0.end) }).map { $0.end - $0.start }
    }
    capacity = stretches.reduce(0, +) * fill / 100
    let slot = max(1, tables.slot)
    func rounded(_ t: Int) -> Int { (tables.talks[t].duration + slot - 1) / slot * slot }
    let placing = Set(talks)
    var taken = [[Int]](repeating: [], count: problem.roomCount)
    var using = [Set<Int>](repeating: [], count: tables.themeCount)
    for t in 0..<problem.talkCount where tables.talks[t].active {
      let row = tables.talks[t]
      let stays = placing.contains(t) ? nil : problem.original[t]
      if row.exclusive {
        for r in 0..<problem.roomCount { taken[r].append(rounded(t)) }
      } else if let p = stays {
        taken[p.room].append(rounded(t))
      }
      guard row.theme >= 0 else { continue }
      if let p = stays {
        using[row.theme].insert(p.room)
      } else if row.exclusive, problem.rooms[t].count == 1 {
        using[row.theme].insert(problem.rooms[t][0])
      }
    }
    self.taken = taken
    self.using = using
    claims = (0..<problem.roomCount).map { r in using.filter { $0.contains(r) }.count }
    members = talks.filter {
      !tables.talks[$0].exclusive && tables.talks[$0].theme >= 0 && !problem.rooms[$0].isEmpty
    }
    let length = (0..<problem.talkCount).map(rounded)
    self.length = length
    var byTheme = [[Int]](repeating: [], count: tables.themeCount)
    for t in members { byTheme[tables.talks[t].theme].append(t) }
    self.byTheme = byTheme
    largestFirst = byTheme.indices.sorted {
      let a = byTheme[$0].reduce(0) { $0 + length[$1] }
      let b = byTheme[$1].reduce(0) { $0 + length[$1] }
      return (a, $1) > (b, $0)
    }
  }

  /// A plan: the room of each member, by talk index (-1 for a talk that is not a member).
  typealias Plan = [Int]

  /// Each theme's rooms, the most used first, then those it uses anyway.
  func themeRooms(_ plan: Plan) -> [[Int]] {
    (0..<problem.tables.themeCount).map { theme in
      guard !byTheme[theme].isEmpty else { return [] }
      var count: [Int: Int] = [:]
      for t in byTheme[theme] { count[plan[t], default: 0] += 1 }
      let planned = count.keys.sorted { (count[$0]!, $1) > (count[$1]!, $0) }
      return planned + using[theme].subtracting(planned).sorted()
    }
  }

  /// The rooms themes use under `plan`, summed over themes.
  func roomCount(_ plan: Plan) -> Int { themeRooms(plan).reduce(0) { $0 + $1.count } }

  private func fits(_ items: [Int], _ r: Int, _ load: [[Int]]) -> Bool {
    load[r].reduce(0, +) + items.reduce(0, +) <= capacity
      && BinPacking.packs((load[r] + items).sorted(by: >), into: stretches, limit: 2_000)
  }

  private func left(_ r: Int, _ load: [[Int]]) -> Int { capacity - load[r].reduce(0, +) }

  /// The plan when themes are taken in `order`: each whole into the room it leaves least time
  /// in (a room it uses anyway first, one other themes use anyway last), or else split, each
  /// talk, longest first, into a room the theme already uses or the one with most time left.
  func greedy(_ order: [Int]) -> Plan {
    var load = taken
    var plan = Plan(repeating: -1, count: problem.talkCount)
    for theme in order where !byTheme[theme].isEmpty {
      let group = byTheme[theme].sorted { (length[$0], $1) > (length[$1], $0) }
      let durations = group.map { length[$0] }
      let mine = using[theme]
      let whole = (0..<problem.roomCount).filter { r in
        group.allSatisfy { problem.rooms[$0].contains(r) } && fits(durations, r, load)
      }
      func key(_ r: Int) -> (Int, Int, Int, Int) {
        (mine.contains(r) ? 0 : 1, claims[r] - (mine.contains(r) ? 1 : 0), left(r, load), r)
      }
      if let r = whole.min(by: { key($0) < key($1) }) {
        load[r] += durations
        for t in group { plan[t] = r }
        continue
      }
      var used = mine
      for (t, minutes) in zip(group, durations) {
        let rooms = problem.rooms[t].sorted {
          (used.contains($0) ? 0 : 1, -left($0, load), $0)
            < (used.contains($1) ? 0 : 1, -left($1, load), $1)
        }
        // A talk no room has time for goes where the most is left; construction decides.
        guard
          let r = rooms.first(where: { fits([minutes], $0, load) })
            ?? rooms.max(by: { left($0, load) < left($1, load) })
        else { continue }
        load[r].append(minutes)
        used.insert(r)
        plan[t] = r
      }
    }
    return plan
  }
}
