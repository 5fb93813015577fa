import Testing

@testable import Editor
@testable import Formats
@testable import Scheduling
@testable import Terminal

/// The editor's words in French and Arabic, from the one catalog.
@Suite struct InterfaceLanguageTests {
  @Test func everyKeyAndContextIsInTheCatalog() {
    for binding in Keymap.bindings {
      let texts =
        [binding.help] + [binding.hint].compactMap { $0 }
        + Array(binding.helpIn.values) + Array(binding.hintIn.values)
      for text in texts { #expect(Interface.knows(text), "“\(text)”") }
    }
    for context in KeyContext.allCases { #expect(Interface.knows(context.title), "\(context)") }
  }

  @Test(arguments: [(InterfaceLanguage.fr, 120, 40), (.fr, 80, 24), (.ar, 120, 40), (.ar, 80, 24)])
  func theGridSpeaksTheInterfaceLanguage(ui: InterfaceLanguage, width: Int, height: Int) {
    var state = Sample.state(width: width, height: height)
    state.ui = ui
    state.bidi = ui.isRightToLeft ? .on : .off
    let screen = view(state)
    let text = screen.text
    #expect(!text.contains("errors"))
    #expect(!text.contains("? help"))
    #expect(
      text.contains(
        Bidi.visual(Interface.text("Tab day", in: ui), shape: true, rightToLeft: ui.isRightToLeft)))
    #expect(
      text.contains(
        Bidi.visual(CalendarNames.short(state.schedule.days[0].date, in: ui.rawValue), shape: true))
    )
    expectSnapshot(screen, "grid-\(ui.rawValue)-\(width)x\(height)")
  }

  @Test(arguments: [InterfaceLanguage.fr, .ar])
  func helpAndFormsSpeakTheInterfaceLanguage(ui: InterfaceLanguage) {
    var state = Sample.state(width: 120, height: 40)
    state.ui = ui
    press([.character("?")], &state)
    guard case .report(let report) = state.mode else {
      Issue.record("no help")
      return
    }
    #expect(report.title == Interface.text("Keys", in: ui))
    #expect(report.lines.contains { $0.contains(Interface.text("Move up a slot", in: ui)) })
    #expect(!report.lines.contains { $0.contains("Move up a slot") })
    press([.escape, .character("R"), .enter], &state)
    guard case .form(let form) = state.mode else {
      Issue.record("no room form")
      return
    }
    #expect(form.fields.map(\.label).contains(Interface.text("Capacity (seats)", in: ui)))
    #expect(form.title.hasPrefix(Interface.text("Room {1}", in: ui, "").trimmed))
  }
}

extension InterfaceLanguageTests {
  /// Mirrored, the mouse still finds what it clicks: a day tab, a room's cell.
  @Test func theMouseReadsTheMirroredLayout() {
    var state = Sample.state(width: 120, height: 40)
    state.ui = .ar
    let tab = dayTabRanges(state)[1]
    _ = update(&state, .key(.mouse(Mouse(.press, x: state.width - 1 - (tab.lowerBound + 1), y: 1))))
    #expect(state.day == 1)
    let layout = state.layout
    let x = layout.roomX(1) + 2
    _ = update(&state, .key(.mouse(Mouse(.press, x: state.width - 1 - x, y: layout.gridTop + 2))))
    #expect(state.cursor.room == 1)
  }
}

extension InterfaceLanguageTests {
  /// What the editor says after a key, in the interface's language.
  @Test func messagesSpeakTheInterfaceLanguage() {
    var state = Sample.state()
    state.ui = .fr
    press([.character("u")], &state)
    #expect(state.message?.text == "Rien à annuler")
    press([.character("L")], &state)
    #expect(state.message?.text.hasPrefix("Titres en ") == true)
    state.ui = .ar
    press([.character("u")], &state)
    #expect(state.message?.text == "لا شيء للتراجع عنه")
  }
}

extension InterfaceLanguageTests {
  /// Every conflict any rule reports can be said in every language: over random edits of
  /// the sample, each conflict's template is in the catalog.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func everyConflictCanBeSaidInEveryLanguage(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var schedule = Sample.schedule
    let day = schedule.days[0]
    for i in schedule.talks.indices where random.chance(0.4) {
      let room = schedule.rooms[random.below(schedule.rooms.count)].id
      let start =
        day.opens.minutes + 15 * random.below((day.closes.minutes - day.opens.minutes) / 15)
      schedule.talks.modify(at: i) {
        $0.at = Placement(date: day.date, room: room, start: TimeOfDay(minutes: start)!)
      }
    }
    let conflicts = ConflictIndex(schedule).conflicts
    #expect(conflicts.count > 5)
    for conflict in conflicts {
      #expect(Interface.knows(conflict.template), "\(conflict.kind): \(conflict.template)")
      #expect(conflict.message(in: .fr) != conflict.message, "\(conflict.kind)")
    }
  }
}

extension InterfaceLanguageTests {
  /// Deleting from a list asks, and says what it did, in the interface's language.
  @Test func listDeletionsSpeakTheInterfaceLanguage() {
    var state = Sample.state()
    state.ui = .fr
    press([.character("T"), .character("D")], &state)
    guard case .question(let question) = state.mode else {
      Issue.record("no question")
      return
    }
    #expect(question.text.hasPrefix("Supprimer l'axe "))
    #expect(question.answers.map(\.label) == ["oui", "non"])
    press([.character("y")], &state)
    #expect(state.message?.text.hasPrefix("Axe ") == true)
  }
}
