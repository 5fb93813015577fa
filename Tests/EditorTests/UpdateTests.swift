import Testing

@testable import Editor
@testable import Scheduling
@testable import Terminal

@Suite struct UpdateTests {
  func talk(_ id: String, _ state: EditorState) -> Talk { state.schedule.talks[id: id]! }

  /// Searches with `/`, as an organizer types it.
  func search(_ query: String, _ state: inout EditorState) {
    press([.character("/")], &state)
    type(query, &state)
    press([.enter], &state)
  }

  @Test func arrowsAndViKeysMoveTheCursor() {
    var state = Sample.state()
    press([.down, .character("j"), .right, .character("l")], &state)
    #expect(state.cursor == GridCursor(room: 2, row: 2))
    press([.up, .character("k"), .left, .character("h")], &state)
    #expect(state.cursor == GridCursor(room: 0, row: 0))
    press([.left, .up], &state)
    #expect(state.cursor == GridCursor(room: 0, row: 0))
    press([.end], &state)
    #expect(state.time(ofRow: state.cursor.row) == 18 * 60 + 15)
    press([.home], &state)
    #expect(state.time(ofRow: state.cursor.row) == 9 * 60)
    press([.pageDown], &state)
    #expect(state.cursor.row == state.layout.gridRows)
  }

  @Test func daysSwitchByTabAndNumberKeepingTheTime() {
    var state = Sample.state()
    press([.down, .down, .down, .down], &state)
    press([.tab], &state)
    #expect(state.day == 1)
    #expect(state.time(ofRow: state.cursor.row) == 10 * 60)
    press([.tab], &state)
    #expect(state.day == 0)
    press([.backTab], &state)
    #expect(state.day == 1)
    press([.character("1")], &state)
    #expect(state.day == 0)
    let effects = press([.character("7")], &state)
    #expect(state.day == 0)
    #expect(state.message?.kind == .error)
    #expect(effects.contains { if case .beep = $0 { return true } else { return false } })
  }

  @Test func goToATime() {
    var state = Sample.state()
    press([.character("g")], &state)
    type("14:15", &state)
    press([.enter], &state)
    #expect(state.time(ofRow: state.cursor.row) == 14 * 60 + 15)
    #expect(state.mode == .normal)
  }

  /// The cursor on the Atlas room at 11:15 on the first day: t-clusters-1.
  func onClusters(_ state: inout EditorState) {
    jump(to: talk("t-clusters-1", state).at!, &state)
  }

  @Test func carryAndDropMovesATalkAsOneUndoableStep() {
    var state = Sample.state()
    onClusters(&state)
    #expect(state.selectedTalk == "t-clusters-1")
    press([.enter], &state)
    #expect(state.carried == "t-clusters-1")
    #expect(state.fits != nil)
    // 10:00 in the Atlas room is free for 45 minutes before the coffee break.
    press([.up, .up, .up, .up, .up], &state)
    #expect(state.time(ofRow: state.cursor.row) == 10 * 60)
    #expect(state.fits?.fits(room: state.cursor.room, row: state.cursor.row) == true)
    #expect(preview(state).isEmpty)
    let effects = press([.enter], &state)
    #expect(state.mode == .normal)
    #expect(talk("t-clusters-1", state).at?.start == TimeOfDay(hour: 10, minute: 0))
    #expect(state.message?.text == "Moved t-clusters-1 to Sun 14 Mar 10:00 Atlas room")
    #expect(state.dirty)
    #expect(effects.contains { if case .writeJournal = $0 { return true } else { return false } })
    press([.character("u")], &state)
    #expect(talk("t-clusters-1", state).at?.start == TimeOfDay(hour: 11, minute: 15))
    #expect(!state.dirty)
    press([.control("r")], &state)
    #expect(talk("t-clusters-1", state).at?.start == TimeOfDay(hour: 10, minute: 0))
    press([.control("z")], &state)
    press([.control("y")], &state)
    #expect(talk("t-clusters-1", state).at?.start == TimeOfDay(hour: 10, minute: 0))
  }

  @Test func carryingShowsWhatADropWouldCause() {
    var state = Sample.state()
    onClusters(&state)
    press([.character("m"), .down, .down, .down], &state)
    let effects = preview(state)
    #expect(effects.contains("error: room-overlap with t-clusters-2"))
    #expect(state.fits?.fits(room: state.cursor.room, row: state.cursor.row) == false)
    press([.escape], &state)
    #expect(state.mode == .normal)
    #expect(talk("t-clusters-1", state).at?.start == TimeOfDay(hour: 11, minute: 15))
    #expect(!state.dirty)
  }

  @Test func carryingAcrossDays() {
    var state = Sample.state()
    onClusters(&state)
    press([.enter, .tab], &state)
    #expect(state.fits?.day == 1)
    press([.enter], &state)
    #expect(talk("t-clusters-1", state).at?.date == CalendarDate(iso: "2010-03-15"))
  }

  @Test func pinnedTalksCannotBePickedUp() {
    var state = Sample.state()
    #expect(state.selectedTalk == "opening")
    press([.enter], &state)
    #expect(state.mode == .normal)
    #expect(state.message?.text == "opening is pinned: unpin it (p) first")
    press([.character("p")], &state)
    #expect(talk("opening", state).pinned == false)
    press([.character("m")], &state)
    #expect(state.carried == "opening")
  }

  @Test func swapTwoTalks() {
    var state = Sample.state()
    onClusters(&state)
    press([.character("s"), .right], &state)
    #expect(state.selectedTalk == "t-ip-1")
    press([.character("s")], &state)
    #expect(talk("t-clusters-1", state).at?.room == "casbah")
    #expect(talk("t-ip-1", state).at?.room == "atlas")
    #expect(state.message?.text == "Swapped t-clusters-1 and t-ip-1")
  }

  @Test func unscheduleAndPlaceFromThePanel() {
    var state = Sample.state()
    onClusters(&state)
    press([.character("x")], &state)
    #expect(talk("t-clusters-1", state).at == nil)
    press([.character("U")], &state)
    #expect(state.panelFocused)
    #expect(state.unscheduledTalks.contains("t-clusters-1"))
    let i = state.unscheduledTalks.firstIndex(of: "t-clusters-1")!
    for _ in 0..<i { press([.down], &state) }
    press([.enter], &state)
    #expect(state.carried == "t-clusters-1")
    #expect(!state.panelFocused)
    press([.enter], &state)
    #expect(talk("t-clusters-1", state).at != nil)
  }

  @Test func deleteAsksFirstAndKeepsOtherTalksConsistent() {
    var state = Sample.state()
    press([.character("D")], &state)
    guard case .question(let question) = state.mode else {
      Issue.record("no question")
      return
    }
    #expect(question.text.hasPrefix("Delete opening"))
    press([.character("n")], &state)
    #expect(state.schedule.talks.contains(id: "opening"))
    press([.character("D"), .character("y")], &state)
    #expect(!state.schedule.talks.contains(id: "opening"))
    // k-aidmo was to come after the opening: that wish went with it.
    #expect(talk("k-aidmo", state).after.isEmpty)
    press([.character("u")], &state)
    #expect(state.schedule == Sample.schedule)
  }

  @Test func editFormChangesFieldsAndValidates() {
    var state = Sample.state()
    onClusters(&state)
    press([.character("e")], &state)
    guard case .form(let form) = state.mode else {
      Issue.record("no form")
      return
    }
    #expect(form.text("title") == "Industrial clusters in the Maghreb: lessons from Tunisia")
    // The title field: clear it and type a new one.
    press([.down, .control("u")], &state)
    type("Clusters in the Maghreb", &state)
    // Duration: a value off the grid is refused.
    guard case .form(let f2) = state.mode,
      let duration = f2.fields.firstIndex(where: { $0.key == "duration" })
    else { return }
    for _ in 0..<(duration - 1) { press([.down], &state) }
    press([.control("u")], &state)
    type("50", &state)
    press([.control("s")], &state)
    guard case .form(let f3) = state.mode else {
      Issue.record("the form closed on an invalid duration")
      return
    }
    #expect(f3.error?.description == "50 minutes is not a multiple of the slot (15 minutes)")
    press([.control("u")], &state)
    type("60", &state)
    press([.control("s")], &state)
    #expect(state.mode == .normal)
    #expect(talk("t-clusters-1", state).title == "Clusters in the Maghreb")
    #expect(talk("t-clusters-1", state).duration == 60)
    #expect(
      talk("t-clusters-1", state).titles["ar"]
        == Sample.schedule.talks[id: "t-clusters-1"]!.titles["ar"])
    press([.character("u")], &state)
    #expect(state.schedule == Sample.schedule)
  }

  @Test func formPicksSpeakersAndAddsNewOnes() {
    var state = Sample.state()
    onClusters(&state)
    press([.character("e")], &state)
    guard case .form(let form) = state.mode,
      let i = form.fields.firstIndex(where: { $0.key == "speakers" })
    else { return }
    for _ in 0..<i { press([.down], &state) }
    press([.enter], &state)
    guard case .picker = state.mode else {
      Issue.record("no picker")
      return
    }
    type("Nadia", &state)
    press([.enter], &state)
    guard case .form(let after) = state.mode else { return }
    #expect(after.many("speakers") == ["s-karoui", "s-alaoui"])
    // A new speaker, typed by name.
    press([.enter], &state)
    type("Karim Benali", &state)
    press([.enter], &state)
    press([.control("s")], &state)
    #expect(talk("t-clusters-1", state).speakers == ["s-karoui", "s-alaoui", "s-karim-benali"])
    #expect(state.schedule.speakers[id: "s-karim-benali"]?.name == "Karim Benali")
    // One undo takes back the talk and the new speaker together.
    press([.character("u")], &state)
    #expect(state.schedule == Sample.schedule)
  }

  @Test func addATalk() {
    var state = Sample.state()
    press([.character("a")], &state)
    guard case .form = state.mode else { return }
    press([.control("u")], &state)
    type("t-new", &state)
    press([.down], &state)
    type("A new talk", &state)
    press([.control("s")], &state)
    #expect(state.schedule.talks[id: "t-new"]?.title == "A new talk")
    #expect(state.schedule.talks[id: "t-new"]?.at == nil)
    #expect(state.unscheduledTalks.contains("t-new"))
    #expect(state.panel == .unscheduled)
  }

  @Test func roomsThemesAndDaysHaveTheirLists() {
    var state = Sample.state()
    press([.character("R")], &state)
    #expect(state.mode == .list(ListEditor(kind: .rooms)))
    // Edit the Tassili room's capacity.
    press([.down, .down, .down, .enter], &state)
    guard case .form(let form) = state.mode,
      let i = form.fields.firstIndex(where: { $0.key == "capacity" })
    else {
      Issue.record("no room form")
      return
    }
    for _ in 0..<i { press([.down], &state) }
    press([.control("u")], &state)
    type("45", &state)
    press([.control("s")], &state)
    #expect(state.schedule.rooms[id: "tassili"]?.capacity == 45)
    #expect(state.mode == .list(ListEditor(kind: .rooms, cursor: 3)))
    // Add a room.
    press([.character("a")], &state)
    type("dome", &state)
    press([.down], &state)
    type("Dome room", &state)
    press([.tab, .tab, .tab], &state)
    type("120", &state)
    press([.control("s")], &state)
    #expect(state.schedule.rooms[id: "dome"]?.capacity == 120)
    // Delete the Casbah room: its talks become unscheduled.
    #expect(state.mode == .list(ListEditor(kind: .rooms, cursor: 4)))
    press([.up, .up, .character("D")], &state)
    press([.character("y")], &state)
    #expect(state.schedule.rooms[id: "casbah"] == nil)
    #expect(state.schedule.talks[id: "t-ip-1"]?.at == nil)
    press([.escape, .character("u")], &state)
    #expect(state.schedule.rooms[id: "casbah"] != nil)
    // Days: change the closing hour and the breaks.
    press([.character("Y"), .enter, .down], &state)
    press([.down, .control("u")], &state)
    type("19:00", &state)
    press([.control("s")], &state)
    #expect(state.schedule.days[0].closes == TimeOfDay(hour: 19, minute: 0))
    press([.escape, .character("T"), .character("a")], &state)
    type("green", &state)
    press([.down], &state)
    type("Green industry", &state)
    press([.control("s")], &state)
    #expect(state.schedule.themes[id: "green"]?.name == "Green industry")
  }

  @Test func searchFindsTitlesSpeakersAndIdsIgnoringAccents() {
    var state = Sample.state()
    search("cherif", &state)
    // Amine Chérif speaks in w-ict-1 (14 Mar), t-ict-2 (14 Mar) and p-ict (15 Mar).
    #expect(state.selectedTalk == "w-ict-1")
    press([.character("n")], &state)
    #expect(state.selectedTalk == "t-ict-2")
    press([.character("n")], &state)
    #expect(state.selectedTalk == "p-ict")
    #expect(state.day == 1)
    press([.character("N")], &state)
    #expect(state.selectedTalk == "t-ict-2")
    press([.character("/")], &state)
    press([.control("u")], &state)
    type("الحرف", &state)
    press([.enter], &state)
    #expect(state.panel == .unscheduled)
    #expect(state.selectedTalk == "t-crafts")
  }

  /// The search folds as the importer does: "joao" finds "João", "الاسلامي" finds "الإسلامي".
  @Test func searchFoldsLikeTheImporter() {
    var schedule = Sample.schedule
    let talk = schedule.talks.first { $0.at != nil && !$0.speakers.isEmpty }!
    var speaker = schedule.speakers[id: talk.speakers[0]]!
    speaker.name = "João Ñúñez"
    schedule.speakers.update(speaker)
    var state = EditorState(schedule: schedule, file: "f.yaml", width: 120, height: 40)
    search("joao nunez", &state)
    #expect(state.message?.kind != .error, "\(String(describing: state.message))")
    #expect(
      state.selectedTalk.map { schedule.talks[id: $0]!.speakers.contains(speaker.id) } == true)
  }

  @Test func filterByTheme() {
    var state = Sample.state()
    press([.character("f")], &state)
    type("clusters", &state)
    press([.enter], &state)
    #expect(state.themeFilter == "clusters")
    press([.character("f"), .enter], &state)
    #expect(state.themeFilter == nil)
  }

  @Test func nextConflictJumpsToErrorsFirst() {
    var schedule = Sample.schedule
    schedule.talks.modify(at: schedule.talks.index(of: "t-ip-2")!) {
      $0.at = Placement(
        date: CalendarDate(iso: "2010-03-15")!, room: "atlas",
        start: TimeOfDay(hour: 14, minute: 0)!)
    }
    var state = EditorState(schedule: schedule, file: "f.yaml", width: 120, height: 40)
    press([.character("c")], &state)
    #expect(state.day == 1)
    #expect(state.selectedTalk == "t-ip-3" || state.selectedTalk == "t-ip-2")
    #expect(state.message?.text.contains("both in Atlas room") == true)
  }

  @Test func languageCyclesThroughTheFilesLanguages() {
    var state = Sample.state()
    #expect(state.language == "en")
    press([.character("L")], &state)
    #expect(state.language == "ar")
    press([.character("L")], &state)
    #expect(state.language == "fr")
    press([.character("L")], &state)
    #expect(state.language == "en")
  }

  @Test func saveAndQuit() {
    var state = Sample.state()
    var effects = press([.character("w")], &state)
    guard case .save(_, false, false)? = effects.first else {
      Issue.record("no save effect")
      return
    }
    effects = press([.character("q")], &state)
    #expect(state.mode == .quitting)
    #expect(effects.contains { if case .quit = $0 { return true } else { return false } })
  }

  @Test func quittingWithUnsavedChangesAsks() {
    var state = Sample.state()
    press([.character("p")], &state)
    press([.character("q")], &state)
    guard case .question(let question) = state.mode else {
      Issue.record("no question")
      return
    }
    #expect(question.purpose == .quit)
    press([.character("c")], &state)
    #expect(state.mode == .normal)
    press([.character("q")], &state)
    let effects = press([.character("s")], &state)
    guard case .save(_, false, true)? = effects.first else {
      Issue.record("no save before quitting")
      return
    }
    let after = update(&state, .saved(state.schedule))
    #expect(after.contains { if case .quit = $0 { return true } else { return false } })
  }

  @Test func aFileChangedOnDiskAsksBeforeSaving() {
    var state = Sample.state()
    press([.character("p")], &state)
    _ = update(&state, .diskChanged(quitAfter: false))
    guard case .question = state.mode else {
      Issue.record("no question")
      return
    }
    let effects = press([.character("o")], &state)
    guard case .save(_, true, false)? = effects.first else {
      Issue.record("no forced save")
      return
    }
    _ = update(&state, .diskChanged(quitAfter: false))
    let reload = press([.character("r")], &state)
    guard case .reload? = reload.first else {
      Issue.record("no reload")
      return
    }
    _ = update(&state, .reloaded(Sample.schedule))
    #expect(!state.dirty)
  }

  @Test func aRecoveredJournalIsOfferedAndRestored() {
    var state = Sample.state()
    var changed = Sample.schedule
    changed.talks.modify(at: 0) { $0.pinned = false }
    state.recovered = changed
    state.mode = .question(
      Question(purpose: .restoreJournal, text: "", answers: [("r", "restore"), ("d", "discard")]))
    press([.character("r")], &state)
    #expect(state.schedule == changed)
    #expect(state.dirty)
  }

  @Test func readOnlyRefusesChanges() {
    var state = Sample.state()
    state.mode = .question(
      Question(purpose: .lockedElsewhere(pid: 1), text: "", answers: [("r", ""), ("q", "")]))
    press([.character("r")], &state)
    #expect(state.readOnly)
    press([.character("p")], &state)
    #expect(state.schedule == Sample.schedule)
    #expect(state.message?.text.hasPrefix("Read-only") == true)
    let effects = press([.character("w")], &state)
    #expect(!effects.contains { if case .save = $0 { return true } else { return false } })
  }

  @Test func theSolverFillsAsOneUndoableStep() {
    var schedule = Sample.schedule
    for i in schedule.talks.indices where !schedule.talks[i].pinned {
      schedule.talks.modify(at: i) { $0.at = nil }
    }
    var state = EditorState(schedule: schedule, file: "f.yaml", width: 120, height: 40)
    let effects = press([.character("S")], &state)
    guard case .solve(let input)? = effects.first else {
      Issue.record("no solve effect")
      return
    }
    #expect(state.mode == .solving(nil))
    let result = Solver.solve(
      input, options: SolverOptions(iterations: 2_000, keep: true, exact: false))
    _ = update(&state, .solved(result))
    guard case .report(let report) = state.mode else {
      Issue.record("no report")
      return
    }
    #expect(report.lines.first?.hasPrefix("Placed ") == true)
    #expect(state.index.errorCount == 0)
    #expect(state.unscheduledTalks.isEmpty)
    press([.escape, .character("u")], &state)
    #expect(state.schedule == schedule)
  }

  /// Fault 22: after S on an event with no rooms, "Filling the schedule…" stayed on.
  @Test func fillingAnEventWithoutRoomsSaysWhy() {
    var schedule = Sample.schedule
    for i in schedule.talks.indices { schedule.talks.modify(at: i) { $0.at = nil } }
    for room in schedule.rooms.ids { schedule.rooms.remove(id: room) }
    var state = EditorState(schedule: schedule, file: "f.yaml", width: 120, height: 40)
    let effects = press([.character("S")], &state)
    #expect(!effects.contains { if case .solve = $0 { true } else { false } })
    #expect(state.mode == .normal)
    #expect(state.message?.text.contains("no room") == true)
  }

  @Test func aFillThatChangesNothingLeavesNoFillingMessage() {
    // Every talk that is not cancelled has its place, without an error: nothing to do.
    var schedule = Sample.schedule
    for i in schedule.talks.indices where schedule.talks[i].at == nil {
      schedule.talks.modify(at: i) { $0.status = .cancelled }
    }
    var state = EditorState(schedule: schedule, file: "f.yaml", width: 120, height: 40)
    let effects = press([.character("S")], &state)
    guard case .solve(let input)? = effects.first else {
      Issue.record("no solve effect")
      return
    }
    let result = Solver.solve(
      input, options: SolverOptions(iterations: 1_000, keep: true, exact: false))
    #expect(result.moves.isEmpty)
    _ = update(&state, .solved(result))
    press([.escape], &state)
    #expect(state.message?.text.contains("Filling") == false)
  }

  /// Fault 18: a schedule without days could not be saved; the editor never makes one.
  @Test func theLastDayCannotBeDeleted() {
    var schedule = Sample.schedule
    for i in schedule.talks.indices { schedule.talks.modify(at: i) { $0.at = nil } }
    for i in schedule.speakers.indices { schedule.speakers.modify(at: i) { $0.unavailable = [] } }
    var state = EditorState(schedule: schedule, file: "f.yaml", width: 120, height: 40)
    press([.character("Y"), .character("D"), .character("y")], &state)
    #expect(state.schedule.days.count == 1)
    press([.character("D"), .character("y")], &state)
    #expect(state.schedule.days.count == 1)
    #expect(state.message?.text.contains("at least one day") == true)
  }

  @Test func helpListsEveryBinding() {
    var state = Sample.state()
    press([.character("?")], &state)
    guard case .report(let report) = state.mode else {
      Issue.record("no help")
      return
    }
    for binding in Keymap.bindings where binding.command != .dayByNumber {
      #expect(report.lines.contains { $0.contains(binding.help) }, "\(binding.command)")
    }
    press([.escape], &state)
    #expect(state.mode == .normal)
  }

  @Test func theKeymapHasNoConflictingKeys() {
    for context in KeyContext.allCases {
      var seen: [Key: Command] = [:]
      for binding in Keymap.bindings where binding.contexts.contains(context) {
        for key in binding.keys {
          if let other = seen[key] {
            Issue.record("\(key.name) is both \(other) and \(binding.command) in \(context)")
          }
          seen[key] = binding.command
        }
      }
    }
  }

  @Test func mouseSelectsScrollsAndSwitchesDays() {
    var state = Sample.state()
    let layout = state.layout
    _ = update(&state, .key(.mouse(Mouse(.press, x: layout.roomX(1) + 2, y: layout.gridTop + 9))))
    #expect(state.selectedTalk == "t-clusters-1")
    let tab = dayTabRanges(state)[1]
    _ = update(&state, .key(.mouse(Mouse(.press, x: tab.lowerBound + 1, y: 1))))
    #expect(state.day == 1)
    _ = update(&state, .key(.mouse(Mouse(.wheelDown, x: 10, y: 10))))
    let rows = state.dayRows(1).count
    #expect(state.scrollRow == min(3, rows - state.layout.gridRows))
    #expect(state.scrollRow > 0)
  }

  @Test func resizeRelaysOutAndKeepsTheCursorVisible() {
    var state = Sample.state()
    press([.end], &state)
    _ = update(&state, .resize(width: 60, height: 16))
    #expect(state.cursor.row >= state.scrollRow)
    #expect(state.cursor.row < state.scrollRow + state.layout.gridRows)
  }
}

extension UpdateTests {
  /// The search prompt offers the last query selected: typing replaces it, an arrow keeps it
  /// to be edited.
  @Test func theLastQueryIsOfferedSelected() {
    var state = Sample.state()
    search("franchise", &state)
    #expect(state.searchQuery == "franchise")
    press([.character("/")], &state)
    guard case .prompt(let prompt) = state.mode else {
      Issue.record("no prompt")
      return
    }
    #expect(prompt.field.isSelected && prompt.field.text == "franchise")
    type("Karoui", &state)
    press([.enter], &state)
    #expect(state.searchQuery == "Karoui")
    press([.character("/"), .end], &state)
    type("s", &state)
    press([.enter], &state)
    #expect(state.searchQuery == "Karouis")
    press([.character("/"), .backspace, .enter], &state)
    #expect(state.searchQuery == nil)
  }
}

/// The speaker directory (`K`): the week before the event, a speaker becomes unavailable.
extension UpdateTests {
  func speakerList(_ state: inout EditorState, at id: String) {
    press([.character("K")], &state)
    let index = state.schedule.speakers.index(of: id)!
    press(Array(repeating: .down, count: index), &state)
  }

  /// Accepts the open form, which the test expects refused: the form still open, or nil
  /// (and an issue) when it was accepted.
  func refusedForm(_ state: inout EditorState, _ what: String) -> Form? {
    press([.control("s")], &state)
    guard case .form(let form) = state.mode else {
      Issue.record("\(what) was accepted")
      return nil
    }
    return form
  }

  func focus(_ key: String, _ state: inout EditorState) {
    guard case .form(let form) = state.mode,
      let i = form.fields.firstIndex(where: { $0.key == key })
    else {
      Issue.record("no field \(key)")
      return
    }
    press(Array(repeating: i > form.focus ? .down : .up, count: abs(i - form.focus)), &state)
  }

  @Test func aSpeakersUnavailabilityIsRecordedInTheDirectory() throws {
    var state = Sample.state()
    let talk = try #require(state.schedule.talks.first { !$0.speakers.isEmpty && $0.at != nil })
    let speaker = talk.speakers[0]
    let at = talk.at!
    let errors = state.index.errorCount
    speakerList(&state, at: speaker)
    press([.enter], &state)
    focus("unavailable", &state)
    press([.control("u")], &state)
    type("\(at.date.iso) \(at.start)-\(TimeOfDay(minutes: at.start.minutes + 15)!)", &state)
    press([.control("s")], &state)
    guard case .list = state.mode else {
      Issue.record("the form did not go back to the list: \(state.message?.text ?? "")")
      return
    }
    let away = try #require(state.schedule.speakers[id: speaker]?.unavailable.last)
    #expect(away.date == at.date && away.from == at.start)
    // The talk now clashes with the speaker's absence: a new error, undone in one step.
    #expect(state.index.errorCount > errors)
    press([.escape, .character("u")], &state)
    #expect(state.schedule == Sample.schedule)
  }

  @Test func aSpeakerWithTalksIsNotDeletedAndOneWithoutIs() throws {
    var state = Sample.state()
    let named = try #require(
      state.schedule.speakers.first { s in
        state.schedule.talks.contains { $0.speakers.contains(s.id) }
      })
    speakerList(&state, at: named.id)
    press([.character("D")], &state)
    #expect(state.message?.kind == .error)
    #expect(state.message?.text.contains("take them out of those talks first") == true)
    #expect(state.schedule.speakers.contains(id: named.id))
    // A new speaker, added from the list, can go at once.
    press([.escape, .character("K"), .character("a")], &state)
    type("s-new", &state)
    press([.down], &state)
    type("Amina Belkacem", &state)
    focus("email", &state)
    type("amina at example", &state)
    guard let form = refusedForm(&state, "a bad email") else { return }
    #expect(form.errorField == "email")
    press([.control("u")], &state)
    type("amina@example.dz", &state)
    press([.control("s")], &state)
    #expect(state.schedule.speakers[id: "s-new"]?.email == "amina@example.dz")
    guard case .list(let list) = state.mode else {
      Issue.record("not back in the list")
      return
    }
    #expect(list.cursor == state.schedule.speakers.index(of: "s-new"))
    press([.character("D"), .character("y")], &state)
    #expect(!state.schedule.speakers.contains(id: "s-new"))
  }

  @Test func enterOnASpeakersTalkGoesToIt() throws {
    var state = Sample.state()
    let talk = try #require(
      state.schedule.talks.first {
        !$0.speakers.isEmpty && $0.at != nil && $0.at!.date != state.schedule.days[0].date
      })
    speakerList(&state, at: talk.speakers[0])
    press([.enter], &state)
    focus("talks", &state)
    guard case .form(let form) = state.mode else { return }
    let i = form.fields.firstIndex { $0.key == "talks" }!
    guard case .choice(let options, _, _) = form.fields[i].value else {
      Issue.record("no talks to choose")
      return
    }
    press(Array(repeating: .right, count: options.firstIndex(of: talk.id)!), &state)
    press([.enter], &state)
    #expect(state.mode == .normal)
    #expect(state.selectedTalk == talk.id)
    #expect(state.day == 1)
  }
}

extension UpdateTests {
  /// Every field of a talk is in its form, and what cannot be read is said on its field.
  @Test func theTalkFormHoldsEveryFieldOfATalk() throws {
    var state = Sample.state()
    onClusters(&state)
    press([.character("e")], &state)
    guard case .form(let form) = state.mode else {
      Issue.record("no form")
      return
    }
    let keys = Set(form.fields.map(\.key))
    for key in [
      "id", "title", "speakers", "theme", "kind", "duration", "audience", "needs", "status",
      "pinned", "at", "language", "prefer", "after", "abstract", "notes",
    ] {
      #expect(keys.contains(key), "\(key)")
    }
    focus("prefer", &state)
    type("tomorrow", &state)
    guard let refused = refusedForm(&state, "an unreadable preference") else { return }
    #expect(refused.errorField == "prefer")
    press([.control("u")], &state)
    type("2010-03-15 -12:00", &state)
    focus("at", &state)
    press([.control("u")], &state)
    type("2010-03-15 09:00 nowhere", &state)
    guard let unknownRoom = refusedForm(&state, "an unknown room") else { return }
    #expect(unknownRoom.errorField == "at")
    #expect(unknownRoom.error?.description.contains("nowhere is not a known room") == true)
    press([.control("u")], &state)
    type("2010-03-15 09:00 atlas", &state)
    focus("pinned", &state)
    press([.right, .control("s")], &state)
    let talk = state.schedule.talks[id: "t-clusters-1"]!
    #expect(talk.pinned)
    #expect(talk.at?.room == "atlas" && talk.at?.date.iso == "2010-03-15")
    #expect(
      talk.prefer == Preference(date: CalendarDate(iso: "2010-03-15"), to: TimeOfDay(minutes: 720)))
  }
}

extension UpdateTests {
  /// A cancelled talk is listed under the unscheduled ones, found by search, and restored
  /// with r to its former place, as one undoable step.
  @Test func aCancelledTalkCanBeFoundAndRestored() throws {
    var state = Sample.state()
    onClusters(&state)
    let at = talk("t-clusters-1", state).at!
    press([.character("e")], &state)
    focus("status", &state)
    let cancelled = TalkStatus.allCases.firstIndex(of: .cancelled)!
    let current = TalkStatus.allCases.firstIndex(of: talk("t-clusters-1", state).status)!
    press(Array(repeating: .right, count: (cancelled - current + 3) % 3), &state)
    press([.control("s")], &state)
    #expect(talk("t-clusters-1", state).status == .cancelled)
    #expect(state.cancelledTalks.contains("t-clusters-1"))
    // Gone from the grid, found by search: the panel shows it, and Enter says how to restore.
    search("t-clusters-1", &state)
    #expect(state.panel == .unscheduled && state.panelFocused)
    #expect(state.selectedTalk == "t-clusters-1")
    press([.enter], &state)
    #expect(state.message?.text.contains("r restores it") == true)
    press([.character("r")], &state)
    #expect(talk("t-clusters-1", state).status == .confirmed)
    #expect(talk("t-clusters-1", state).at == at)
    #expect(state.selectedTalk == "t-clusters-1")
    press([.character("u"), .character("u")], &state)
    #expect(state.schedule == Sample.schedule)
  }

  /// Tentative talks carry a mark on the grid, and the legend says what it means.
  @Test func tentativeTalksAreMarked() throws {
    var schedule = Sample.schedule
    schedule.talks.modify(at: schedule.talks.index(of: "t-clusters-1")!) { $0.status = .tentative }
    var state = EditorState(
      schedule: schedule, file: "f.yaml", width: 120, height: 40, color: false, unicode: true)
    onClusters(&state)
    press([.up], &state)
    let screen = view(state)
    #expect(screen.text.contains("? tentative"))
    let layout = state.layout
    let x = layout.roomX(state.schedule.rooms.index(of: talk("t-clusters-1", state).at!.room)!)
    let y =
      layout.gridTop + state.row(ofTime: talk("t-clusters-1", state).at!.start.minutes)
      - state.scrollRow
    #expect(screen[x, y].text == "?")
  }
}

extension UpdateTests {
  /// Carrying from the Unscheduled list shows the drop preview; fit marks tell a clean place
  /// (·) from one with a warning (~); the ghost leaves a break's label whole.
  @Test func carryingShowsThePreviewWarningsAndBreaks() throws {
    var state = Sample.state()
    press([.character("U")], &state)
    let id = try #require(state.selectedTalk)
    press([.enter], &state)
    #expect(state.carried == id)
    #expect(state.panel == .details)
    #expect(view(state).text.contains("Dropping at"))
    let fits = try #require(state.fits)
    #expect(fits.warned.contains(true), "no place with only a warning in the sample")
    var sawWarningMark = false
    for _ in 0..<3 {
      if view(state).text.contains("~") { sawWarningMark = true }
      press([.tab], &state)
    }
    #expect(sawWarningMark)
    // Onto the row before the coffee break: the break's label is not overwritten.
    let day = try #require(state.currentDay)
    let pause = try #require(day.breaks.first)
    state.cursor.row = state.row(ofTime: pause.start.minutes - state.schedule.event.slot)
    state.scrollToCursor()
    #expect(view(state).text.contains(pause.title))
  }
}
