/// Places the talks construction could not, by ejection chains: put a waiting talk where
/// it clashes with the fewest (and least troublesome) movable talks, take those off the grid,
/// and place them in turn. Talks ejected often grow costly to eject again, which steers the
/// chain away from cycles; a short tabu list keeps a talk from going straight back.
extension Search {
  func repair(_ waiting: [Int], maxSteps: Int, plan: [[Int]]? = nil) {
    func rooms(_ t: Int) -> [Int]? {
      let planned = plannedRooms(t, plan)
      return planned.isEmpty ? nil : planned
    }
    var queue = waiting.filter { problem.domainSize($0) > 0 }
    guard !queue.isEmpty else { return }
    // The state it starts from is the one to go back to if no step helps.
    remember()
    var weight = [Int](repeating: 1, count: problem.talkCount)
    var tabu: [Position: Int] = [:]
    var tabuTalk = [Int](repeating: -1, count: problem.talkCount)
    var step = 0
    while !queue.isEmpty && step < maxSteps && !budget.outOfTime {
      step += 1
      let i = random.below(queue.count)
      let t = queue.swapRemove(at: i)
      if state.position(t) != nil { continue }
      // A free place first.
      if let (p, d) = bestPlace(for: t, rooms: rooms(t)) {
        state.commit(t, to: p, delta: d)
      } else {
        var choice: (Position, [Int], Int)?
        for p in ejectionCandidates(for: t, rooms: rooms(t)) {
          if tabu[p] == t && tabuTalk[t] > step { continue }
          guard allowance(t, to: p), let blockers = state.blockers(t, at: p) else { continue }
          let score = blockers.reduce(0) { $0 + weight[$1] * 4 } + random.below(3)
          if choice == nil || score < choice!.2 { choice = (p, blockers, score) }
        }
        guard let (p, blockers, _) = choice else {
          // Nowhere to go even by ejecting: it stays out.
          continue
        }
        for o in blockers {
          if let q = state.position(o) {
            tabu[q] = o
            tabuTalk[o] = step + 10 + random.below(10)
          }
          state.unplace(o)
          weight[o] += 1
          queue.append(o)
        }
        _ = state.move(t, to: p)
        if state.position(t) == nil { queue.append(t) }
      }
      remember()
      report(Phrase("repairing"))
    }
    restoreBest()
  }

  /// Places worth ejecting for: every room and day, at starts spread over the day.
  private func ejectionCandidates(for t: Int, rooms only: [Int]? = nil) -> [Position] {
    var result: [Position] = []
    for d in 0..<problem.dayCount {
      let starts = problem.starts[t][d]
      guard !starts.isEmpty else { continue }
      for r in problem.rooms[t] where only?.contains(r) ?? true {
        // A handful of starts per room-day keeps the step cheap; randomness covers the rest.
        for _ in 0..<min(4, starts.count) {
          result.append(Position(day: d, room: r, start: starts[random.below(starts.count)]))
        }
      }
    }
    return result
  }
}

extension Array {
  /// Removes the element at `i` by moving the last one there (order is not kept).
  mutating func swapRemove(at i: Int) -> Element {
    swapAt(i, count - 1)
    return removeLast()
  }
}
