import Formats
import Scheduling
import Terminal

/// Applies `action` to `state` and returns the work the runtime must do. Pure: it reads and
/// writes nothing but the state.
public func update(_ state: inout EditorState, _ action: Action) -> [Effect] {
  switch action {
  case .key(let key):
    return handle(key, &state)
  case .resize(let width, let height):
    state.width = width
    state.height = height
    state.scrollToCursor()
    return []
  case .saved(let schedule):
    state.markSaved(schedule)
    state.alerts.disk = nil
    state.message = .info(state.tr("Saved {1}", state.fileName))
    let quitting = state.mode == .quitting
    if case .question = state.mode {} else if !quitting { state.mode = .normal }
    return quitting ? [.removeJournal, .quit] : [.removeJournal]
  case .saveFailed(let message):
    state.mode = .normal
    state.message = .error(state.tr("Not saved: {1}", message))
    return [.beep]
  case .diskChanged(let quitAfter):
    state.mode = .question(
      Question(
        purpose: .diskChanged(quitAfter: quitAfter),
        text: state.tr("{1} changed on disk since it was opened.", state.fileName),
        answers: [
          ("o", state.tr("overwrite it")), ("r", state.tr("reload it, losing your edits")),
          ("c", state.tr("cancel")),
        ]))
    return []
  case .diskDiffers(let differs):
    state.alerts.disk =
      differs
      ? .error(
        state.tr("{1} changed on disk: w asks whether to overwrite or reload", state.fileName))
      : nil
    return []
  case .reloaded(let schedule):
    state.document.reset(to: schedule)
    state.markSaved(schedule)
    state.alerts.disk = nil
    state.mode = .normal
    state.day = min(state.day, max(0, schedule.days.count - 1))
    state.scrollToCursor()
    state.message = .info(state.tr("Reloaded {1} from disk", state.fileName))
    return [.removeJournal]
  case .reloadFailed(let message):
    state.mode = .normal
    state.message = .error(state.tr("Could not reload: {1}", message))
    return [.beep]
  case .solverProgress(let progress):
    if case .solving = state.mode { state.mode = .solving(progress) }
    return []
  case .solved(let result):
    return solved(result, &state)
  case .exported(let paths):
    state.message = .info(
      paths.count == 1
        ? state.tr("Wrote {1}", paths[0])
        : state.tr(
          "Wrote {1} calendars to {2}", "\(paths.count)",
          String(paths[0].prefix(upTo: paths[0].lastIndex(of: "/") ?? paths[0].endIndex))))
    return []
  case .exportFailed(let message):
    state.message = .error(state.tr("Not exported: {1}", message))
    return [.beep]
  case .tableRead(let path, let bytes, let options):
    return importTable(path: path, bytes: bytes, options, &state)
  case .tableUnreadable(let path, let reason):
    state.message = .error(state.tr("{1}: cannot be read ({2})", path, reason))
    return [.beep]
  case .journalWritten(let outcome):
    switch outcome {
    case nil, .written(_, nil):
      state.alerts.journal = nil
    case .written(let path, let fallback?):
      state.alerts.journal = .info(
        state.tr("Recovery journal kept in {1} (not {2})", path, fallback))
    case .failed(let reason):
      let first = state.alerts.journal?.kind != .error
      state.alerts.journal = .error(
        state.tr(
          "Unsaved changes are NOT protected: no recovery journal can be written ({1}). Save (w) as soon as you can",
          reason))
      return first ? [.beep] : []
    }
    return []
  case .journalFound(let schedule, let path):
    state.recovered = schedule
    state.mode = .question(
      Question(
        purpose: .restoreJournal,
        text: state.tr(
          "A recovery journal holds changes to {1} that were never saved ({2}).", state.fileName,
          path),
        answers: [("r", state.tr("restore them")), ("d", state.tr("discard them"))]))
    return []
  case .journalsRefused(let reasons):
    state.message = .error(
      state.tr("Recovery journal not used: {1}", reasons.joined(separator: "; ")))
    return []
  case .lockProblem(let problem):
    state.alerts.lock = problem.map { .error($0) }
    return []
  }
}

private func handle(_ key: Key, _ state: inout EditorState) -> [Effect] {
  if key == .resize { return [] }
  switch state.mode {
  case .normal, .carrying, .carryingSession, .swapping:
    if case .mouse(let mouse) = key { return handleMouse(mouse, &state) }
    return handleGridKey(key, &state)
  case .form(let form):
    return handleForm(key, form, &state)
  case .list(let list):
    return handleList(key, list, &state)
  case .picker(let picker, let under):
    return handlePicker(key, picker, under, &state)
  case .prompt(let prompt):
    return handlePrompt(key, prompt, &state)
  case .question(let question):
    return handleQuestion(key, question, &state)
  case .report(var report):
    switch Keymap.command(for: key, in: .report) {
    case .up: report.scroll = max(0, report.scroll - 1)
    case .down: report.scroll += 1
    case .pageUp: report.scroll = max(0, report.scroll - state.height / 2)
    case .pageDown: report.scroll += state.height / 2
    case .home: report.scroll = 0
    case .end: report.scroll = report.lines.count
    case .close:
      state.mode = .normal
      return []
    default: return []
    }
    report.scroll = min(report.scroll, max(0, report.lines.count - 1))
    state.mode = .report(report)
    return []
  case .solving:
    if Keymap.command(for: key, in: .solving) == .close {
      state.message = .info(state.tr("Stopping the solver; it keeps the best schedule so far"))
      return [.cancelSolver]
    }
    return []
  case .quitting:
    return []
  }
}

// MARK: - Applying edits

/// Applies an edit as one undoable step, with a message; records the journal.
@discardableResult
func perform(_ edit: Edit, label: String, _ state: inout EditorState) -> [Effect] {
  guard !state.readOnly else { return readOnly(&state) }
  do {
    try state.document.perform(edit, label: label)
  } catch {
    state.message = .error(Interface.say(error.phrase, in: state.ui))
    return [.beep]
  }
  state.documentChanged()
  state.message = .info(label)
  return journal(state)
}

/// The journal effect for the current state: kept while there are unsaved changes.
func journal(_ state: EditorState) -> [Effect] {
  state.dirty ? [.writeJournal(state.schedule)] : [.removeJournal]
}

// MARK: - Questions

private func handleQuestion(_ key: Key, _ question: Question, _ state: inout EditorState)
  -> [Effect]
{
  guard case .character(let c) = key else {
    if Keymap.command(for: key, in: .question) == .cancel {
      state.mode = .normal
      if case .restoreJournal = question.purpose { state.recovered = nil }
      switch question.purpose {
      case .lockedElsewhere, .lockedOnOtherHost:
        state.mode = .quitting
        return [.quit]
      default: break
      }
    }
    return []
  }
  let answer = Character(c.lowercased())
  guard question.answers.contains(where: { $0.key == answer }) else { return [] }
  state.mode = .normal
  switch (question.purpose, answer) {
  case (.quit, "s"):
    state.mode = .quitting
    return [.save(state.schedule, force: false, quitAfter: true)]
  case (.quit, "d"):
    state.mode = .quitting
    return [.removeJournal, .quit]
  case (.deleteTalk(let id), "y"):
    return deleteTalk(id, &state)
  case (.deleteItem(let kind, let id), "y"):
    state.mode = .list(ListEditor(kind: kind))
    guard let item = ListItem(kind, id: id, in: state.schedule) else { return [] }
    let effects = perform(item.edit, label: item.label(in: state.ui), &state)
    state.day = min(state.day, max(0, state.schedule.days.count - 1))
    state.scrollToCursor()
    return effects
  case (.diskChanged(let quitAfter), "o"):
    if quitAfter { state.mode = .quitting }
    return [.save(state.schedule, force: true, quitAfter: quitAfter)]
  case (.diskChanged, "r"):
    return [.reload]
  case (.restoreJournal, "r"):
    if let recovered = state.recovered {
      state.document.reset(to: recovered)
      state.documentChanged()
      state.message = .info(state.tr("Restored the unsaved changes from the recovery journal"))
    }
    state.recovered = nil
    state.scrollToCursor()
    return journal(state)
  case (.restoreJournal, "d"):
    state.recovered = nil
    state.message = .info(state.tr("Discarded the recovery journal"))
    return [.removeJournal]
  case (.lockedElsewhere, "r"), (.lockedOnOtherHost, "r"):
    state.readOnly = true
    state.message = .info(state.tr("Opened read-only"))
    return [.releaseLock]
  case (.lockedElsewhere, "q"), (.lockedOnOtherHost, "q"):
    state.mode = .quitting
    return [.quit]
  case (.lockedOnOtherHost(_, let host), "t"):
    state.message = .info(state.tr("Took over the lock from {1}", host))
    return [.takeOverLock]
  default:
    // "No": back to the list, on the item.
    if case .deleteItem(let kind, let id) = question.purpose {
      state.mode = .list(
        ListEditor(kind: kind, cursor: ListItem.index(kind, id, state.schedule) ?? 0))
    }
    return []
  }
}

/// Deletes a talk, first removing it from other talks' `after:` wishes.
func deleteTalk(_ id: String, _ state: inout EditorState) -> [Effect] {
  let followers = state.schedule.talks.filter { $0.after.contains(id) }.map { talk -> Edit in
    var changed = talk
    changed.after.removeAll { $0 == id }
    return .updateTalk(changed)
  }
  return perform(.batch(followers + [.removeTalk(id)]), label: state.tr("Deleted {1}", id), &state)
}

// MARK: - The solver

private func solved(_ result: SolverResult, _ state: inout EditorState) -> [Effect] {
  var lines: [String] = []
  let placed = result.moves.filter { $0.from == nil && $0.to != nil }.count
  let moved = result.moves.filter { $0.from != nil && $0.to != nil }.count
  var effects: [Effect] = []
  if result.moves.isEmpty {
    lines.append(state.tr("Nothing to change: every talk that can be placed already has a place."))
    // The report replaces the "Filling…" line, whatever it found.
    state.message = .info(
      result.unplaced.isEmpty
        ? state.tr("Nothing to change")
        : state.tr("{1} talks could not be placed (see the report)", "\(result.unplaced.count)"))
  } else {
    effects = perform(
      result.edit,
      label: state.tr(
        "Filled the schedule: placed {1}, moved {2} (u undoes)", "\(placed)", "\(moved)"),
      &state)
    lines.append(
      state.tr("Placed {1}, moved {2}. One undo (u) takes it all back.", "\(placed)", "\(moved)"))
    lines.append("")
    for move in result.moves {
      lines.append("  " + SolveReport.line(move, in: state.schedule, reasons: false, ui: state.ui))
    }
  }
  if !result.unplaced.isEmpty {
    lines.append("")
    lines.append(state.tr("Could not be placed") + ":")
    for (talk, reason) in result.unplaced {
      lines.append("  \(talk): \(Interface.say(reason, in: state.ui))")
    }
  }
  lines.append("")
  lines.append(
    CheckReport.summary(
      errors: state.index.errorCount, warnings: state.index.warningCount, ui: state.ui)
      + (result.proven ? state.tr(" (proven optimal)") : ""))
  state.mode = .report(Report(title: state.tr("Automatic scheduling"), lines: lines))
  return effects
}
