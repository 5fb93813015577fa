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
  /// The runtime read the file again.
  case reloaded(Schedule)
  case reloadFailed(String)
  case solverProgress(SolverProgress)
  case solved(SolverResult)
  case planWritten(path: String)
  case planFailed(String)
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
  /// Write the plan of `day` (an index) to `path`.
  case writePlan(Schedule, day: Int, language: String, path: String)
  case quit
  case beep
}
