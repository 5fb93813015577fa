import Formats
import Scheduling
import Terminal

/// The panel, the language, saving, quitting, help and printing.
func runSession(_ command: Command, _ state: inout EditorState) -> [Effect] {
  switch command {
  case .showUnscheduled, .showConflicts:
    state.panel = command == .showUnscheduled ? .unscheduled : .conflicts
    state.panelFocused = true
    state.panelCursor = 0
    return []
  case .showDetails:
    state.panel = .details
    // Without room for the side panel (80 columns), the details show over the grid until Esc.
    state.panelFocused = state.width < 100
    return []
  case .language:
    let languages = state.schedule.displayLanguages
    guard let i = languages.firstIndex(of: state.language) else {
      state.language = state.schedule.event.language
      return []
    }
    state.language = languages[(i + 1) % languages.count]
    state.message = .info(state.tr("Titles in {1}", state.language))
    return []
  case .save:
    if state.readOnly { return readOnly(&state) }
    return [.save(state.schedule, force: false, quitAfter: false)]
  case .quit:
    if state.dirty && !state.readOnly {
      state.mode = .question(
        Question(
          purpose: .quit,
          text: state.tr("Save the changes to {1} before quitting?", state.fileName),
          answers: [
            ("s", state.tr("save")), ("d", state.tr("discard")), ("c", state.tr("cancel")),
          ]))
      return []
    }
    state.mode = .quitting
    return [.quit]
  case .help:
    let ui = state.ui
    let bidi = [
      Interface.text("Right-to-left text (B): {1}", in: ui, bidiDescription(state.bidi, ui))
        + (state.bidiTerminal.map { Interface.text("; --bidi auto recognized {1}", in: ui, $0) }
          ?? ""),
      "",
    ]
    state.mode = .report(
      Report(title: Interface.text("Keys", in: ui), lines: bidi + Keymap.helpLines(in: ui)))
    return []
  case .printPlan:
    guard let day = state.currentDay else { return [] }
    let base =
      state.fileName.hasSuffix(".yaml") ? String(state.fileName.dropLast(5)) : state.fileName
    state.mode = .prompt(
      Prompt(
        purpose: .printPlan, label: state.tr("Write the plan of {1} to: ", day.date.iso),
        field: TextField("\(base)-\(day.date.iso).txt")))
    return []
  case .commandLine:
    state.mode = .prompt(
      Prompt(
        purpose: .command, label: ":", field: TextField(),
        hints: CommandPrompt.candidates(after: [], schedule: state.schedule)))
    return []
  case .bidi:
    state.bidi = state.bidi.next
    state.message = .info(
      state.tr("Right-to-left text: {1}", bidiDescription(state.bidi, state.ui)))
    return [.setBidi(state.bidi)]
  case .choose:
    return state.panelFocused ? panelEnter(&state) : []
  default:
    return []
  }
}

/// Enter in the side panel: place an unscheduled talk, or go to a conflict.
func panelEnter(_ state: inout EditorState) -> [Effect] {
  switch state.panel {
  case .unscheduled:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else { return [] }
    guard talk.status.isActive else {
      state.message = .info(state.tr("{1} is cancelled: r restores it", id))
      return []
    }
    return pickUp(talk, &state)
  case .conflicts:
    let conflicts = state.sortedConflicts
    guard conflicts.indices.contains(state.panelCursor) else { return [] }
    jump(to: conflicts[state.panelCursor], &state)
    return []
  case .details:
    return []
  }
}

/// What a bidi mode does, in the organizer's words.
func bidiDescription(_ mode: BidiMode, _ ui: InterfaceLanguage = .en) -> String {
  let english: String
  switch mode {
  case .on: english = "reordered and joined by Multaqa (terminals that do no bidi)"
  case .reorder: english = "reordered by Multaqa, joined by the terminal"
  case .off: english = "written as stored, for a terminal that does its own bidi"
  }
  return Interface.text(english, in: ui)
}
