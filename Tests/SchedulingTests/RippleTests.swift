import Testing

@testable import Scheduling

/// Running late: the ripple across a break, stopped by a pin, past the closing, rooms
/// chosen, sessions carried along, and one undoable step.
@Suite struct RippleTests {
  typealias F = Fixture

  /// Room A on the first day: 09:00–10:00, 10:00–10:30 (the break is 10:30–11:00), 11:00–12:00.
  static func schedule(pinLast: Bool = false) -> Schedule {
    var s = F.schedule([
      F.talk("t1", "a", 9), F.talk("t2", "a", 10, duration: 30), F.talk("t3", "a", 11),
      F.talk("t4", "b", 9, 30), F.talk("early", "a", 8, 30, duration: 15),
    ])
    s.days.modify(at: 0) { $0.opens = F.time(8) }
    if pinLast { s.talks.modify(at: s.talks.index(of: "t3")!) { $0.pinned = true } }
    return s
  }

  func start(_ id: String, _ s: Schedule) -> TimeOfDay? { s.talks[id: id]?.at?.start }

  @Test func theRippleGoesPastTheBreak() throws {
    let s = Self.schedule()
    let ripple = try Ripple.plan(s, date: F.d1, from: 9 * 60, by: 20, rooms: ["a"])
    var after = s
    _ = try ripple.edit.apply(to: &after)
    #expect(start("early", after) == F.time(8, 30))
    #expect(start("t1", after) == F.time(9, 30))  // 09:20 is between grid times: 09:30
    // 10:30 would run into the break: after it, at 11:00; t3 follows at 11:30.
    #expect(start("t2", after) == F.time(11))
    #expect(ripple.moves.first { $0.talk == "t2" }?.pastBreak == true)
    #expect(start("t3", after) == F.time(11, 30))
    #expect(start("t4", after) == F.time(9, 30))  // another room: not asked
    #expect(ConflictIndex(after).conflicts.filter { $0.severity == .error }.isEmpty)
  }

  @Test func aPinStopsTheRippleInItsRoom() throws {
    let s = Self.schedule(pinLast: true)
    let ripple = try Ripple.plan(s, date: F.d1, from: 9 * 60, by: 30)
    #expect(ripple.stoppedBy.map(\.talk) == ["t3"])
    var after = s
    _ = try ripple.edit.apply(to: &after)
    #expect(start("t3", after) == F.time(11))
    // t2 went past the break to 11:00, onto the pinned talk: a conflict the report shows.
    #expect(ConflictIndex(after).conflicts.contains { $0.kind == .roomOverlap })
    // Every room by default: t4 moved too, and 10:00–11:00 would cross the break.
    #expect(start("t4", after) == F.time(11))
  }

  @Test func aTalkThatWouldEndAfterClosingStays() throws {
    var s = Self.schedule()
    s.talks.modify(at: s.talks.index(of: "t3")!) { $0.at?.start = F.time(17) }
    let ripple = try Ripple.plan(s, date: F.d1, from: 17 * 60, by: 30, rooms: ["a"])
    #expect(ripple.pastClosing == ["t3"])
    #expect(ripple.moves.isEmpty)
  }

  @Test func sessionsMoveWithTheirFirstTalk() throws {
    var s = Self.schedule()
    s.sessions = [
      Session(
        id: "S", title: "S", at: Placement(date: F.d1, room: "a", start: F.time(11)),
        duration: 60, talks: ["t3"])
    ]
    let ripple = try Ripple.plan(s, date: F.d1, from: 11 * 60, by: 15, rooms: ["a"])
    var after = s
    _ = try ripple.edit.apply(to: &after)
    #expect(after.sessions[0].at?.start == F.time(11, 15))
    #expect(start("t3", after) == F.time(11, 15))
    #expect(!ConflictIndex(after).conflicts.contains { $0.kind == .sessionTime })
  }

  @Test func itIsOneUndoableStep() throws {
    let s = Self.schedule()
    var document = Document(s)
    let ripple = try Ripple.plan(s, date: F.d1, from: 9 * 60, by: 45)
    try document.perform(ripple.edit, label: "late")
    #expect(document.schedule != s)
    document.undo()
    #expect(document.schedule == s)
  }

  @Test func badArgumentsAreRefused() {
    let s = Self.schedule()
    #expect(throws: EditError.self) {
      try Ripple.plan(s, date: F.d2.adding(days: 5), from: 0, by: 5)
    }
    #expect(throws: EditError.self) {
      try Ripple.plan(s, date: F.d1, from: 0, by: 5, rooms: ["zz"])
    }
    #expect(throws: EditError.self) { try Ripple.plan(s, date: F.d1, from: 0, by: 0) }
  }
}
