import Testing

@testable import Scheduling

/// Sessions made from a timetable (`solve --create-sessions`): each run of talks of one track
/// in a room, between breaks, becomes a session of that track.
@Suite struct SessionCreationTests {
  typealias F = Fixture

  /// Room A on the first day: two talks of X before the coffee break, one of X after it, then
  /// two of Y; room B: a talk of X, a plenary, a talk of X.
  static let timetable = F.schedule([
    F.talk("x1", "a", 9, duration: 45, theme: "x"),
    F.talk("x2", "a", 9, 45, duration: 45, theme: "x"),
    F.talk("x3", "a", 11, duration: 60, theme: "x"),
    F.talk("y1", "a", 12, duration: 60, theme: "y"),
    F.talk("y2", "a", 13, 15, duration: 45, theme: "y"),
    F.talk("x4", "b", 14, duration: 30, theme: "x"),
    F.talk("keynote", "hall", 14, 30, duration: 30, theme: "x", kind: .plenary),
    F.talk("x5", "b", 15, duration: 30, theme: "x"),
  ])

  @Test func eachRunOfOneTrackBetweenBreaksBecomesASession() throws {
    let sessions = SessionCreation.sessions(for: Self.timetable)
    #expect(sessions.map(\.talks) == [["x1", "x2"], ["y1", "y2"]])
    let x = try #require(sessions.first)
    #expect(x.id == "x-1" && x.theme == "x" && x.chair == nil)
    #expect(x.title == "Theme X" && x.titles == ["ar": "س", "fr": "X"])
    #expect(x.at == Self.timetable.talks[id: "x1"]?.at)
    #expect(x.duration == 90)
    // A gap inside a run is part of the session: it holds the room from start to end.
    #expect(sessions[1].duration == 120)
    var s = Self.timetable
    for session in sessions { s.sessions.append(session) }
    #expect(ConflictIndex(s).errorCount == 0)
    #expect(ConflictIndex(s).warningCount == ConflictIndex(Self.timetable).warningCount)
  }

  @Test func talksOfASessionAreLeftOutAndIdsAndTitlesStayUnique() {
    var s = Self.timetable
    s.talks.append(F.talk("y3", "b", 9, duration: 30, theme: "y"))
    s.talks.append(F.talk("y4", "b", 9, 30, duration: 30, theme: "y"))
    s.sessions = [
      Session(id: "y-1", title: "Taken", at: s.talks[id: "x1"]!.at, duration: 45, talks: ["x1"])
    ]
    let sessions = SessionCreation.sessions(for: s)
    #expect(sessions.map(\.talks) == [["y1", "y2"], ["y3", "y4"]])
    #expect(sessions.map(\.id) == ["y-2", "y-3"])
    #expect(sessions.map(\.title) == ["Theme Y 1", "Theme Y 2"])
    #expect(sessions.map { $0.titles["fr"] } == ["Y 1", "Y 2"])
  }

  @Test func theSolverMakesThemOnceTheTalksArePlacedAsOneUndoableEdit() throws {
    var options = SolverOptions(seed: 1, iterations: 2_000, keep: true, exact: false)
    options.createsSessions = true
    let result = Solver.solve(Self.timetable, options: options)
    #expect(result.createdSessions.map(\.id) == ["x-1", "y-1"])
    #expect(result.schedule.sessions.map(\.id) == ["x-1", "y-1"])
    var replayed = Self.timetable
    _ = try result.edit.apply(to: &replayed)
    #expect(replayed == result.schedule)
    #expect(result.isComplete)
  }
}
