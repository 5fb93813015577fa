// The C library for exp and pow only: the core does no I/O.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Local search on the soft terms by simulated annealing: random moves of one talk (anywhere,
/// or a few slots earlier or later), and swaps of two talks' places. Moves that break an
/// error rule are never taken; worse moves are taken with a probability that falls as the
/// search runs out of budget, so that it first explores and then settles.
extension Search {
  /// One round of `count` moves, cooling from a temperature read from the state to almost
  /// nothing; a later round starts from the best state, hotter the more rounds went before
  /// without gain. The schedule depends on moves only, never on the clock: the clock can only
  /// cut a round short, so a longer time limit runs the same moves and then more.
  func anneal(_ count: Int, round: Int = 0) {
    let talks = (0..<problem.talkCount).filter { problem.movable[$0] && problem.domainSize($0) > 0 }
    guard !talks.isEmpty, count > 0 else { return }
    if round > 0 { restoreBest() }
    let start = initialTemperature(talks) / Double(1 + round % 4)
    let end = max(start * 1e-4, 1e-6)
    var temperature = start
    var sinceBest = 0
    let first = iterations
    while true {
      if iterations & 255 == 0 {
        if iterations - first >= count || budget.outOfTime || reachedTarget { break }
        let f = Double(iterations - first) / Double(count)
        temperature = start * pow(end / start, f)
        report(Phrase("improving"))
        // Talks still waiting get a new chance now and then.
        if state.cost.unplaced > 0 && iterations & 4095 == 0 { retryWaiting(talks) }
      }
      iterations += 1
      let t = talks[random.below(talks.count)]
      guard let current = state.position(t) else { continue }
      let roll = random.below(20)
      if roll < 4 {
        trySwap(t, current, temperature, talks)
      } else if roll < 5 {
        consolidate(t, temperature)
      } else {
        let p = roll < 9 ? nearby(t, current) : roll < 13 ? inThemeRoom(t) : anywhere(t)
        guard let p, p != current, allowance(t, to: p), let d = state.delta(t, to: p) else {
          continue
        }
        if accept(d, temperature) { state.commit(t, to: p, delta: d) }
      }
      if state.cost < bestCost {
        remember()
        sinceBest = 0
      } else {
        sinceBest += 1
        // A long fruitless stretch: go back to the best state and carry on from there.
        if sinceBest > 50_000 + 200 * talks.count {
          restoreBest()
          sinceBest = 0
        }
      }
    }
    restoreBest()
  }

  private func accept(_ d: Cost, _ temperature: Double) -> Bool {
    let x = d.scalar
    if x <= 0 { return true }
    let p = exp(-x / temperature)
    return Double(random.next() >> 11) / Double(1 << 53) < p
  }

  /// The average worsening of random moves: a start temperature that accepts about a third.
  private func initialTemperature(_ talks: [Int]) -> Double {
    var total = 0.0
    var count = 0
    for _ in 0..<min(300, 20 * talks.count) {
      let t = talks[random.below(talks.count)]
      guard state.position(t) != nil, let p = anywhere(t), let d = state.delta(t, to: p) else {
        continue
      }
      let x = d.scalar
      if x > 0 && x < 1e6 {
        total += x
        count += 1
      }
    }
    return count > 0 ? total / Double(count) : max(problem.weights[.wishes], 1)
  }

  /// A random place talk `t` may use.
  func anywhere(_ t: Int) -> Position? {
    let rooms = problem.rooms[t]
    guard !rooms.isEmpty else { return nil }
    for _ in 0..<4 {
      let d = random.below(problem.dayCount)
      let starts = problem.starts[t][d]
      guard !starts.isEmpty else { continue }
      return Position(
        day: d, room: rooms[random.below(rooms.count)], start: starts[random.below(starts.count)])
    }
    return nil
  }

  /// A random place in a room the talk's theme already uses (keeps themes together).
  private func inThemeRoom(_ t: Int) -> Position? {
    let theme = problem.tables.talks[t].theme
    guard theme >= 0 else { return anywhere(t) }
    let rooms = problem.rooms[t].filter { state.themeRoomCount(theme, $0) > 0 }
    guard !rooms.isEmpty else { return anywhere(t) }
    let d = random.below(problem.dayCount)
    let starts = problem.starts[t][d]
    guard !starts.isEmpty else { return nil }
    return Position(
      day: d, room: rooms[random.below(rooms.count)], start: starts[random.below(starts.count)])
  }

  /// Moves every talk of `t`'s theme out of `t`'s room into another room the theme uses,
  /// each to its best free start there: one room fewer for the theme when it works.
  private func consolidate(_ t: Int, _ temperature: Double) {
    let theme = problem.tables.talks[t].theme
    guard theme >= 0, let from = state.position(t)?.room else { return }
    let targets = problem.rooms[t].filter { $0 != from && state.themeRoomCount(theme, $0) > 0 }
    guard !targets.isEmpty else { return }
    let target = targets[random.below(targets.count)]
    let group = (0..<problem.talkCount).filter {
      problem.movable[$0] && problem.tables.talks[$0].theme == theme
        && state.position($0)?.room == from
    }
    guard group.count <= 12 else { return }
    var done: [(Int, Position)] = []
    var total = Cost.zero
    for o in group {
      guard let old = state.position(o), problem.rooms[o].contains(target) else { break }
      var best: (Position, Cost)?
      for d in 0..<problem.dayCount {
        for start in problem.starts[o][d] {
          let p = Position(day: d, room: target, start: start)
          guard allowance(o, to: p), let c = state.delta(o, to: p) else { continue }
          if best == nil || c < best!.1 { best = (p, c) }
        }
      }
      guard let (p, c) = best else { break }
      state.commit(o, to: p, delta: c)
      total = total + c
      done.append((o, old))
    }
    if done.count == group.count && accept(total, temperature) { return }
    // Put everything back, last moved first.
    for (o, old) in done.reversed() {
      let moved = state.move(o, to: old)
      precondition(moved != nil, "a talk must fit back where it was")
    }
  }

  /// The same room and day, a few slots earlier or later.
  private func nearby(_ t: Int, _ p: Position) -> Position? {
    let starts = problem.starts[t][p.day]
    let i = lowerBound(starts, p.start)
    let j = i + random.below(7) - 3
    guard j >= 0, j < starts.count, j != i else { return nil }
    return Position(day: p.day, room: p.room, start: starts[j])
  }

  /// Exchanges the places of `t` and another talk when both may stand at the other's place.
  private func trySwap(_ t: Int, _ p: Position, _ temperature: Double, _ talks: [Int]) {
    let o = talks[random.below(talks.count)]
    guard o != t, let q = state.position(o), q != p, problem.allows(t, q), problem.allows(o, p),
      allowance(t, to: q), allowance(o, to: p)
    else { return }
    guard let d1 = state.delta(t, to: nil) else { return }
    state.commit(t, to: nil, delta: d1)
    guard let d2 = state.delta(o, to: nil) else { return undo([(t, p)]) }
    state.commit(o, to: nil, delta: d2)
    guard let d3 = state.delta(t, to: q) else { return undo([(o, q), (t, p)]) }
    state.commit(t, to: q, delta: d3)
    guard let d4 = state.delta(o, to: p) else {
      state.unplace(t)
      return undo([(o, q), (t, p)])
    }
    if accept(d1 + d2 + d3 + d4, temperature) {
      state.commit(o, to: p, delta: d4)
    } else {
      state.unplace(t)
      undo([(o, q), (t, p)])
    }
  }

  /// Puts talks back where they were (they were taken off the grid for a trial).
  private func undo(_ places: [(Int, Position)]) {
    for (talk, place) in places {
      let moved = state.move(talk, to: place)
      precondition(moved != nil, "a talk must fit back where it was")
    }
  }

  private func retryWaiting(_ talks: [Int]) {
    for t in talks where state.position(t) == nil {
      if let (p, d) = bestPlace(for: t) { state.commit(t, to: p, delta: d) }
    }
  }
}
