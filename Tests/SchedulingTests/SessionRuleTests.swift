import Testing

@testable import Scheduling

/// The session rules: a passing and a failing case each, through the public index.
@Suite struct SessionRuleTests {
  typealias F = Fixture

  /// A session in room `a` on the first day from 14:00 for two hours, chaired by s1.
  static func session(
    _ talks: [String], room: String = "a", hour: Int = 14, duration: Int = 120,
    theme: String? = "x", chair: String? = "s1", id: String = "S1"
  ) -> Session {
    Session(
      id: id, title: "Session \(id)", theme: theme, chair: chair,
      at: Placement(date: F.d1, room: room, start: F.time(hour)), duration: duration,
      talks: talks)
  }

  static func schedule(_ talks: [Talk], _ sessions: [Session], mixed: Bool = true) -> Schedule {
    var s = F.schedule(talks)
    s.sessions = Catalog(sessions)
    s.event.mixedTracks = mixed
    return s
  }

  @Test func talksInsideTheirSessionAreFine() {
    let s = Self.schedule(
      [F.talk("t1", "a", 14, theme: "x"), F.talk("t2", "a", 15, theme: "x")],
      [Self.session(["t1", "t2"])])
    #expect(ConflictIndex(s).conflicts.filter { $0.severity == .error }.isEmpty)
    #expect(s.problems.isEmpty)
  }

  @Test func sessionRoom() {
    let s = Self.schedule([F.talk("t1", "b", 14)], [Self.session(["t1"])])
    let found = F.conflicts(.sessionRoom, in: s)
    #expect(found.count == 1)
    #expect(found.first?.severity == .error)
    #expect(found.first?.message == "t1 “Talk t1” is in session S1, held in Room A")
  }

  @Test func sessionTime() {
    let ok = Self.schedule([F.talk("t1", "a", 15)], [Self.session(["t1"])])
    #expect(F.conflicts(.sessionTime, in: ok).isEmpty)
    let late = Self.schedule([F.talk("t1", "a", 15, 30)], [Self.session(["t1"])])
    let found = F.conflicts(.sessionTime, in: late)
    #expect(found.count == 1)
    #expect(
      found.first?.message
        == "t1 “Talk t1” runs 15:30–16:30, outside its session S1 (2010-03-14 14:00–16:00)")
    let otherDay = Self.schedule([F.talk("t1", "a", 14, day: F.d2)], [Self.session(["t1"])])
    #expect(F.conflicts(.sessionTime, in: otherDay).count == 1)
    var unplaced = Self.session(["t1"])
    unplaced.at = nil
    let loose = Self.schedule([F.talk("t1", "a", 14)], [unplaced])
    #expect(
      F.conflicts(.sessionTime, in: loose).first?.message
        == "t1 “Talk t1” is scheduled but its session S1 is not")
  }

  @Test func sessionOutsideTheDay() {
    let s = Self.schedule([], [Self.session([], hour: 17)])
    let found = F.conflicts(.sessionTime, in: s)
    #expect(found.map(\.message) == ["session S1 runs 17:00–19:00 but the day is open 09:00–18:00"])
  }

  @Test func sessionTaken() {
    let ok = Self.schedule([F.talk("t9", "a", 16)], [Self.session([])])
    #expect(F.conflicts(.sessionTaken, in: ok).isEmpty)
    let bad = Self.schedule([F.talk("t9", "a", 15, 30)], [Self.session([])])
    let found = F.conflicts(.sessionTaken, in: bad)
    #expect(found.count == 1)
    #expect(
      found.first?.message == "t9 “Talk t9” is in Room A while session S1 holds it (14:00–16:00)")
    let two = Self.schedule(
      [], [Self.session([]), Self.session([], hour: 15, chair: "s2", id: "S2")])
    #expect(
      F.conflicts(.sessionTaken, in: two).map(\.message)
        == ["sessions S1 and S2 both hold Room A from 15:00 to 16:00"])
  }

  @Test func chairBusy() {
    let ok = Self.schedule(
      [F.talk("t1", "a", 14, speakers: ["s1"]), F.talk("t2", "b", 16, speakers: ["s1"])],
      [Self.session(["t1"])])
    #expect(F.conflicts(.chairBusy, in: ok).isEmpty)
    let speaking = Self.schedule(
      [F.talk("t2", "b", 15, speakers: ["s1"])], [Self.session([])])
    let found = F.conflicts(.chairBusy, in: speaking)
    #expect(found.count == 1)
    #expect(found.first?.speaker == "s1")
    #expect(
      found.first?.message
        == "Speaker One chairs session S1 (14:00–16:00) but speaks in t2 “Talk t2” at the same time"
    )
    let twice = Self.schedule(
      [], [Self.session([]), Self.session([], room: "b", hour: 15, id: "S2")])
    #expect(
      F.conflicts(.chairBusy, in: twice).map(\.message)
        == ["Speaker One chairs sessions S1 and S2 at the same time"])
    // s3 is unavailable 14:00–15:00 on the first day.
    let away = Self.schedule([], [Self.session([], chair: "s3")])
    #expect(
      F.conflicts(.chairBusy, in: away).map(\.message)
        == ["Speaker Three chairs session S1 (14:00–16:00) but is unavailable then"])
  }

  @Test func sessionOrder() {
    let ok = Self.schedule(
      [F.talk("t1", "a", 14), F.talk("t2", "a", 15)], [Self.session(["t1", "t2"])])
    #expect(F.conflicts(.sessionOrder, in: ok).isEmpty)
    let bad = Self.schedule(
      [F.talk("t1", "a", 15), F.talk("t2", "a", 14)], [Self.session(["t1", "t2"])])
    let found = F.conflicts(.sessionOrder, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.severity == .warning)
    #expect(found.first?.message == "session S1 lists t1 “Talk t1” before t2 but it runs after it")
  }

  @Test func mixedTrackOnlyWhenTheFileForbidsIt() {
    let talks = [F.talk("t1", "a", 14, theme: "y")]
    #expect(F.conflicts(.mixedTrack, in: Self.schedule(talks, [Self.session(["t1"])])).isEmpty)
    let strict = Self.schedule(talks, [Self.session(["t1"])], mixed: false)
    let found = F.conflicts(.mixedTrack, in: strict)
    #expect(found.map(\.message) == ["t1 “Talk t1” is not of track x of its session S1"])
    #expect(found.first?.severity == .error)
    let same = Self.schedule(
      [F.talk("t1", "a", 14, theme: "x")], [Self.session(["t1"])], mixed: false)
    #expect(F.conflicts(.mixedTrack, in: same).isEmpty)
  }

  @Test func aTalkBelongsToOneSession() {
    let s = Self.schedule(
      [F.talk("t1", "a", 14)],
      [Self.session(["t1"]), Self.session(["t1"], room: "b", chair: nil, id: "S2")])
    #expect(s.problems.map(\.problem.description) == ["talks[0]: t1 is already in session S1"])
  }
}

/// The solver leaves out rules that cannot fire: none of them may report anything.
@Suite struct RulesThatCannotFireTests {
  @Test(arguments: [1, 2, 3] as [UInt64])
  func aRuleThatCannotFireFindsNothing(seed: UInt64) {
    let plain = Generator.event(.forum, seed: seed)
    let sessions = Generator.withSessions(plain, seed: seed)
    for schedule in [plain, sessions, Fixture.schedule([])] {
      let index = ConflictIndex(schedule)
      let silent = RuleBook.standard.rules.indices.filter {
        !RuleBook.standard.rules[$0].canFire(in: index.tables)
      }
      #expect(!silent.isEmpty)
      #expect(index.findings.allSatisfy { !silent.contains($0.rule) })
      // Every talk at every start of the first room: still nothing.
      for t in schedule.talks.indices {
        for start in index.tables.days[0].grid.starts() {
          let found = index.findings(
            of: t, at: Position(day: 0, room: 0, start: start), only: silent)
          #expect(found.isEmpty)
        }
      }
    }
  }
}
