import Testing

@testable import Scheduling

/// The solver with sessions: it fills scheduled sessions with their talks, places sessions
/// that have no place, and never moves a pinned one.
@Suite struct SessionSolverTests {
  static let options = SolverOptions(seed: 3, iterations: 20_000, exact: false)

  /// The generated forum in sessions, with every talk that is not pinned off the grid; the
  /// sessions in `unplacing` lose their place too.
  static func event(unplacing: (Int) -> Bool) -> Schedule {
    var s = Generator.unscheduled(
      Generator.withSessions(Generator.event(.forum, seed: 11), seed: 11))
    for i in s.sessions.indices where unplacing(i) {
      s.sessions.modify(at: i) { $0.at = nil }
    }
    return s
  }

  static func errors(_ s: Schedule) -> [Conflict] {
    ConflictIndex(s).conflicts.filter { $0.severity == .error }
  }

  @Test func fillsScheduledSessionsWithTheirTalks() {
    let input = Self.event { _ in false }
    #expect(input.sessions.count > 3)
    let result = Solver.solve(input, options: Self.options)
    #expect(Self.errors(result.schedule).isEmpty)
    #expect(result.unplaced.isEmpty)
    #expect(result.schedule.sessions == input.sessions)
    for session in result.schedule.sessions {
      for id in session.talks {
        let talk = result.schedule.talks[id: id]!
        let at = talk.at!
        #expect(
          session.holds(
            date: at.date, room: at.room, start: at.start.minutes,
            end: at.start.minutes + talk.duration))
      }
    }
    // The result's edit applied to the input gives the result.
    var applied = input
    _ = try? result.edit.apply(to: &applied)
    #expect(applied == result.schedule)
  }

  @Test func placesSessionsWithoutAPlaceAndKeepsPinnedOnes() throws {
    var input = Self.event { $0 % 2 == 0 }
    let pinned = try #require(input.sessions.indices.first { $0 % 2 == 1 })
    input.sessions.modify(at: pinned) { $0.pinned = true }
    let result = Solver.solve(input, options: Self.options)
    #expect(Self.errors(result.schedule).isEmpty)
    #expect(result.schedule.sessions.allSatisfy { $0.at != nil })
    #expect(result.schedule.sessions[pinned] == input.sessions[pinned])
    var applied = input
    _ = try? result.edit.apply(to: &applied)
    #expect(applied == result.schedule)
  }

  @Test func aChairIsNeverPutWhereTheySpeak() {
    // Every session unscheduled: the placement must find times its chair is free.
    let result = Solver.solve(Self.event { _ in true }, options: Self.options)
    #expect(
      ConflictIndex(result.schedule).conflicts.filter { $0.kind == .chairBusy }.isEmpty)
    // Pinned talks stayed, and their sessions were put around them.
    let input = Self.event { _ in true }
    for talk in input.talks where talk.pinned {
      #expect(result.schedule.talks[id: talk.id]?.at == talk.at)
    }
    #expect(Self.errors(result.schedule).isEmpty)
  }
}
