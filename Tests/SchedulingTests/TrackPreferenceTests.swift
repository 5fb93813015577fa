import Testing

@testable import Scheduling

/// The programme committee's wishes as soft terms: a passing and a failing case each, and
/// the solver lowering them.
@Suite struct TrackPreferenceTests {
  typealias F = Fixture

  static func schedule(_ talks: [Talk], themes: (inout Catalog<Theme>) -> Void = { _ in })
    -> Schedule
  {
    var s = F.schedule(talks)
    themes(&s.themes)
    return s
  }

  static func setTheme(_ id: String, _ change: @escaping (inout Theme) -> Void)
    -> (inout Catalog<Theme>) -> Void
  {
    { themes in themes.modify(at: themes.index(of: id)!, change) }
  }

  @Test func aTalkAvoidingATime() {
    var talk = F.talk("t1", "a", 9)
    talk.avoid = Preference(date: F.d1, to: F.time(10))
    #expect(
      F.conflicts(.avoidedTime, in: Self.schedule([talk])).map(\.message) == [
        "t1 “Talk t1” runs 09:00–10:00, a time it avoids"
      ])
    talk.at?.start = F.time(11)
    #expect(F.conflicts(.avoidedTime, in: Self.schedule([talk])).isEmpty)
  }

  @Test func aTrackAvoidingATime() {
    let talks = [F.talk("t1", "a", 14, theme: "x"), F.talk("t2", "b", 9, theme: "x")]
    let s = Self.schedule(
      talks, themes: Self.setTheme("x") { $0.avoid = Preference(from: F.time(13)) })
    let found = F.conflicts(.avoidedTime, in: s)
    #expect(found.map(\.talks) == [["t1"]])
    #expect(found.first?.message == "t1 “Talk t1” runs 14:00–15:00, a time its track x avoids")
  }

  @Test func aTrackPreferringTimes() {
    let talks = [F.talk("t1", "a", 9, theme: "x"), F.talk("t2", "b", 9, day: F.d2, theme: "x")]
    let s = Self.schedule(talks, themes: Self.setTheme("x") { $0.prefer = Preference(date: F.d2) })
    #expect(F.conflicts(.trackTime, in: s).map(\.talks) == [["t1"]])
  }

  @Test func aPreferenceForASessionsTime() {
    var talk = F.talk("t1", "a", 9)
    talk.prefer = Preference(session: "S1")
    var s = F.schedule([talk])
    s.sessions = [
      Session(
        id: "S1", title: "S", at: Placement(date: F.d1, room: "b", start: F.time(14)),
        duration: 120)
    ]
    #expect(F.conflicts(.preferenceMissed, in: s).count == 1)
    s.talks.modify(at: 0) { $0.at = Placement(date: F.d1, room: "a", start: F.time(15)) }
    #expect(F.conflicts(.preferenceMissed, in: s).isEmpty)
  }

  @Test func aTrackPreferringRooms() {
    let talks = [F.talk("t1", "a", 9, theme: "x"), F.talk("t2", "b", 11, theme: "x")]
    let s = Self.schedule(talks, themes: Self.setTheme("x") { $0.rooms = ["a", "hall"] })
    let found = F.conflicts(.trackRoom, in: s)
    #expect(found.map(\.talks) == [["t2"]])
    #expect(
      found.first?.message == "t2 “Talk t2” is not in the rooms its track x prefers (Room A, Hall)")
  }

  @Test func similarTracksApart() {
    let talks = [F.talk("t1", "a", 9, theme: "x"), F.talk("t2", "b", 9, 30, theme: "y")]
    #expect(F.conflicts(.similarParallel, in: Self.schedule(talks)).isEmpty)
    // Written on one side only, it holds both ways.
    let s = Self.schedule(talks, themes: Self.setTheme("y") { $0.apart = ["x"] })
    let found = F.conflicts(.similarParallel, in: s)
    #expect(found.count == 1)
    #expect(found.first?.start == F.time(9, 30))
    #expect(Score(s)[.similarParallel] == 30)
  }

  @Test func aTracksSessionsConsecutiveInOneRoom() {
    func session(_ id: String, _ room: String, _ hour: Int) -> Session {
      Session(
        id: id, title: id, theme: "x", at: Placement(date: F.d1, room: room, start: F.time(hour)),
        duration: 60)
    }
    var s = Self.schedule([], themes: Self.setTheme("x") { $0.consecutive = true })
    s.sessions = [session("A", "a", 14), session("B", "a", 15)]
    #expect(F.conflicts(.trackScattered, in: s).isEmpty)
    s.sessions = [session("A", "a", 14), session("B", "b", 15)]
    #expect(
      F.conflicts(.trackScattered, in: s).map(\.message) == [
        "session B does not follow the previous session of track x in its room"
      ])
  }

  @Test func theSolverHonoursTrackRoomsAndApart() {
    // Four talks of x and four of y, two rooms: the solver keeps x in Room A and never runs
    // y beside x.
    var talks: [Talk] = []
    for i in 0..<4 {
      talks.append(F.talk("x\(i)", duration: 60, theme: "x"))
      talks.append(F.talk("y\(i)", duration: 60, theme: "y"))
    }
    let s = Self.schedule(talks) { themes in
      Self.setTheme("x") {
        $0.rooms = ["a"]; $0.apart = ["y"]
      }(&themes)
    }
    let result = Solver.solve(s, options: SolverOptions(seed: 2, iterations: 20_000, exact: false))
    #expect(result.isComplete)
    #expect(result.score[.trackRooms] == 0)
    #expect(result.score[.similarParallel] == 0)
  }
}

/// Hybrid events: a remote presenter prefers their own daytime.
@Suite struct PresenterNightTests {
  typealias F = Fixture

  /// s1 presents from a clock five hours behind the venue.
  static func schedule(_ hour: Int) -> Schedule {
    var s = F.schedule([F.talk("t1", "a", hour, speakers: ["s1"])])
    s.speakers.modify(at: 0) {
      $0.zone = "America/New_York"
      $0.shifts = [F.d1: -300, F.d2: -300]
    }
    return s
  }

  @Test func aRemotePresentersNightIsAWarning() {
    // 09:00 at the venue is 04:00 in New York.
    let found = F.conflicts(.presenterNight, in: Self.schedule(9))
    #expect(
      found.map(\.message) == [
        "Speaker One presents t1 “Talk t1” at 04:00–05:00 on their clock (America/New_York)"
      ])
    #expect(found.first?.speaker == "s1")
    // 14:00 is 09:00 there.
    #expect(F.conflicts(.presenterNight, in: Self.schedule(14)).isEmpty)
    // A speaker at the venue has no such wish.
    #expect(
      F.conflicts(.presenterNight, in: F.schedule([F.talk("t1", "a", 9, speakers: ["s1"])])).isEmpty
    )
  }

  @Test func eachDayHasItsOwnShift() {
    // New York keeps winter time on the first day (six hours behind) and summer time on the
    // second (five): 13:30 at the venue is 07:30 there on the first day, 08:30 on the second.
    func schedule(on day: CalendarDate) -> Schedule {
      var s = F.schedule([F.talk("t1", "a", 13, 30, day: day, speakers: ["s1"])])
      s.speakers.modify(at: 0) {
        $0.zone = "America/New_York"
        $0.shifts = [F.d1: -360, F.d2: -300]
      }
      return s
    }
    let first = F.conflicts(.presenterNight, in: schedule(on: F.d1))
    #expect(first.map(\.message).first?.contains("07:30–08:30") == true)
    #expect(F.conflicts(.presenterNight, in: schedule(on: F.d2)).isEmpty)
  }

  @Test func theSolverMovesARemoteTalkIntoTheirDay() {
    var s = Self.schedule(9)
    s.talks.modify(at: 0) { $0.at = nil }
    let result = Solver.solve(s, options: SolverOptions(seed: 1, iterations: 5_000, exact: false))
    #expect(result.isComplete)
    #expect(result.score[.timeZones] == 0)
    #expect((result.schedule.talks[0].at?.start.minutes ?? 0) >= 13 * 60)
  }
}
