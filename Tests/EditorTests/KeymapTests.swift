import Testing

@testable import Editor
@testable import Scheduling
@testable import Terminal

/// One table drives every mode's keys, its status-line hints and the help.
@Suite struct KeymapTests {
  @Test func everyModeHasItsKeysInTheTable() {
    for context in KeyContext.allCases {
      #expect(!Keymap.bindings(in: context).isEmpty, "\(context)")
    }
    // The way out of every modal mode is in the table.
    for context in [KeyContext.form, .picker, .prompt, .question] {
      #expect(Keymap.command(for: .escape, in: context) == .cancel, "\(context)")
    }
    for context in [KeyContext.list, .report, .solving] {
      #expect(Keymap.command(for: .escape, in: context) == .close, "\(context)")
    }
    // Swapping falls back to the grid's keys for moving to the other talk.
    #expect(Keymap.command(for: .down, in: .swapping) == .down)
    #expect(Keymap.command(for: .enter, in: .swapping) == .swapWith)
  }

  @Test func theHelpHasASectionForEveryContextWithKeys() {
    let lines = Keymap.helpLines()
    for context in KeyContext.allCases {
      guard let title = lines.firstIndex(of: context.title) else {
        Issue.record("no section \(context.title)")
        continue
      }
      #expect(lines.indices.contains(title + 1) && lines[title + 1].hasPrefix("  "), "\(context)")
    }
    let panel = lines.firstIndex(of: KeyContext.panel.title)!
    #expect(lines[panel...].prefix { !$0.isEmpty }.contains { $0.contains("go to the conflict") })
  }

  @Test func hintsAreTheTablesAndAgree() {
    #expect(Keymap.hints(for: .form).contains("←→ choice"))
    for context in KeyContext.allCases {
      #expect(!Keymap.hints(for: context).contains { $0.contains("choose") && $0.contains("←→") })
    }
    // The status line of a form shows the same hints as the form itself.
    var state = Sample.state(width: 120, height: 40)
    state.mode = .form(Form.talk(state.schedule.talks[0], isNew: false, in: state.schedule))
    let line = Keymap.hints(for: .form).joined(separator: " · ")
    let lines = view(state).text.split(separator: "\n")
    #expect(lines.filter { $0.contains(line) }.count == 2, "the form and the status line")
  }

  @Test func modalModesFollowTheTable() {
    var state = Sample.state()
    press([.character("R")], &state)
    guard case .list = state.mode else {
      Issue.record("no room list")
      return
    }
    press([.character("j")], &state)
    guard case .list(let list) = state.mode else { return }
    #expect(list.cursor == 1)
    press([.character("q")], &state)
    #expect(state.mode == .normal)
    press([.character("?")], &state)
    guard case .report = state.mode else {
      Issue.record("no help")
      return
    }
    press([.character(" ")], &state)
    guard case .report(let report) = state.mode else { return }
    #expect(report.scroll > 0)
    press([.character("?")], &state)
    #expect(state.mode == .normal)
  }

  @Test func deletingARoomAThemeOrADayIsOnePathAndOneUndo() {
    for (key, kind) in [("R", ListEditor.Kind.rooms), ("T", .themes), ("Y", .days)] {
      var state = Sample.state()
      let before = state.schedule
      press([.character(Character(key)), .character("D")], &state)
      guard case .question(let question) = state.mode,
        case .deleteItem(kind, let id) = question.purpose
      else {
        Issue.record("no question for \(kind)")
        continue
      }
      press([.character("y")], &state)
      #expect(ListItem.index(kind, id, state.schedule) == nil, "\(kind) \(id) still there")
      guard case .list(let list) = state.mode else {
        Issue.record("not back in the list")
        continue
      }
      #expect(list.kind == kind)
      press([.escape, .character("u")], &state)
      #expect(state.schedule == before, "\(kind): one undo restores everything")
    }
  }
}
