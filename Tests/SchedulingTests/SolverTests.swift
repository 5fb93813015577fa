import Testing

@testable import Scheduling

@Suite struct SolverTests {
  typealias F = Fixture

  /// A quick run: deterministic and short, for tests.
  static let quick = SolverOptions(seed: 1, iterations: 3_000, exact: false)

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func leavesNoErrorWhenAnErrorFreeScheduleExists(seed: UInt64) {
    for size in seed <= 2 ? [Generator.Size.forum, .medium] : [.forum] {
      let event = Generator.unscheduled(Generator.event(size, seed: seed))
      let result = Solver.solve(
        event, options: SolverOptions(seed: seed, iterations: 3_000, exact: false))
      #expect(result.score.errors == 0, "\(size.name) seed \(seed)")
      #expect(result.unplaced.isEmpty, "\(size.name) seed \(seed): \(result.unplaced.map(\.talk))")
      #expect(result.isComplete)
      // The result is exactly what the rules say.
      #expect(ConflictIndex(result.schedule).errorCount == 0)
    }
  }

  @Test(arguments: [11, 12, 13] as [UInt64])
  func pinnedTalksNeverMove(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var event = Generator.event(.forum, seed: seed)
    for i in event.talks.indices where random.chance(0.3) {
      event.talks.modify(at: i) { $0.pinned = true }
    }
    event = Generator.unscheduled(event)
    let result = Solver.solve(event, options: Self.quick)
    for talk in event.talks where talk.pinned && talk.at != nil {
      #expect(result.schedule.talks[id: talk.id]?.at == talk.at, "\(talk.id) moved")
    }
    #expect(
      !result.moves.contains { move in event.talks[id: move.talk]!.pinned && move.from != nil })
  }

  @Test func theSameSeedGivesTheSameResult() {
    let event = Generator.unscheduled(Generator.event(.forum, seed: 21))
    let a = Solver.solve(event, options: SolverOptions(seed: 5, iterations: 10_000))
    let b = Solver.solve(event, options: SolverOptions(seed: 5, iterations: 10_000))
    #expect(a.schedule == b.schedule)
    #expect(a.moves == b.moves)
    let c = Solver.solve(event, options: SolverOptions(seed: 6, iterations: 10_000))
    #expect(c.score.errors == 0)
  }

  @Test func theResultIsOneUndoableEdit() throws {
    let event = Generator.unscheduled(Generator.event(.forum, seed: 3))
    let result = Solver.solve(event, options: Self.quick)
    var document = Document(event)
    try document.perform(result.edit, label: "Solve")
    #expect(document.schedule == result.schedule)
    document.undo()
    #expect(document.schedule == event)
  }

  @Test(arguments: [31, 32, 33] as [UInt64])
  func repairModeMovesOnlyTalksInErrorsAndSaysWhy(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var event = Generator.event(.forum, seed: seed)
    // Break the schedule: put a few talks on top of others, and unschedule a few.
    let placed = event.talks.filter { !$0.pinned && $0.at != nil }
    for _ in 0..<3 {
      let a = random.pick(placed)
      let b = random.pick(placed)
      guard a.id != b.id, let i = event.talks.index(of: a.id) else { continue }
      event.talks.modify(at: i) { $0.at = b.at }
    }
    for _ in 0..<2 {
      let a = random.pick(placed)
      event.talks.modify(at: event.talks.index(of: a.id)!) { $0.at = nil }
    }
    let before = ConflictIndex(event)
    let troubled = Set(
      before.findings.filter { before.book.rules[$0.rule].severity == .error }
        .flatMap { [$0.talk, $0.other] }.filter { $0 >= 0 }.map { event.talks[$0].id })
    let result = Solver.solve(
      event, options: SolverOptions(seed: seed, iterations: 5_000, keep: true))
    #expect(result.score.errors == 0)
    for move in result.moves where move.from != nil {
      #expect(troubled.contains(move.talk), "\(move.talk) moved without being in an error")
      #expect(
        move.reason.description.contains("-overlap")
          || move.reason.description.contains("-parallel")
          || move.reason.description.contains("speaker")
          || move.reason.description.contains("capacity"), "\(move.reason)")
    }
    // Talks that were fine stay exactly where they were.
    for talk in event.talks where talk.at != nil && !troubled.contains(talk.id) {
      #expect(result.schedule.talks[id: talk.id]?.at == talk.at)
    }
  }

  @Test func allowMovesBoundsTheMovesOfTalksThatWereFine() {
    let event = Generator.event(.forum, seed: 41)
    let result = Solver.solve(
      event, options: SolverOptions(seed: 1, iterations: 5_000, keep: true, allowMoves: 2))
    #expect(result.score.errors == 0)
    #expect(result.moves.filter { $0.from != nil }.count <= 2)
    #expect(result.moves.allSatisfy { $0.reason.description.contains("--allow-moves") })
    let none = Solver.solve(event, options: SolverOptions(seed: 1, iterations: 5_000, keep: true))
    #expect(none.moves.isEmpty)
  }

  @Test func smallEventsAreProvenOptimal() {
    for seed in [1, 2] as [UInt64] {
      let event = Generator.unscheduled(Generator.event(.forum, seed: seed))
      let result = Solver.solve(
        event, options: SolverOptions(seed: seed, iterations: 10_000))
      let proven = result.proven
      let soft = result.score.soft(event.solver)
      #expect(proven, "forum seed \(seed)")
      #expect(result.lowerBound.map { abs($0 - soft) < 1e-6 } == true)
      // Nothing the local search alone finds is better.
      let local = Solver.solve(
        event, options: SolverOptions(seed: seed, iterations: 10_000, exact: false))
      #expect(result.score.soft(event.solver) <= local.score.soft(event.solver) + 1e-6)
    }
  }

  // MARK: When no schedule without errors exists

  /// One day, a hall and a small room; the hall is taken all day by a pinned plenary.
  func crowded(_ extra: Talk) -> Schedule {
    var schedule = F.schedule()
    var plenary = F.talk("p", "hall", 9, duration: 480, kind: .plenary)
    plenary.pinned = true
    plenary.at = Placement(date: F.d1, room: "hall", start: F.time(9))
    schedule.days.update(Day(date: F.d1, opens: F.time(9), closes: F.time(17)))
    schedule.days.remove(id: F.d2.iso)
    schedule.talks.append(plenary)
    schedule.talks.append(extra)
    return schedule
  }

  @Test func explainsARoomThatIsTaken() {
    let talk = F.talk("t17", audience: 300, needs: ["interpretation"])
    var schedule = F.schedule([talk])
    var plenary = F.talk("p1", duration: 480, kind: .talk)
    plenary.pinned = true
    plenary.at = Placement(date: F.d1, room: "hall", start: F.time(9))
    var second = F.talk("p2", duration: 480, kind: .talk)
    second.pinned = true
    second.at = Placement(date: F.d2, room: "hall", start: F.time(9))
    schedule.days.update(Day(date: F.d1, opens: F.time(9), closes: F.time(17)))
    schedule.talks.append(plenary)
    schedule.talks.append(second)
    let result = Solver.solve(schedule, options: Self.quick)
    #expect(!result.isComplete)
    let reason = result.unplaced.first { $0.talk == "t17" }?.reason.description ?? ""
    #expect(reason.contains("t17 needs 300 seats and interpretation"), "\(reason)")
    #expect(reason.contains("only Hall qualifies"), "\(reason)")
    #expect(reason.contains("taken on both days from opening to closing"), "\(reason)")
  }

  @Test func explainsThatNoRoomQualifies() {
    let result = Solver.solve(crowded(F.talk("big", audience: 900)), options: Self.quick)
    let reason = result.unplaced.first?.reason.description ?? ""
    #expect(reason.hasPrefix("big needs 900 seats: no room qualifies"), "\(reason)")
    #expect(reason.contains("Hall seats 500"))
  }

  @Test func explainsATalkTooLongForAnyDay() {
    let result = Solver.solve(crowded(F.talk("long", duration: 600)), options: Self.quick)
    let reason = result.unplaced.first?.reason.description ?? ""
    #expect(reason.contains("long lasts 600 minutes"), "\(reason)")
  }

  @Test func explainsSpeakersWhoAreAway() {
    var schedule = F.schedule([F.talk("t", speakers: ["s1"])])
    schedule.speakers.update(
      Speaker(
        id: "s1", name: "Speaker One",
        unavailable: [
          Unavailability(date: F.d1, from: F.time(9), to: F.time(18)),
          Unavailability(date: F.d2, from: F.time(9), to: F.time(17)),
        ]))
    let result = Solver.solve(schedule, options: Self.quick)
    #expect(result.unplaced.first?.reason.description.contains("Speaker One is away") == true)
  }

  @Test func theBestPartialScheduleLeavesTheFewestTalksOut() {
    // Room B fits two one-hour talks before its day ends; three want it.
    var schedule = F.schedule()
    schedule.rooms = [Room(id: "b", name: "Room B", capacity: 30)]
    schedule.days = [Day(date: F.d1, opens: F.time(9), closes: F.time(11))]
    schedule.talks = [F.talk("t1"), F.talk("t2"), F.talk("t3")]
    let result = Solver.solve(schedule, options: Self.quick)
    #expect(result.unplaced.count == 1)
    #expect(result.score.errors == 0)
  }

  // MARK: Explanations of warnings

  @Test func explainsWarningsThatCannotBeAvoided() {
    var a = F.talk("a", "a", 9, theme: "x")
    var b = F.talk("b", "b", 9, theme: "x")
    a.pinned = true
    b.pinned = true
    let result = Solver.solve(F.schedule([a, b]), options: Self.quick)
    let notes = Solver.explainWarnings(result)
    #expect(notes.count == 1)
    #expect(notes.first?.conflict.kind == .themeParallel)
    #expect(notes.first?.reason.description == "every talk involved is pinned")
  }

  @Test func theScoreCountsEveryTerm() {
    let schedule = F.schedule([
      F.talk("t1", "a", 11, speakers: ["s1"], theme: "x", audience: 50),
      F.talk("t2", "b", 11, 30, theme: "x"),
      F.talk("t3", "hall", 13, speakers: ["s1"], theme: "y"),
      F.talk("t4", "hall", 12, speakers: ["s2"], theme: "y"),
    ])
    var moved = schedule
    moved.talks.modify(at: 2) { $0.at?.start = F.time(12) }
    moved.talks.modify(at: 3) { $0.at?.start = F.time(13) }
    let score = Score(moved, original: schedule)
    // t2 (30 minutes) runs beside t1: 30 minutes of overlap, or one pair when counted so.
    #expect(score.themeParallel == 30)
    var pairs = moved
    pairs.solver.themeParallelInPairs = true
    #expect(Score(pairs, original: schedule).themeParallel == 1)
    #expect(score.themeRooms == 3)
    #expect(abs(score.capacity - 0.5) < 1e-9)
    #expect(score.backToBack == 1)
    #expect(score.errors == 0)
    #expect(score.moves == 2)
    let weights = SolverWeights.standard
    #expect(score.soft(weights) == 30 * 200 + 3_000 + 50 + 10)
  }

  // MARK: Rules declare what they look at

  /// A rule that says it looks only at the room must not change its verdict when the time
  /// changes, and one that looks only at the time must ignore the room: the solver relies
  /// on it to rule places out before searching.
  @Test func rulesDependOnlyOnWhatTheirScopeSays() {
    let schedule = Generator.event(.medium, seed: 3)
    let tables = Tables(schedule)
    let context = RuleContext(tables: tables, occupancy: Occupancy(tables: tables))
    var random = SeededRandom(seed: 9)
    for rule in RuleBook.standard.rules where rule.scope == .room || rule.scope == .time {
      for _ in 0..<500 {
        let t = random.below(schedule.talks.count)
        let p = Position(
          day: random.below(schedule.days.count), room: random.below(schedule.rooms.count),
          start: 15 * random.below(96))
        var q = p
        if rule.scope == .room {
          q.day = random.below(schedule.days.count)
          q.start = 15 * random.below(96)
        } else {
          q.room = random.below(schedule.rooms.count)
        }
        var a: [Finding] = []
        var b: [Finding] = []
        rule.check(talk: t, at: p, in: context, into: &a)
        rule.check(talk: t, at: q, in: context, into: &b)
        #expect(a == b, "\(rule.kind) changed with what its scope says it ignores")
      }
    }
  }
}

/// Events whose grid is not the one from midnight: opening at 08:30 with 20-minute slots,
/// breaks that end off the count, as the benchmark's large events have.
@Suite struct GridFromTheOpeningTests {
  /// A generated forum opening at 08:30 on a 20-minute slot; with `breakEnd` 10:45 the
  /// count starts again off the slot, with 11:00 on it.
  static func event(seed: UInt64, breakEnd: Int = 45) -> Schedule {
    var event = Generator.unscheduled(Generator.event(.forum, seed: seed))
    event.event.slot = 20
    for i in event.days.indices {
      event.days.modify(at: i) { day in
        day.opens = TimeOfDay(hour: 8, minute: 30)!
        day.closes = TimeOfDay(hour: 18, minute: 30)!
        day.breaks = [
          Break(
            start: TimeOfDay(hour: 10, minute: 30)!,
            end: TimeOfDay(hour: breakEnd == 60 ? 11 : 10, minute: breakEnd % 60)!,
            title: "Coffee"),
          Break(
            start: TimeOfDay(hour: 12, minute: 50)!, end: TimeOfDay(hour: 14, minute: 10)!,
            title: "Lunch"),
        ]
      }
    }
    for i in event.talks.indices {
      event.talks.modify(at: i) {
        $0.duration = ($0.duration + 19) / 20 * 20
        $0.at = nil
        $0.pinned = false
      }
    }
    return event
  }

  static func checkGrid(_ result: SolverResult) {
    #expect(result.unplaced.isEmpty && result.score.errors == 0)
    #expect(result.schedule.problems.isEmpty)
    for talk in result.schedule.talks {
      guard let at = talk.at, let day = result.schedule.day(at.date) else { continue }
      #expect(DayGrid(day, slot: 20).contains(at.start.minutes), "\(talk.id) at \(at.start)")
    }
  }

  @Test func everyTalkStartsOnItsDaysGrid() {
    let event = Self.event(seed: 2)
    #expect(event.problems.isEmpty, "\(event.problems.prefix(3).map(\.problem.phrase))")
    let result = Solver.solve(event, options: SolverOptions(seed: 2, iterations: 10_000))
    Self.checkGrid(result)
    // Breaks ending at xx:45 make 5-minute ticks: too fine for a proof, so none is tried.
    #expect(!result.proven && result.exactNodes == 0)
  }

  @Test func theExactSearchCountsInTicksAndStillProves() {
    // Every grid time is a multiple of 10 minutes here (08:30, 11:00, 14:10 on 20).
    let event = Self.event(seed: 1, breakEnd: 60)
    let result = Solver.solve(event, options: SolverOptions(seed: 1, iterations: 10_000))
    Self.checkGrid(result)
    #expect(result.exactNodes > 0)
    let local = Solver.solve(
      event, options: SolverOptions(seed: 1, iterations: 10_000, exact: false))
    #expect(result.score.soft(event.solver) <= local.score.soft(event.solver) + 1e-6)
  }

  @Test func aNewOpeningThatWouldLeaveTalksOffTheGridIsRefused() throws {
    let solved = Solver.solve(
      Self.event(seed: 1), options: SolverOptions(seed: 1, iterations: 5_000))
    var day = solved.schedule.days[0]
    day.opens = TimeOfDay(hour: 8, minute: 40)!
    var schedule = solved.schedule
    #expect(throws: EditError.self) { try Edit.updateDay(day).apply(to: &schedule) }
    // A change that keeps every start on the grid is taken.
    day.opens = TimeOfDay(hour: 8, minute: 10)!
    if solved.schedule.talks.allSatisfy({ $0.at?.date != day.date || $0.at!.start.minutes >= 510 })
    {
      _ = try Edit.updateDay(day).apply(to: &schedule)
    }
  }
}

/// `--explain` says of each warning left what moving one of its talks would do; each such
/// claim is what the move does when made.
@Suite struct WarningSuggestionTests {
  @Test func everySuggestionDoesWhatItSays() throws {
    var suggested = 0
    for seed in 1...2 as ClosedRange<UInt64> {
      suggested += try check(seed: seed)
    }
    #expect(suggested > 0)
  }

  /// Checks the suggestions for one seed; returns how many there were.
  func check(seed: UInt64) throws -> Int {
    let event = Generator.unscheduled(Generator.event(.forum, seed: seed))
    var result = Solver.solve(event, options: SolverOptions(seed: seed, iterations: 2_000))
    // Talks put beside another of their theme, where nothing stops them: warnings that
    // moving them back would avoid.
    var schedule = result.schedule
    var spoiled = 0
    for a in schedule.talks.indices where spoiled < 3 {
      let talk = schedule.talks[a]
      guard let theme = talk.theme, talk.at != nil, !talk.pinned,
        let b = schedule.talks.first(where: {
          $0.id != talk.id && $0.theme == theme && $0.at != nil
        }), let at = b.at
      else { continue }
      for room in schedule.rooms where room.id != at.room {
        var moved = schedule
        moved.talks.modify(at: a) {
          $0.at = Placement(date: at.date, room: room.id, start: at.start)
        }
        if ConflictIndex(moved).errorCount == 0 {
          schedule = moved
          spoiled += 1
          break
        }
      }
    }
    result.schedule = schedule
    let weights = schedule.solver
    let before = Score(schedule).soft(weights)
    let notes = Solver.explainWarnings(result)
    for note in notes {
      #expect(!note.reason.templates.contains { $0.contains("at no cost") })
      guard let suggestion = note.suggestion else { continue }
      var moved = result.schedule
      let i = try #require(moved.talks.index(of: suggestion.talk))
      moved.talks.modify(at: i) { $0.at = suggestion.to }
      let change = Score(moved).soft(weights) - before
      #expect(abs(change - suggestion.change) < 1e-6, "\(note.reason)")
      let lowers = note.reason.templates.contains { $0.contains("lower the score") }
      #expect(lowers == (change < -1e-9), "\(note.reason): \(change)")
      // The warning explained is gone after the move.
      let left = ConflictIndex(moved).conflicts.contains {
        $0.kind == note.conflict.kind && Set($0.talks) == Set(note.conflict.talks)
      }
      #expect(!left, "\(note.reason)")
    }
    return notes.filter { $0.suggestion != nil }.count
  }
}
