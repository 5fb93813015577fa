import Formats
import Scheduling
import Terminal

/// Changing the schedule: forms, lists, the solver, undo and redo.
func runChange(_ command: Command, _ state: inout EditorState) -> [Effect] {
  switch command {
  case .edit:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else {
      state.message = .error(state.tr("No talk here to edit"))
      return [.beep]
    }
    if state.readOnly { return readOnly(&state) }
    state.mode = .form(Form.talk(talk, isNew: false, in: state.schedule).speaking(state.ui))
    return []
  case .addTalk:
    if state.readOnly { return readOnly(&state) }
    var n = state.schedule.talks.count + 1
    while state.schedule.talks.contains(id: "t\(n)") { n += 1 }
    let talk = Talk(id: "t\(n)", title: "", duration: state.schedule.event.slot * 3)
    state.mode = .form(Form.talk(talk, isNew: true, in: state.schedule).speaking(state.ui))
    return []
  case .deleteTalk:
    guard let id = state.selectedTalk, let talk = state.schedule.talks[id: id] else {
      state.message = .error(state.tr("No talk here to delete"))
      return [.beep]
    }
    if state.readOnly { return readOnly(&state) }
    state.mode = .question(
      Question(
        purpose: .deleteTalk(id), text: state.tr("Delete {1} “{2}”?", id, state.title(talk)),
        answers: [("y", state.tr("yes, delete it")), ("n", state.tr("no"))]))
    return []
  case .rooms, .themes, .days, .speakers, .sessions:
    let kinds: [Command: ListEditor.Kind] = [
      .rooms: .rooms, .themes: .themes, .days: .days, .speakers: .speakers,
      .sessions: .sessions,
    ]
    state.mode = .list(ListEditor(kind: kinds[command]!))
    return []
  case .restore:
    guard state.panelFocused, state.panel == .unscheduled, let id = state.selectedTalk,
      let talk = state.schedule.talks[id: id], !talk.status.isActive
    else {
      state.message = .info(state.tr("Only a cancelled talk can be restored (U lists them, ✗)"))
      return []
    }
    if state.readOnly { return readOnly(&state) }
    var restored = talk
    restored.status = .confirmed
    let label =
      talk.at.map {
        state.tr(
          "Restored {1} at {2} (C shows any conflict)", id,
          "\(CalendarNames.short($0.date, in: state.ui.rawValue)) \($0.start) "
            + (state.schedule.rooms[id: $0.room]?.name ?? $0.room))
      } ?? state.tr("Restored {1}: unscheduled, Enter places it", id)
    let effects = perform(.updateTalk(restored), label: label, &state)
    if let at = restored.at, jump(to: at, &state) {
      state.panelFocused = false
    } else if let i = state.panelTalks.firstIndex(of: id) {
      state.panelCursor = i
    }
    return effects
  case .fill:
    if state.readOnly { return readOnly(&state) }
    guard !state.schedule.rooms.isEmpty, !state.schedule.days.isEmpty else {
      state.message = .error(
        state.schedule.rooms.isEmpty
          ? state.tr("There is no room to place talks in: add one first (R)")
          : state.tr("There is no day to place talks on: add one first (Y)"))
      return [.beep]
    }
    state.mode = .solving(nil)
    state.message = .info(state.tr("Filling the schedule… (Esc stops and keeps the best so far)"))
    return [.solve(state.schedule)]
  case .undo:
    guard let step = state.document.undo() else {
      state.message = .info(state.tr("Nothing to undo"))
      return []
    }
    state.documentChanged()
    state.mode = .normal
    state.message = .info(state.tr("Undid: {1}", step.label))
    state.scrollToCursor()
    return journal(state)
  case .redo:
    guard let step = state.document.redo() else {
      state.message = .info(state.tr("Nothing to redo"))
      return []
    }
    state.documentChanged()
    state.message = .info(state.tr("Redid: {1}", step.label))
    state.scrollToCursor()
    return journal(state)
  default:
    return []
  }
}

func readOnly(_ state: inout EditorState) -> [Effect] {
  state.message = .error(state.tr("Read-only: {1} is open in another Multaqa", state.fileName))
  return [.beep]
}
