/// The search itself: construction, repair of what could not be placed, and local search on
/// the soft terms. One instance runs once.
final class Search {
  let problem: SolverProblem
  var state: SearchState
  var random: SeededRandom
  let budget: Budget
  /// Moves tried by the local search so far.
  var iterations = 0
  private(set) var best: [Position?]
  private(set) var bestCost: Cost
  private let progress: ((SolverProgress) -> Void)?
  private var lastReport = -1.0
  /// In repair mode with `--allow-moves`, how many placed talks may end elsewhere.
  let moveAllowance: Int?

  init(
    problem: SolverProblem, start: [Position?], seed: UInt64, budget: Budget,
    moveAllowance: Int?, progress: ((SolverProgress) -> Void)?
  ) {
    self.problem = problem
    state = SearchState(problem: problem, positions: start)
    random = SeededRandom(seed: seed)
    self.budget = budget
    self.moveAllowance = moveAllowance
    self.progress = progress
    best = state.positions
    bestCost = state.cost
  }

  /// A lower bound of the soft objective (from the exact search): a schedule that reaches it
  /// is optimal, so the local search stops there.
  var target: Double?

  /// Whether the best schedule places every talk (without error: a place is one) at ``target``.
  var reachedTarget: Bool {
    guard let target else { return false }
    return bestCost.unplaced == 0 && bestCost.soft <= target + 1e-9
  }

  /// When every talk first had a place without error (seconds since the start).
  private(set) var feasibleAt: Double?

  /// Keeps the current state if it is the best so far.
  func remember() {
    if feasibleAt == nil && state.cost.unplaced == 0 { feasibleAt = budget.elapsed }
    if state.cost < bestCost {
      bestCost = state.cost
      best = state.positions
    }
  }

  /// Goes back to the best state found.
  func restoreBest() {
    guard state.positions != best else { return }
    state = SearchState(problem: problem, positions: best)
    bestCost = state.cost
  }

  func report(_ phase: Phrase) {
    guard let progress else { return }
    let now = budget.elapsed
    guard now - lastReport >= 0.1 else { return }
    lastReport = now
    let movable = problem.movable.filter { $0 }.count
    progress(
      SolverProgress(
        phase: phase, placed: movable - state.unplacedCount, total: movable,
        bestScore: bestCost.soft,
        elapsed: now))
  }

  /// Whether a move of talk `t` to `p` respects the repair mode's allowance of moves.
  func allowance(_ t: Int, to p: Position?) -> Bool {
    guard let limit = moveAllowance, let original = problem.original[t] else { return true }
    let movedNow = state.position(t) != original
    let movedAfter = p != original
    if !movedAfter || movedNow { return true }
    return movedCount() < limit
  }

  func movedCount() -> Int {
    var count = 0
    for t in 0..<problem.talkCount {
      if let o = problem.original[t], problem.movable[t], state.position(t) != o { count += 1 }
    }
    return count
  }
}

/// Where the solver reads the time, for its time limit only.
///
/// The core never reads the wall clock itself: a time limit reads this clock, which is the
/// machine's monotonic clock unless a caller gives another (a test that wants a time limit
/// to behave the same on every run gives one that advances by a fixed step per read).
public struct SolverClock: Sendable {
  /// Seconds from any fixed origin; only differences count.
  public let seconds: @Sendable () -> Double

  public init(seconds: @escaping @Sendable () -> Double) { self.seconds = seconds }

  /// The machine's monotonic clock.
  public static let system = SolverClock {
    let d = ContinuousClock.now - origin
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }

  private static let origin = ContinuousClock.now
}

/// When the search must stop: a number of moves, of exact-search nodes, a time limit, or a
/// request to stop. Without `seconds`, nothing depends on the clock.
struct Budget: Sendable {
  private(set) var exactNodes: Int?
  let seconds: Double?
  let clock: SolverClock
  let start: Double
  let shouldStop: (@Sendable () -> Bool)?

  init(
    exactNodes: Int? = nil, seconds: Double?, clock: SolverClock = .system,
    shouldStop: (@Sendable () -> Bool)?
  ) {
    self.exactNodes = exactNodes
    self.seconds = seconds
    self.clock = clock
    self.start = clock.seconds()
    self.shouldStop = shouldStop
  }

  /// Seconds since the search began (reported; without a time limit no decision reads it).
  var elapsed: Double { clock.seconds() - start }

  /// The same budget (same start, same limit) with another node budget for the exact search.
  func withExactNodes(_ nodes: Int) -> Budget {
    var copy = self
    copy.exactNodes = nodes
    return copy
  }

  /// Out of time or asked to stop: the only way the clock enters the search, by cutting it
  /// short.
  var outOfTime: Bool {
    if let seconds, elapsed >= seconds { return true }
    return shouldStop?() ?? false
  }
}

/// What the solver is doing, for a progress display.
public struct SolverProgress: Equatable, Sendable {
  /// What the solver is doing: placing, improving, repairing.
  public var phase: Phrase
  public var placed: Int
  public var total: Int
  /// The best objective so far, without the penalties for unplaced and moved talks.
  public var bestScore: Double
  public var elapsed: Double
}
