import Testing

@testable import Scheduling

/// The rooms each theme fills first, planned before construction.
@Suite struct ThemePlanTests {
  func plan(_ talks: [Talk]) -> [[Int]] {
    let schedule = Fixture.schedule(talks)
    let problem = SolverProblem(schedule: schedule, canMove: { _ in true }, countsMoves: false)
    var random = SeededRandom(seed: 1)
    return ThemePlan.rooms(
      problem, placing: Array(0..<problem.talkCount), random: &random)
  }

  func talks(_ prefix: String, _ count: Int, theme: String, audience: Int? = nil) -> [Talk] {
    (0..<count).map { Fixture.talk("\(prefix)\($0)", theme: theme, audience: audience) }
  }

  @Test func themesThatFitARoomGetOneEach() {
    let plan = plan(talks("x", 6, theme: "x") + talks("y", 4, theme: "y"))
    #expect(plan.map(\.count) == [1, 1])
  }

  @Test func aThemeOfLargeAudiencesGoesWhereTheyFit() {
    // Only the hall seats 200.
    let plan = plan(talks("x", 5, theme: "x", audience: 200) + talks("y", 3, theme: "y"))
    #expect(plan[0] == [0])
    #expect(plan[1].count == 1)
  }

  @Test func aThemeFillsTheRoomItsPlenaryUsesAnywayAndOthersKeepOut() {
    // Only the hall seats the plenary's 400, so theme y uses the hall whatever the plan.
    let plenary = Fixture.talk("p", theme: "y", kind: .plenary, audience: 400)
    let plan = plan([plenary] + talks("x", 4, theme: "x") + talks("y", 4, theme: "y"))
    #expect(plan[1] == [0])
    #expect(plan[0].count == 1)
    #expect(plan[0] != [0])
  }

  @Test func aTightPlanFillsRoomsToTheMinuteALooseOneLeavesTime() {
    // Room B is open 16.5 hours over the two days: 33 half-hour talks fill it exactly.
    let members = (0..<33).map { Fixture.talk("x\($0)", duration: 30, theme: "x") }
    let schedule = Fixture.schedule(members)
    let problem = SolverProblem(schedule: schedule, canMove: { _ in true }, countsMoves: false)
    func rooms(fill: Int) -> [Int] {
      var random = SeededRandom(seed: 1)
      return ThemePlan.rooms(
        problem, placing: Array(0..<problem.talkCount), random: &random, fill: fill)[0]
    }
    #expect(rooms(fill: 100).count == 1)
    #expect(rooms(fill: 95).count == 2)
  }

  @Test func aThemeNoRoomCanHoldIsSplitOverAsFewAsPossible() {
    // Twenty hours of talks; a room is open sixteen and a half over the two days.
    let plan = plan(talks("x", 20, theme: "x"))
    #expect(plan[0].count == 2)
    #expect(plan[1].isEmpty)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func everyPlannedRoomIsOneTheThemesTalksMayUse(seed: UInt64) {
    let schedule = Generator.unscheduled(Generator.event(.medium, seed: seed))
    let problem = SolverProblem(schedule: schedule, canMove: { _ in true }, countsMoves: false)
    var random = SeededRandom(seed: seed)
    let talks = (0..<problem.talkCount).filter { problem.tables.talks[$0].active }
    let plan = ThemePlan.rooms(problem, placing: talks, random: &random)
    for (theme, rooms) in plan.enumerated() {
      let members = talks.filter {
        problem.tables.talks[$0].theme == theme && !problem.tables.talks[$0].exclusive
      }
      #expect(rooms.isEmpty == members.isEmpty)
      #expect(Set(rooms).count == rooms.count)
      for r in rooms { #expect(members.contains { problem.rooms[$0].contains(r) }) }
    }
  }
}
