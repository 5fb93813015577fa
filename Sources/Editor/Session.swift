import Formats
import Foundation
import Scheduling
import Terminal

/// Runs the editor: draws the view, reads keys, feeds actions to ``update(_:_:)`` and
/// carries out the effects it returns. The only part of the editor that touches the
/// terminal, the disk and threads.
public final class EditorSession {
  public private(set) var state: EditorState
  public let backend: TerminalBackend
  /// The recovery journal, beside the file or in the state folder.
  public let journal: Journal
  /// The lock against a second editor on the same file.
  public let lock: EditLock
  private var stamp: DiskStamp?
  /// When the file on disk was last compared with the one loaded, and whether it differed.
  private var lastLook = Date()
  private var differs = false
  /// Seconds between looks at the file on disk while the editor waits for keys.
  static let diskInterval = 2.0
  private let mailbox = Mailbox()
  private var solverCancel: CancelFlag?
  private var solving = false
  private var finished = false
  private var lastJournal: Journal.Outcome?
  /// How the automatic scheduler runs in the editor: repairing (placed talks move only to
  /// remove errors), for at most ten seconds.
  public var solverOptions = SolverOptions(timeLimit: 10, keep: true)

  /// Opens `file` (already loaded as `schedule`) on `backend`: takes the lock, and looks for
  /// a recovery journal newer than the file.
  public init(
    schedule: Schedule, file: String, backend: TerminalBackend, lock locking: Bool = true,
    bidi: BidiMode = .off, bidiTerminal: String? = nil, ui: InterfaceLanguage = .en,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.backend = backend
    journal = Journal(file: file, environment: environment)
    lock = EditLock(file: file)
    stamp = DiskStamp.of(file)
    let size = backend.size
    state = EditorState(
      schedule: schedule, file: file, width: size.width, height: size.height,
      color: backend.supportsColor, unicode: backend.supportsUnicode)
    state.colors = backend.colorCount
    state.bidi = bidi
    state.ui = ui
    state.bidiTerminal = bidiTerminal
    backend.setBidi(bidi)
    guard locking else { return }
    switch lock.acquire() {
    case .acquired(let warning):
      if let warning { dispatch(.lockProblem(warning)) }
      lookForJournal()
    case .unavailable(let reason):
      dispatch(.lockProblem("No lock: \(reason)"))
      lookForJournal()
    case .heldHere(let holder):
      let who =
        holder.map { state.tr("another Multaqa (pid {1})", String($0.pid)) }
        ?? state.tr("another Multaqa, under another name")
      state.mode = .question(
        Question(
          purpose: .lockedElsewhere(pid: holder?.pid),
          text: state.tr(
            "{1} is open in {2}. Saving here would undo its work.", state.fileName, who),
          answers: [("r", state.tr("open read-only")), ("q", state.tr("quit"))]))
    case .heldOnOtherHost(let holder):
      state.mode = .question(
        Question(
          purpose: .lockedOnOtherHost(pid: holder.pid, host: holder.host),
          text: state.tr(
            "{1} is locked by Multaqa pid {2} on {3}, which cannot be checked from here. Take the lock only if that editor is closed.",
            state.fileName, String(holder.pid), holder.host),
          answers: [
            ("t", state.tr("take it over")), ("r", state.tr("open read-only")),
            ("q", state.tr("quit")),
          ]))
    }
  }

  deinit { lock.release() }

  /// Offers the newest journal that holds unsaved changes.
  private func lookForJournal() {
    let (recovery, refused) = journal.recoverable(comparedTo: state.schedule)
    if !refused.isEmpty { dispatch(.journalsRefused(refused)) }
    if let recovery { dispatch(.journalFound(recovery.schedule, path: recovery.path)) }
  }

  /// Whether the editor has quit.
  public var isFinished: Bool { finished }

  /// Runs until the organizer quits, a termination signal arrives, or (with `untilIdle`)
  /// the backend has no more keys and nothing runs in the background. Returns the exit code.
  @discardableResult
  public func run(untilIdle: Bool = false, signals: (() -> Int32)? = nil) -> Int32 {
    var needsDraw = true
    while !finished {
      if needsDraw {
        backend.draw(view(state))
        needsDraw = false
      }
      if let signal = signals?(), signal != 0 {
        // The journal already holds every change; make sure, then leave cleanly.
        if state.dirty { _ = journal.write(state.schedule) }
        finish()
        return 128 + signal
      }
      for action in mailbox.take() {
        dispatch(action)
        needsDraw = true
      }
      if lookAtDisk() { needsDraw = true }
      if let key = backend.readKey(timeout: solving ? 0.05 : 0.1) {
        if key == .resize {
          let size = backend.size
          dispatch(.resize(width: size.width, height: size.height))
        } else {
          dispatch(.key(key))
        }
        needsDraw = true
      } else if untilIdle && !solving && mailbox.isEmpty {
        backend.draw(view(state))
        break
      }
    }
    if finished { backend.draw(view(state)) }
    return 0
  }

  /// Every few seconds, whether the file on disk is still the one loaded: someone else's
  /// change is said at once, not only when saving asks about it.
  private func lookAtDisk() -> Bool {
    guard Date().timeIntervalSince(lastLook) >= Self.diskInterval, let stamp else { return false }
    lastLook = Date()
    let now = DiskStamp.of(state.file)
    let changed = now != nil && now != stamp
    guard changed != differs else { return false }
    differs = changed
    dispatch(.diskDiffers(changed))
    return true
  }

  /// Feeds one action through the update and carries out its effects.
  public func dispatch(_ action: Action) {
    for effect in update(&state, action) { perform(effect) }
  }

  private func perform(_ effect: Effect) {
    switch effect {
    case .save(let schedule, let force, let quitAfter):
      if !force, let stamp, let now = DiskStamp.of(state.file), now != stamp {
        dispatch(.diskChanged(quitAfter: quitAfter))
        return
      }
      do {
        let written = try ScheduleFile.save(schedule, to: state.file)
        stamp = DiskStamp.of(state.file)
        lock.fileReplaced()
        dispatch(.saved(written))
      } catch {
        dispatch(.saveFailed(error.said(in: state.ui)))
      }
    case .reload:
      do {
        let schedule = try ScheduleFile.load(state.file)
        stamp = DiskStamp.of(state.file)
        lock.fileReplaced()
        dispatch(.reloaded(schedule))
      } catch {
        dispatch(.reloadFailed(error.problems.first?.message(in: state.ui) ?? error.description))
      }
    case .writeJournal(let schedule):
      let outcome = journal.write(schedule)
      // Only a change of where it goes, or a failure, is news.
      if outcome != lastJournal {
        lastJournal = outcome
        dispatch(.journalWritten(outcome))
      }
    case .removeJournal:
      journal.remove()
      if lastJournal != nil {
        lastJournal = nil
        dispatch(.journalWritten(nil))
      }
    case .takeOverLock:
      if case .acquired(let warning) = lock.takeOver() {
        dispatch(.lockProblem(warning))
      } else {
        dispatch(.lockProblem("the lock could not be taken over"))
      }
      lookForJournal()
    case .releaseLock:
      lock.release()
    case .solve(let schedule):
      startSolver(schedule)
    case .cancelSolver:
      solverCancel?.set()
    case .export(let schedule, let export, let path):
      write(schedule, export, path: path)
    case .exportPerSpeaker(let schedule, let export, let folder):
      writeCalendars(schedule, export, folder: folder)
    case .readTable(let path, let options):
      if let data = FileManager.default.contents(atPath: besideFile(path)) {
        dispatch(.tableRead(path: path, bytes: [UInt8](data), options))
      } else {
        dispatch(.tableUnreadable(path: path, reason: Interface.text("no such file", in: state.ui)))
      }
    case .quit:
      finish()
    case .beep:
      backend.beep()
    case .setBidi(let mode):
      backend.setBidi(mode)
    }
  }

  private func finish() {
    finished = true
    solverCancel?.set()
    lock.release()
  }

  private func startSolver(_ schedule: Schedule) {
    let cancel = CancelFlag()
    solverCancel = cancel
    solving = true
    let mailbox = self.mailbox
    let options = solverOptions
    let thread = Thread {
      var last = -1.0
      let result = Solver.solve(
        schedule, options: options,
        progress: { progress in
          // A few updates a second are plenty for the status line.
          if progress.elapsed - last >= 0.1 {
            last = progress.elapsed
            mailbox.post(.solverProgress(progress))
          }
        }, shouldStop: { cancel.isSet })
      mailbox.post(.solved(result))
    }
    thread.stackSize = 8 << 20
    thread.start()
    mailbox.onSolved = { [weak self] in self?.solving = false }
  }

  /// A path the organizer typed: as it is when absolute, else beside the schedule's file.
  private func besideFile(_ path: String) -> String {
    let folder = URL(fileURLWithPath: state.file).deletingLastPathComponent().path
    return path.hasPrefix("/") ? path : "\(folder)/\(path)"
  }

  private func write(_ schedule: Schedule, _ export: Export, path: String) {
    let target = besideFile(path)
    guard !sameFile(target, state.file) else {
      dispatch(.exportFailed(Interface.text("{1} is the schedule itself", in: state.ui, path)))
      return
    }
    let bytes: [UInt8]
    do {
      bytes = try export.render(schedule, now: Publication.utcNow())
    } catch {
      dispatch(.exportFailed(Interface.say(error.phrase, in: state.ui)))
      return
    }
    do {
      try AtomicFile.write(bytes, to: target)
      dispatch(.exported(paths: [target]))
    } catch {
      dispatch(.exportFailed(error.said(in: state.ui)))
    }
  }

  /// Whether two paths name one file (through links and `..`).
  private func sameFile(_ a: String, _ b: String) -> Bool {
    URL(fileURLWithPath: a).resolvingSymlinksInPath().standardizedFileURL
      == URL(fileURLWithPath: b).resolvingSymlinksInPath().standardizedFileURL
  }

  private func writeCalendars(_ schedule: Schedule, _ export: Export, folder: String) {
    let target = besideFile(folder)
    var written: [String] = []
    do {
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    } catch {
      dispatch(
        .exportFailed(
          Interface.text(
            "{1}: cannot be created as a folder ({2})", in: state.ui, target,
            error.localizedDescription)))
      return
    }
    do {
      for calendar in export.speakerCalendars(schedule, now: Publication.utcNow()) {
        // A link planted in the folder never leads the calendar out of it.
        try AtomicFile.write(calendar.bytes, to: "\(target)/\(calendar.name)", links: .replace)
        written.append("\(target)/\(calendar.name)")
      }
      dispatch(.exported(paths: written.isEmpty ? [target] : written))
    } catch {
      dispatch(.exportFailed(error.said(in: state.ui)))
    }
  }
}

/// Actions posted by background work, taken by the run loop.
final class Mailbox: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [Action] = []
  var onSolved: (() -> Void)?

  func post(_ action: Action) {
    lock.lock()
    items.append(action)
    lock.unlock()
  }

  func take() -> [Action] {
    lock.lock()
    defer { lock.unlock() }
    let taken = items
    items = []
    if taken.contains(where: { if case .solved = $0 { return true } else { return false } }) {
      onSolved?()
    }
    return taken
  }

  var isEmpty: Bool {
    lock.lock()
    defer { lock.unlock() }
    return items.isEmpty
  }
}

/// A flag one thread sets and another reads.
final class CancelFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false

  func set() {
    lock.lock()
    value = true
    lock.unlock()
  }

  var isSet: Bool {
    lock.lock()
    defer { lock.unlock() }
    return value
  }
}
