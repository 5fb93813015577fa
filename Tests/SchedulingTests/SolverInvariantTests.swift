import Testing

@testable import Scheduling

/// The search keeps its objective up to date move by move; with `checksInvariants` every
/// move is compared with a full recount (a drift stops the run), over seeded random events,
/// fresh and in repair mode, with random weights.
@Suite struct SolverInvariantTests {
  @Test(arguments: [41, 42, 43, 44] as [UInt64])
  func theKeptObjectiveEqualsAFullRecountAfterEveryMove(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var event = Generator.event(.forum, seed: seed)
    for term in SoftTerm.allCases where random.chance(0.5) {
      event.solver[term] = Double(random.below(5_000))
    }
    for i in event.talks.indices where random.chance(0.2) {
      event.talks.modify(at: i) { $0.pinned = true }
    }
    var options = SolverOptions(seed: seed, iterations: 600, exactNodes: 20_000)
    options.checksInvariants = true
    let fresh = Solver.solve(Generator.unscheduled(event), options: options)
    // The score the search reports is the one a full check of its result gives.
    #expect(abs(fresh.score.soft(event.solver) - Score(fresh.schedule).soft(event.solver)) < 1e-6)
    options.keep = true
    options.allowMoves = 3
    let repaired = Solver.solve(event, options: options)
    #expect(repaired.score.errors == 0)
  }

  @Test func termsHaveOneNameEachAndTheFilesWeightsFollowThem() {
    #expect(Set(SoftTerm.allCases.map(\.name)).count == SoftTerm.allCases.count)
    #expect(SoftTerm.allCases.count <= TermVector.capacity, "every term needs a lane")
    #expect(SoftTerm.allCases.map(\.rawValue) == Array(SoftTerm.allCases.indices))
    #expect(SolverWeights.names == SoftTerm.allCases.map(\.name))
    var weights = SolverWeights.standard
    for term in SoftTerm.allCases {
      #expect(weights[term] == term.defaultWeight)
      #expect(SoftTerm(name: term.name) == term)
      weights[term.name] = 7
      #expect(weights[term] == 7)
    }
    // A warning rule feeds at most one term; each term fed by rules is fed by a warning.
    for rule in RuleBook.standard.rules where rule.term != nil {
      #expect(rule.severity == .warning, "\(rule.kind)")
    }
  }
}

/// A clock that advances a fixed step per read: a time limit then stops the search at the
/// same point on every run, however busy the machine.
final class SteppingClock: @unchecked Sendable {
  private var now = 0.0
  let step: Double
  init(step: Double) { self.step = step }
  func read() -> Double {
    now += step
    return now
  }
}

@Suite struct SolverClockTests {
  @Test func aTimeLimitOnAnInjectedClockRepeatsExactly() {
    let event = Generator.unscheduled(Generator.event(.forum, seed: 5))
    func run() -> SolverResult {
      let clock = SteppingClock(step: 0.01)
      var options = SolverOptions(seed: 3, timeLimit: 0.5)
      options.clock = SolverClock(seconds: clock.read)
      return Solver.solve(event, options: options)
    }
    let a = run()
    let b = run()
    #expect(a.schedule == b.schedule)
    #expect(a.seconds == b.seconds)
    #expect(a.seconds >= 0.5)
  }
}

/// `--time-limit` bounds the search from above: a longer limit runs the same moves and then
/// more, and a proof or a reached bound ends it early. Time is an injected clock that
/// advances per read, so each limit cuts the search at the same move on every machine.
@Suite struct AnytimeSolverTests {
  static func solve(_ event: Schedule, seed: UInt64, limit: Double, exact: Bool = true)
    -> SolverResult
  {
    let clock = SteppingClock(step: 0.0001)
    var options = SolverOptions(seed: seed, timeLimit: limit, exact: exact)
    options.clock = SolverClock(seconds: clock.read)
    return Solver.solve(event, options: options)
  }

  /// Unplaced talks, errors, then the soft objective: lower is better.
  static func standing(_ result: SolverResult) -> [Double] {
    [
      Double(result.score.unplaced), Double(result.score.errors),
      result.score.soft(result.schedule.solver),
    ]
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func aLongerLimitIsNeverWorse(seed: UInt64) {
    let event = Generator.unscheduled(Generator.event(.forum, seed: seed))
    var last: [Double]?
    // About 5,000, 20,000 and 80,000 moves: inside the first round, and two rounds on.
    for limit in [0.002, 0.008, 0.03] {
      let standing = Self.standing(Self.solve(event, seed: seed, limit: limit, exact: false))
      if let last {
        #expect(
          standing == last || standing.lexicographicallyPrecedes(last),
          "limit \(limit): \(standing) after \(last)")
      }
      last = standing
    }
  }

  @Test func aProofEndsTheSearchBeforeTheLimit() {
    let event = Generator.unscheduled(Generator.event(.forum, seed: 2))
    let result = Self.solve(event, seed: 1, limit: 1_000)
    #expect(result.proven)
    // The proof ended the search, not the limit: ten times the limit does the same moves.
    let longer = Self.solve(event, seed: 1, limit: 10_000)
    #expect(longer.iterations == result.iterations && longer.exactNodes == result.exactNodes)
    #expect(longer.schedule == result.schedule)
  }
}
