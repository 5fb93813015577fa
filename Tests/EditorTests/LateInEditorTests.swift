import Testing

@testable import Editor
@testable import Scheduling
@testable import Terminal

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
