import ArgumentParser
import Formats
import Foundation
import Scheduling
import TextWidth

/// Exit codes shared by every command.
enum Exit {
  /// The file could not be loaded.
  static let unreadable = ExitCode(2)
}

/// Loads a schedule or prints every problem and exits with code 2.
func loadSchedule(_ path: String, ui: InterfaceLanguage = .en) throws -> Schedule {
  do {
    return try ScheduleFile.load(path)
  } catch {
    printError(error.said(in: ui))
    let count = error.problems.count
    if count > 1 {
      printError(Interface.text("{1} problems; nothing was changed.", in: ui, String(count)))
    }
    throw Exit.unreadable
  }
}

/// Writes a line to standard error, control characters made visible: messages quote
/// values from files and arguments, which must not command the terminal.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((TerminalText.visible(text) + "\n").utf8))
}

/// Writes human-readable text to standard output, control characters made visible.
func say(_ text: String) {
  print(TerminalText.visible(text))
}

/// Whether standard output is a terminal that may receive colors (NO_COLOR unset).
var colorOutput: Bool {
  isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}
