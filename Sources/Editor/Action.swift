import Formats
import Scheduling
import Terminal

/// Something that happened: a key, a resize, or the result of an effect.
public enum Action: Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// The runtime saved this schedule to the file.
  case saved(Schedule)
  case saveFailed(String)
  /// The file changed on disk since it was loaded: saving needs the organizer's word.
  case diskChanged(quitAfter: Bool)
  /// The runtime noticed, between keys, that the file on disk is no longer the one loaded
  /// (true) or is again (false).
  case diskDiffers(Bool)
  /// The runtime read the file again.
  case reloaded(Schedule)
  case reloadFailed(String)
  case solverProgress(SolverProgress)
  case solved(SolverResult)
  /// An export was written: its files.
  case exported(paths: [String])
  case exportFailed(String)
  /// The runtime read a CSV table to import (`import csv` on the command line).
  case tableRead(path: String, bytes: [UInt8], CommandPrompt.TableImport)
  case tableUnreadable(path: String, reason: String)
  /// The recovery journal was written, elsewhere than beside the file, or not at all; nil
  /// once it is removed (nothing unsaved is at risk).
  case journalWritten(Journal.Outcome?)
  /// A journal holds unsaved changes (found at start, or once the lock is taken over).
  case journalFound(Schedule, path: String)
  /// Journals found and not offered, with why (a link, another file's journal).
  case journalsRefused([String])
  /// The lock: taken (with what could not be done, if anything), or not taken.
  case lockProblem(String?)
}

/// Work for the runtime: the only way the pure update reaches the disk or the solver.
public enum Effect: Sendable {
  /// Save, unless the file changed on disk since it was loaded (then answer `diskChanged`),
  /// or whatever it holds when `force`.
  case save(Schedule, force: Bool, quitAfter: Bool)
  case reload
  /// Keep the unsaved state in the recovery journal.
  case writeJournal(Schedule)
  case removeJournal
  case solve(Schedule)
  case cancelSolver
  /// Render an export of the schedule into `path` (relative: beside the schedule's file).
  case export(Schedule, Export, path: String)
  /// One calendar per speaker into `folder`.
  case exportPerSpeaker(Schedule, Export, folder: String)
  /// Read the CSV table at `path` and answer `tableRead`.
  case readTable(path: String, CommandPrompt.TableImport)
  /// Take the lock from an editor on another host the organizer says is gone, then look
  /// for a recovery journal.
  case takeOverLock
  /// Let go of the lock (opening read-only).
  case releaseLock
  case quit
  case beep
  /// Tell the terminal whether the editor writes visual order (explicit bidi mode).
  case setBidi(BidiMode)
}
