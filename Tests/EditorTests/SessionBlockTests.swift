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

/// `>` in the editor: running late from the talk under the cursor, one undoable step.
@Suite struct LateInEditorTests {
  @Test func greaterThanShiftsTheRoomFromTheSelectedTalkAndUndoRestores() throws {
    var state = Sample.state()
    let original = state.schedule
    let talk = try #require(
      original.talks.first {
        $0.at?.date == original.days[0].date && $0.at?.start == TimeOfDay(hour: 16, minute: 30)
          && !$0.pinned && $0.at?.room == "plenary"
      })
    state.cursor = GridCursor(
      room: original.rooms.index(of: "plenary")!, row: state.row(ofTime: 16 * 60 + 30))
    #expect(state.selectedTalk == talk.id)
    press([.character(">")], &state)
    guard case .prompt = state.mode else {
      Issue.record("no prompt")
      return
    }
    type("15", &state)
    press([.enter], &state)
    #expect(state.schedule.talks[id: talk.id]?.at?.start == TimeOfDay(hour: 16, minute: 45))
    #expect(state.message?.text.contains("moved 15 minutes later from 16:30") == true)
    press([.character("u")], &state)
    #expect(state.schedule == original)
    // Every room with a star.
    press([.character(">")], &state)
    type("15*", &state)
    press([.enter], &state)
    #expect(state.schedule.talks[id: "w-clusters"]?.at?.start == TimeOfDay(hour: 16, minute: 45))
    press([.character(">")], &state)
    type("soon", &state)
    press([.enter], &state)
    #expect(state.message?.kind == .error)
  }
}

/// `V`: the talks changed since the last release, marked on the grid.
@Suite struct ChangeMarkTests {
  @Test func vMarksWhatChangedSinceTheLastRelease() throws {
    var schedule = Sample.schedule
    schedule.releases = [Release(of: schedule, name: "v1", time: "20100301T090000Z")]
    var state = EditorState(
      schedule: schedule, file: "forum.yaml", width: 120, height: 40, color: true, unicode: true)
    press([.character("V")], &state)
    #expect(state.message?.text == "Δ marks the 0 talks changed since v1")
    // The message says Δ once; a marked block would say it again.
    func marks(_ state: EditorState) -> Int { view(state).text.filter { $0 == "Δ" }.count }
    #expect(marks(state) == 1)
    // Retitle a talk of the first day: a change calendars would show.
    var talk = try #require(
      schedule.talks.first { !$0.pinned && $0.at?.date == schedule.days[0].date })
    talk.title = "A new title"
    try state.document.perform(.updateTalk(talk), label: "retitle")
    press([.character("V"), .character("V")], &state)
    #expect(state.message?.text == "Δ marks the 1 talks changed since v1")
    state.cursor = GridCursor(
      room: schedule.rooms.index(of: talk.at!.room)!, row: state.row(ofTime: talk.at!.start.minutes)
    )
    state.scrollToCursor()
    #expect(marks(state) == 2)
    press([.character("V")], &state)
    #expect(marks(state) == 0)
  }

  @Test func withoutAReleaseVSaysSo() {
    var state = Sample.state()
    press([.character("V")], &state)
    #expect(state.message?.kind == .error)
    #expect(!state.marksChanges)
  }
}
