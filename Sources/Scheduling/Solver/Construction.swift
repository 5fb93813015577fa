/// Places the talks that have no place yet, hardest first, each where it costs least.
extension Search {
  /// The order to place talks in: plenaries first (they empty every room), then the talks
  /// with the fewest possible places, the longest, and those with the most speakers.
  func constructionOrder(_ talks: [Int]) -> [Int] {
    let keys = talks.map { t -> (Int, Int, Int, Int, Int) in
      let row = problem.tables.talks[t]
      return (row.exclusive ? 0 : 1, problem.domainSize(t), -row.duration, -row.speakers.count, t)
    }
    return keys.sorted { $0 < $1 }.map(\.4)
  }

  /// Places every unplaced movable talk it can; returns the talks left unplaced.
  ///
  /// Themes go to their planned rooms (``ThemePlan``), in two ways, and the cheaper result
  /// is kept. A tight plan, rooms filled to the minute, is followed strictly: a talk that
  /// finds no time in its theme's rooms makes room there by ejection before it may go
  /// elsewhere; this is what keeps a theme in one room when rooms are scarce. A plan with 5 %
  /// of each room left free is only tried first: with many rooms per theme, keeping a talk
  /// out of a room costs more in parallel minutes than the room it saves. When neither
  /// places every talk, construction starts over without a plan and keeps whichever
  /// placed more.
  @discardableResult
  func construct() -> [Int] {
    let waiting = (0..<problem.talkCount).filter {
      problem.movable[$0] && state.position($0) == nil && problem.domainSize($0) > 0
    }
    let start = state.positions
    var kept: (positions: [Position?], cost: Cost, left: [Int])?
    for (fill, strict) in [(100, true), (95, false)] {
      if budget.outOfTime { break }
      state = SearchState(problem: problem, positions: start)
      let plan = ThemePlan.rooms(problem, placing: waiting, random: &random, fill: fill)
      var left = place(waiting, plan: plan, strict: strict)
      if strict && !left.isEmpty {
        repair(left, maxSteps: 20 * left.count, plan: plan)
        // Ejections may have taken out talks placed before: all those waiting count.
        left = place(waiting.filter { state.position($0) == nil }, plan: nil)
      }
      // Judged after the plain gains: a strict result often starts dearer and ends cheaper.
      // Not while talks wait: packing the others tighter would leave them less room.
      if left.isEmpty { descend(passes: 1) }
      if kept == nil || state.cost < kept!.cost { kept = (state.positions, state.cost, left) }
    }
    var left = kept?.left ?? waiting
    if let kept { state = SearchState(problem: problem, positions: kept.positions) }
    if !left.isEmpty && !budget.outOfTime {
      let planned = (positions: state.positions, cost: state.cost, left: left)
      state = SearchState(problem: problem, positions: start)
      left = place(waiting, plan: nil)
      if planned.cost < state.cost {
        state = SearchState(problem: problem, positions: planned.positions)
        left = planned.left
      }
    }
    remember()
    return left
      + (0..<problem.talkCount).filter {
        problem.movable[$0] && state.position($0) == nil && problem.domainSize($0) == 0
      }
  }

  /// Places `talks` hardest first, each where it costs least: in its theme's planned rooms
  /// when it can, and only there when `strict`; returns those without a place.
  private func place(_ talks: [Int], plan: [[Int]]?, strict: Bool = false) -> [Int] {
    var left: [Int] = []
    for t in constructionOrder(talks) {
      if budget.outOfTime { left.append(t); continue }
      let planned = plannedRooms(t, plan)
      if !planned.isEmpty, let (p, d) = bestPlace(for: t, rooms: planned) {
        state.commit(t, to: p, delta: d)
      } else if !(strict && !planned.isEmpty), let (p, d) = bestPlace(for: t) {
        state.commit(t, to: p, delta: d)
      } else {
        left.append(t)
      }
      report(Phrase("placing"))
    }
    return left
  }

  /// The rooms `plan` gives talk `t`'s theme, among those it may use; empty when there are
  /// none (plenaries take no part in the plan: they empty every room).
  func plannedRooms(_ t: Int, _ plan: [[Int]]?) -> [Int] {
    let row = problem.tables.talks[t]
    guard let plan, row.theme >= 0, !row.exclusive else { return [] }
    return plan[row.theme].filter(problem.rooms[t].contains)
  }

  /// Candidate places for talk `t`: in each room it may use, on each day, the starts that
  /// fit the room's free gaps snugly (against the start or the end of a gap), plus a few
  /// inside, so that free time stays in large pieces.
  func candidates(for t: Int, rooms only: [Int]? = nil, limit: Int = 400) -> [Position] {
    let duration = problem.tables.talks[t].duration
    var result: [Position] = []
    for d in 0..<problem.dayCount {
      let starts = problem.starts[t][d]
      guard let first = starts.first, let last = starts.last else { continue }
      for r in problem.rooms[t] where only?.contains(r) ?? true {
        var gapStart = first
        var busy = state.agenda(day: d, room: r)
        busy.append((Int.max / 2, Int.max / 2))
        for (start, end) in busy {
          let gapEnd = min(start, last + duration)
          if gapEnd - gapStart >= duration {
            let low = lowerBound(starts, gapStart)
            if low < starts.count, starts[low] + duration <= gapEnd {
              result.append(Position(day: d, room: r, start: starts[low]))
              // The last start that still ends inside the gap.
              var high = lowerBound(starts, gapEnd - duration + 1) - 1
              if high > low && starts[high] + duration <= gapEnd {
                result.append(Position(day: d, room: r, start: starts[high]))
              } else {
                high = low
              }
              if high - low > 1 {
                let inside = low + 1 + random.below(high - low - 1)
                result.append(Position(day: d, room: r, start: starts[inside]))
              }
            }
          }
          gapStart = max(gapStart, end)
        }
      }
    }
    if result.count > limit {
      // Keep a random sample so that the cost of a talk's choice stays bounded.
      for i in 0..<limit {
        let j = i + random.below(result.count - i)
        result.swapAt(i, j)
      }
      result.removeLast(result.count - limit)
    }
    return result
  }

  /// The cheapest place for talk `t` among its candidates, with the change of objective.
  func bestPlace(for t: Int, rooms: [Int]? = nil) -> (Position, Cost)? {
    var best: (Position, Cost)?
    var ties = 0
    for p in candidates(for: t, rooms: rooms) where allowance(t, to: p) {
      guard let d = state.delta(t, to: p) else { continue }
      if best == nil || d < best!.1 {
        best = (p, d)
        ties = 1
      } else if !(best!.1 < d) {
        // Equal cost: choose among ties uniformly, so seeds explore different schedules.
        ties += 1
        if random.below(ties) == 0 { best = (p, d) }
      }
    }
    return best
  }
}
