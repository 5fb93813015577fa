/// How to run the automatic scheduler.
public struct SolverOptions: Sendable {
  /// The seed of every random choice: the same seed and limits give the same result.
  public var seed: UInt64
  /// Moves of the local search; `nil` lets ``timeLimit`` decide, or a default for the size.
  public var iterations: Int?
  /// Seconds the search may take at most; it returns the best schedule found by then.
  public var timeLimit: Double?
  /// Repair mode: placed talks move only to remove an error, or within ``allowMoves``.
  public var keep: Bool
  /// In repair mode, how many placed talks may move to improve the soft terms.
  public var allowMoves: Int
  /// Try to prove the result optimal when the event is small.
  public var exact: Bool
  /// Nodes the exact search may visit: a budget that, unlike seconds, gives the same answer
  /// on a busy machine as on an idle one.
  public var exactNodes: Int
  /// After every move of the search, recount the objective from scratch and stop with a
  /// message if it differs from the one kept move by move. For property tests: each move
  /// then costs a full recount.
  public var checksInvariants = false
  /// The clock a ``timeLimit`` is measured on (the machine's unless given).
  public var clock = SolverClock.system
  /// Once the talks are placed, group each run of talks of one track in a room into a new
  /// session (``SessionCreation``).
  public var createsSessions = false

  /// The default node budget of the exact search: about forty times what proving the sample
  /// forum optimal takes.
  public static let defaultExactNodes = 2_000_000

  public init(
    seed: UInt64 = 1, iterations: Int? = nil, timeLimit: Double? = nil, keep: Bool = false,
    allowMoves: Int = 0, exact: Bool = true, exactNodes: Int = SolverOptions.defaultExactNodes
  ) {
    self.seed = seed
    self.iterations = iterations
    self.timeLimit = timeLimit
    self.keep = keep
    self.allowMoves = allowMoves
    self.exact = exact
    self.exactNodes = exactNodes
  }
}

/// One talk the solver placed differently, and why.
public struct SolverMove: Equatable, Sendable {
  public var talk: String
  public var from: Placement?
  public var to: Placement?
  public var reason: Phrase
}

/// What the solver produced.
public struct SolverResult: Sendable {
  /// The input with the solver's placements.
  public var schedule: Schedule
  /// The same change as one undoable edit.
  public var edit: Edit
  /// Every talk placed, moved or unscheduled, in the schedule's order.
  public var moves: [SolverMove]
  /// Active talks still without a place, with why each could not be placed.
  public var unplaced: [(talk: String, reason: Phrase)]
  public var score: Score
  /// The objective was proven minimal (exact search on a small event).
  public var proven: Bool
  /// A lower bound of the soft objective, when one was computed.
  public var lowerBound: Double?
  public var iterations: Int
  /// Nodes the exact search visited (0 when it did not run).
  public var exactNodes = 0
  public var seconds: Double
  /// Seconds until every talk first had a place without error, when that happened.
  public var feasibleAfter: Double?
  /// The sessions the solver made (``SolverOptions/createsSessions``), in the schedule's
  /// order.
  public var createdSessions: [Session] = []

  /// No error left and every active talk placed.
  public var isComplete: Bool { unplaced.isEmpty && score.errors == 0 }
}

/// The automatic scheduler: places unscheduled talks and repairs schedules.
///
/// It builds a schedule hardest talk first, places what is left by ejection chains, then
/// improves the soft terms by simulated annealing; on small events an exact search then
/// proves the result optimal or finds a better one. Hard conflicts are exactly the error
/// findings of the conflict rules. Pinned talks never move.
public enum Solver {
  public static func solve(
    _ schedule: Schedule, options: SolverOptions = SolverOptions(),
    progress: ((SolverProgress) -> Void)? = nil, shouldStop: (@Sendable () -> Bool)? = nil
  ) -> SolverResult {
    let original = schedule
    // Sessions with time to spare take talks of their track first; sessions without a place
    // then get one; the search then places their talks inside them.
    let (filled, fillEdits) = SessionFilling.fill(original) { talk in
      !(talk.pinned && talk.at != nil) && (!options.keep || talk.at == nil)
    }
    let (schedule, placeEdits) = SessionPlacement.place(filled)
    let sessionEdits = fillEdits + placeEdits
    let initial = ConflictIndex(schedule)
    // Talks in an error at the start: in repair mode these are the ones allowed to move.
    var troubled = Set<Int>()
    for finding in initial.findings where initial.book.rules[finding.rule].severity == .error {
      for t in [finding.talk, finding.other] where t >= 0 { troubled.insert(t) }
    }
    let indexOf = initial.tables.talkIndex
    let problem = SolverProblem(
      schedule: schedule,
      canMove: { talk in
        if talk.pinned && talk.at != nil { return false }
        guard options.keep, talk.at != nil else { return true }
        return options.allowMoves > 0 || troubled.contains(indexOf[talk.id]!)
      },
      countsMoves: options.keep, checksInvariants: options.checksInvariants)

    let movableCount = problem.movable.filter { $0 }.count
    // One round of local search: a number of moves, so that a seed gives one answer.
    let round = options.iterations ?? max(30_000, 600 * movableCount)
    let budget = Budget(
      exactNodes: options.exactNodes, seconds: options.timeLimit, clock: options.clock,
      shouldStop: shouldStop)
    let search = Search(
      problem: problem, start: startingPositions(problem), seed: options.seed, budget: budget,
      moveAllowance: options.keep && options.allowMoves > 0 ? options.allowMoves : nil,
      progress: progress)

    let waiting = search.construct()
    if !waiting.isEmpty { search.repair(waiting, maxSteps: 200 * max(50, movableCount)) }
    search.descend()
    search.anneal(round)
    var proven = false
    var lowerBound: Double?
    var exactNodes = 0
    // A time limit is an upper bound: rounds go on from the best, each twice as long as the
    // one before, until the limit, a proof, or the bound reached; the exact search runs
    // between them on a node budget that doubles too (starting at a 256th, so that it
    // does not spend the whole limit before the local search had its chances, yet gives a
    // lower bound the local search can stop at early). Without a
    // limit, one round and the whole node budget are the answer.
    let timed = options.timeLimit != nil && options.iterations == nil
    var phase = 0
    var engine: ExactEngine?
    var noExact = false
    while true {
      if options.exact && !options.keep && !proven && !noExact && search.bestCost.unplaced == 0 {
        let nodes = timed ? max(1, options.exactNodes >> max(0, 8 - phase)) : options.exactNodes
        if engine == nil {
          engine = ExactSearch(
            problem: problem, incumbent: search.best, budget: budget.withExactNodes(nodes)
          )?.engine()
          noExact = engine == nil
        }
        if let outcome = engine?.rerun(
          incumbent: search.best, budget: budget.withExactNodes(nodes))
        {
          if let bound = outcome.lowerBound {
            lowerBound = max(lowerBound ?? bound, bound)
            // The local search stops as soon as it reaches the bound: that is a proof.
            search.target = lowerBound
          }
          proven = outcome.proven
          exactNodes += outcome.nodes
          if let better = outcome.better { search.adopt(better) }
        }
      }
      guard timed, !proven, !budget.outOfTime else { break }
      if let bound = lowerBound, search.bestCost.unplaced == 0,
        search.bestCost.soft <= bound + 1e-9
      {
        proven = true
        break
      }
      phase += 1
      search.anneal(round << min(phase, 6), round: phase)
    }
    var output = result(
      schedule: schedule, original: original, sessionEdits: sessionEdits, problem: problem,
      positions: search.best, troubled: troubled,
      initial: initial, proven: proven, lowerBound: lowerBound, iterations: search.iterations,
      seconds: budget.elapsed, keep: options.keep)
    output.feasibleAfter = search.feasibleAt
    output.exactNodes = exactNodes
    if options.createsSessions {
      let created = SessionCreation.sessions(for: output.schedule)
      for session in created { output.schedule.sessions.append(session) }
      output.edit = .batch([output.edit] + created.map { .addSession($0, index: nil) })
      output.createdSessions = created
      output.score = Score(output.schedule, original: options.keep ? original : nil)
    }
    return output
  }

  /// Where the search starts: talks it may not move stay put; the others keep their place
  /// when it breaks no rule against what is already there, and wait otherwise.
  private static func startingPositions(_ problem: SolverProblem) -> [Position?] {
    var fixed = [Position?](repeating: nil, count: problem.talkCount)
    for t in 0..<problem.talkCount where !problem.movable[t] { fixed[t] = problem.original[t] }
    var state = SearchState(problem: problem, positions: fixed)
    for t in 0..<problem.talkCount where problem.movable[t] {
      guard let p = problem.original[t], problem.allows(t, p) else { continue }
      _ = state.move(t, to: p)
    }
    return state.positions
  }

  private static func result(
    schedule: Schedule, original: Schedule, sessionEdits: [Edit], problem: SolverProblem,
    positions: [Position?], troubled: Set<Int>,
    initial: ConflictIndex, proven: Bool, lowerBound: Double?, iterations: Int,
    seconds: Double, keep: Bool
  ) -> SolverResult {
    var output = schedule
    var edits = sessionEdits
    var moves: [SolverMove] = []
    // Talks that joined a session their file did not put them in.
    let listed = Set(original.sessions.flatMap(\.talks))
    var joined: [String: String] = [:]
    for session in schedule.sessions {
      for id in session.talks where !listed.contains(id) { joined[id] = session.id }
    }
    for t in 0..<problem.talkCount where problem.movable[t] {
      // Moves are said against the input, before sessions were placed.
      let talk = original.talks[t]
      let placement = positions[t].map { Solver.placement(of: $0, in: schedule) }
      output.talks.modify(at: t) { $0.at = placement }
      guard placement != talk.at else { continue }
      edits.append(.place(talk: talk.id, at: placement))
      moves.append(
        SolverMove(
          talk: talk.id, from: talk.at, to: placement,
          reason: joined[talk.id].map { Phrase("joins session {1}", "\($0)") }
            ?? reason(
              t, talk: talk, to: placement, troubled: troubled, initial: initial, keep: keep)))
    }
    let state = SearchState(problem: problem, positions: positions)
    var unplaced: [(String, Phrase)] = []
    for t in 0..<problem.talkCount where problem.movable[t] && positions[t] == nil {
      let why = Explanation.whyUnplaced(t, problem: problem, state: state)
      unplaced.append((schedule.talks[t].id, why))
    }
    return SolverResult(
      schedule: output, edit: .batch(edits), moves: moves, unplaced: unplaced,
      score: Score(output, original: keep ? original : nil), proven: proven,
      lowerBound: lowerBound, iterations: iterations, seconds: seconds, feasibleAfter: nil)
  }

  private static func reason(
    _ t: Int, talk: Talk, to placement: Placement?, troubled: Set<Int>, initial: ConflictIndex,
    keep: Bool
  ) -> Phrase {
    guard talk.at != nil else {
      return Phrase(placement == nil ? "not placed" : "was unscheduled")
    }
    if troubled.contains(t) {
      let errors = initial.findings(involving: t).filter {
        initial.book.rules[$0.rule].severity == .error
      }
      // Kinds are said by their ids, which stay the same in every language.
      let described = errors.prefix(2).map { finding -> Phrase.Argument in
        let kind = Phrase.Argument.text(initial.book.rules[finding.rule].kind.rawValue)
        let others = [finding.talk, finding.other].filter { $0 >= 0 && $0 != t }
          .map { Phrase.Argument.text(initial.schedule.talks[$0].id) }
        return others.isEmpty ? kind : .phrase(Phrase("{1} with {2}", kind, .list(others)))
      }
      return Phrase(
        placement == nil ? "unscheduled to remove {1}" : "removes {1}", .list(described))
    }
    return Phrase(
      keep ? "one of the moves allowed by --allow-moves, to lower the score" : "improves the score")
  }

  static func placement(of p: Position, in schedule: Schedule) -> Placement {
    Placement(
      date: schedule.days[p.day].date, room: schedule.rooms[p.room].id,
      start: TimeOfDay(minutes: p.start)!)
  }
}

extension Search {
  /// Takes `positions` as the best schedule (from the exact search).
  func adopt(_ positions: [Position?]) {
    state = SearchState(problem: problem, positions: positions)
    remember()
  }
}
