/// Plain gains first: before annealing, each talk in turn goes to its cheapest candidate
/// place when that strictly lowers the objective. Annealing takes any move that costs
/// nothing, so from a tight construction it can trade a gain for a sideways step (a talk
/// into a new room to leave a parallel slot) that it then rarely undoes.
extension Search {
  /// Passes over the talks, in an order drawn from the seed, until one gains nothing or
  /// `passes` have run.
  func descend(passes: Int = 3) {
    var talks = (0..<problem.talkCount).filter {
      problem.movable[$0] && problem.domainSize($0) > 0
    }
    for _ in 0..<passes {
      for i in talks.indices.dropLast() { talks.swapAt(i, i + random.below(talks.count - i)) }
      var gained = false
      for t in talks where state.position(t) != nil {
        if budget.outOfTime { break }
        guard let (p, d) = bestPlace(for: t), d < .zero else { continue }
        state.commit(t, to: p, delta: d)
        gained = true
      }
      remember()
      report(Phrase("improving"))
      if !gained || budget.outOfTime { break }
    }
  }
}
