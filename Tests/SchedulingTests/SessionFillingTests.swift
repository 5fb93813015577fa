import Testing

@testable import Scheduling

/// Sessions drawn as blocks (a track, a room, a time, a chair) and left for the solver to fill
/// with talks of their track.
@Suite struct SessionFillingTests {
  typealias F = Fixture

  /// Session `x1` of track X, 14:00–15:30 in room A on the first day, chaired by s1, empty.
  static func blocks(_ talks: [Talk]) -> Schedule {
    var s = F.schedule(talks)
    s.sessions = [
      Session(
        id: "x1", title: "Clusters", theme: "x", chair: "s1",
        at: Placement(date: F.d1, room: "a", start: F.time(14)), duration: 90)
    ]
    return s
  }

  static let options = SolverOptions(seed: 1, iterations: 5_000, exact: false)

  @Test func anEmptySessionIsFilledWithTalksOfItsTrackThatFit() throws {
    let input = Self.blocks([
      F.talk("long", duration: 45, speakers: ["s2"], theme: "x"),
      F.talk("short", duration: 30, speakers: ["s2"], theme: "x"),
      F.talk("tiny", duration: 15, theme: "x"),
      // Too long for what is left once the others are in, of another track, away then.
      F.talk("spare", duration: 30, theme: "x"),
      F.talk("other", duration: 15, theme: "y"),
      F.talk("away", duration: 15, speakers: ["s3"], theme: "x"),
    ])
    let result = Solver.solve(input, options: Self.options)
    let session = try #require(result.schedule.sessions[id: "x1"])
    #expect(Set(session.talks) == ["long", "short", "tiny"])
    // Each inside the session's block: room A, 14:00–15:30 on the first day.
    for id in session.talks {
      let talk = try #require(result.schedule.talks[id: id])
      let at = try #require(talk.at)
      #expect(
        session.holds(
          date: at.date, room: at.room, start: at.start.minutes,
          end: at.start.minutes + talk.duration))
    }
    #expect(result.isComplete)
    #expect(ConflictIndex(result.schedule).errorCount == 0)
    let joined = result.moves.filter { $0.reason.description == "joins session x1" }
    #expect(Set(joined.map(\.talk)) == ["long", "short", "tiny"])
    // The result is one undoable edit of the input.
    var replayed = input
    _ = try result.edit.apply(to: &replayed)
    #expect(replayed == result.schedule)
  }

  @Test func aPinnedTalkAndInRepairModeAPlacedOneStayOut() throws {
    var pinned = F.talk("pinned", "b", 9, duration: 30, theme: "x")
    pinned.pinned = true
    let placed = F.talk("placed", "b", 10, duration: 30, theme: "x")
    let loose = F.talk("loose", duration: 30, theme: "x")
    let input = Self.blocks([pinned, placed, loose])
    let repaired = Solver.solve(
      input, options: SolverOptions(seed: 1, iterations: 2_000, keep: true, exact: false))
    #expect(repaired.schedule.sessions[id: "x1"]?.talks == ["loose"])
    #expect(repaired.schedule.talks[id: "placed"]?.at == placed.at)
    // Without --keep, a placed talk that is not pinned may join too.
    let solved = Solver.solve(input, options: Self.options)
    #expect(Set(solved.schedule.sessions[id: "x1"]!.talks) == ["placed", "loose"])
    #expect(solved.schedule.talks[id: "pinned"]?.at == pinned.at)
  }

  @Test func aSessionWithoutATrackOrWithoutTimeToSpareIsLeftAsItIs() {
    var input = Self.blocks([
      F.talk("in", duration: 90, theme: "x"), F.talk("loose", duration: 15, theme: "x"),
    ])
    input.sessions.modify(at: 0) { $0.talks = ["in"] }
    input.sessions.append(
      Session(
        id: "open", title: "Open", at: Placement(date: F.d2, room: "b", start: F.time(9)),
        duration: 60))
    let result = Solver.solve(input, options: Self.options)
    #expect(result.schedule.sessions[id: "x1"]?.talks == ["in"])
    #expect(result.schedule.sessions[id: "open"]?.talks == [])
    #expect(result.schedule.talks[id: "loose"]?.at != nil)
  }
}
