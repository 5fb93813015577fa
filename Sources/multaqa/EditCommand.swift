import ArgumentParser
import Editor
import Formats
import Foundation
import Scheduling
import Terminal

struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Open the schedule editor (the default command).",
    discussion: """
      A keyboard-first editor of the day grid: move, swap, pin, edit, add and remove talks \
      with live conflicts, undo and redo, automatic filling, and saving that never loses \
      work (atomic saves with FILE.bak, a recovery journal after every change, a lock \
      against two editors on one file). Press ? in the editor for every key.

      Without a terminal (in a pipe or a script), it prints the check of the file instead.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  func run() throws {
    let schedule = try loadSchedule(file)
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      printError("multaqa: not a terminal, so here is the check of \(file) instead of the editor")
      try CheckCommand.parse([file]).run()
      return
    }
    let color = ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    guard let backend = CursesBackend(color: color) else {
      printError("multaqa: cannot start the terminal (is TERM set?)")
      throw ExitCode(1)
    }
    let session = EditorSession(schedule: schedule, file: file, backend: backend)
    let status = session.run(signals: { backend.pendingSignal() })
    backend.stop()
    if status != 0 { throw ExitCode(status) }
  }
}
