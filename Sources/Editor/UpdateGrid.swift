import Formats
import Scheduling
import Terminal

/// Keys on the day grid, while carrying or swapping a talk, and in the side panel's lists.
func handleGridKey(_ key: Key, _ state: inout EditorState) -> [Effect] {
  guard let command = Keymap.command(for: key, in: state.gridContext) else { return [] }
  return run(command, key: key, &state)
}

extension EditorState {
  /// The key context of the grid's modes.
  var gridContext: KeyContext {
    if case .swapping = mode { return .swapping }
    return panelFocused ? .panel : (isCarrying ? .carrying : .grid)
  }

  /// Where the keys are looked up in the current mode (nil while quitting).
  var keyContext: KeyContext? {
    switch mode {
    case .normal, .carrying, .carryingSession, .swapping: return gridContext
    case .form: return .form
    case .list: return .list
    case .picker: return .picker
    case .prompt: return .prompt
    case .question: return .question
    case .report: return .report
    case .solving: return .solving
    case .quitting: return nil
    }
  }

  var isCarrying: Bool {
    switch mode {
    case .carrying, .carryingSession: return true
    default: return false
    }
  }

  /// The id of the session being carried.
  var carriedSession: String? {
    if case .carryingSession(let id, _) = mode { return id }
    return nil
  }

  var carried: String? {
    if case .carrying(let talk, _) = mode { return talk }
    return nil
  }
}

/// Runs a command of the keymap on the grid, while carrying or swapping, or in the panel.
func run(_ command: Command, key: Key, _ state: inout EditorState) -> [Effect] {
  switch command {
  case .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .goToTime, .nextDay,
    .previousDay, .dayByNumber:
    return runMove(command, key: key, &state)
  case .runLate:
    return askLate(&state)
  case .markChanges:
    return toggleChangeMarks(&state)
  case .pickUp, .pickUpSession, .drop, .cancel, .swap, .swapWith, .unschedule, .togglePin:
    return runCarry(command, &state)
  case .search, .nextMatch, .previousMatch, .filterTheme, .nextConflict:
    return runFind(command, &state)
  case .edit, .addTalk, .deleteTalk, .rooms, .themes, .days, .speakers, .sessions,
    .fill, .restore, .undo,
    .redo:
    return runChange(command, &state)
  case .choose, .showUnscheduled, .showConflicts, .showDetails, .language, .save, .quit, .help,
    .printPlan, .bidi, .commandLine:
    return runSession(command, &state)
  case .complete, .previousField, .nextField, .previousChoice, .nextChoice, .open, .accept, .toggle,
    .addItem, .editItem, .deleteItem, .makeSessions, .close:
    // The commands of forms, pickers, lists and reports: their own handlers run them.
    return []
  }
}
