import Testing

@testable import Editor
@testable import Scheduling
@testable import Terminal

/// Sessions in the editor: one block with its talks inside, carried whole with `M`, and
/// talks carried into and out of them.
@Suite struct SessionBlockTests {
  /// The sample in sessions, and one session of two talks or more.
  static let schedule: Schedule = {
    var s = Generator.withSessions(Sample.schedule, seed: 1)
    // A room nothing uses, to carry things to.
    _ = s.rooms.append(
      Room(id: "spare", name: "Spare", capacity: 900, features: ["interpretation", "projector"]))
    return s
  }()
  static let session = schedule.sessions.first { session in
    session.talks.count >= 2 && session.at != nil
      && session.talks.allSatisfy { !schedule.talks[id: $0]!.pinned }
  }!
  static let free = schedule.rooms.index(of: "spare")!

  /// The editor on the session's day with the cursor on `minute` in the session's room.
  func state(at minute: Int? = nil, room: String? = nil) -> EditorState {
    var state = EditorState(
      schedule: Self.schedule, file: "sessions.yaml", width: 120, height: 40, color: true,
      unicode: true)
    let at = Self.session.at!
    state.day = Self.schedule.days.index(of: at.date.iso)!
    state.cursor = GridCursor(
      room: Self.schedule.rooms.index(of: room ?? at.room)!,
      row: state.row(ofTime: minute ?? at.start.minutes))
    return state
  }

  @Test func theGridShowsTheSessionAsOneBlock() {
    var s = Self.schedule
    // Room for its title: the session runs a slot longer than its talks.
    s.sessions.modify(at: s.sessions.index(of: Self.session.id)!) { $0.duration += 15 }
    var state = state()
    state.document.reset(to: s)
    // On the block's empty last row: its title, and the details show the session.
    let end = Self.session.at!.start.minutes + Self.session.duration
    state.cursor.row = state.row(ofTime: end)
    state.scrollToCursor()
    let text = view(state).text
    #expect(text.contains("§ \(Self.session.title)"))
    #expect(text.contains("┃"))
    #expect(text.contains("Session \(Self.session.id)"))
    #expect(text.contains("M moves the session with its talks"))
  }

  @Test func carryingASessionMovesItsTalksAndUndoRestoresThem() throws {
    var state = state()
    press([.character("M")], &state)
    #expect(state.carriedSession == Self.session.id)
    // Drop it in a free room of the day.
    let at = Self.session.at!
    let free = Self.free
    state.cursor.room = free
    press([.enter], &state)
    #expect(state.mode == .normal)
    let moved = try #require(state.schedule.sessions[id: Self.session.id]?.at)
    #expect(moved.room == Self.schedule.rooms[free].id)
    for id in Self.session.talks {
      let before = Self.schedule.talks[id: id]!.at!
      let after = state.schedule.talks[id: id]!.at!
      #expect(after.room == moved.room)
      #expect(after.start.minutes - moved.start.minutes == before.start.minutes - at.start.minutes)
    }
    press([.character("u")], &state)
    #expect(state.schedule == Self.schedule)
  }

  @Test func aTalkDroppedInsideAnotherSessionJoinsItAndOutsideLeavesIt() throws {
    var state = state()
    let first = Self.session.talks[0]
    // Carry the session's first talk to an unused room: it leaves its session.
    press([.enter], &state)
    #expect(state.carried == first)
    let at = Self.session.at!
    let free = Self.free
    state.cursor.room = free
    #expect(view(state).text.contains("leaves session \(Self.session.id)"))
    press([.enter], &state)
    #expect(state.schedule.session(ofTalk: first) == nil)
    #expect(state.message?.text.contains("out of session \(Self.session.id)") == true)
    #expect(!state.index.conflicts.contains { $0.kind == .sessionTime || $0.kind == .sessionRoom })
    // And back to where it was: it joins again.
    state.cursor = GridCursor(
      room: Self.schedule.rooms.index(of: at.room)!, row: state.row(ofTime: at.start.minutes))
    state.cursor.room = free
    press([.enter], &state)
    state.cursor.room = Self.schedule.rooms.index(of: at.room)!
    press([.enter], &state)
    #expect(state.schedule.session(ofTalk: first)?.id == Self.session.id)
    #expect(state.schedule.talks[id: first]?.at == Self.schedule.talks[id: first]?.at)
    press([.character("u"), .character("u")], &state)
    #expect(state.schedule == Self.schedule)
  }

  @Test func mWithoutASessionSaysSo() {
    var state = state(room: "spare")
    #expect(state.selectedTalk == nil)
    press([.character("M")], &state)
    #expect(state.mode == .normal)
    #expect(state.message?.kind == .error)
  }
}
