import ArgumentParser
import Formats
import Foundation

@main
struct Multaqa: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "multaqa",
    abstract: "Schedule a conference from the terminal: check, solve, edit, print and export.",
    discussion: """
      Without a subcommand, Multaqa opens the editor on the sample forum, \
      \(defaultSchedulePath).
      """,
    version: multaqaVersion,
    subcommands: [
      EditCommand.self, CheckCommand.self, SolveCommand.self, PrintCommand.self,
      ExportCommand.self, ImportCommand.self, FormatCommand.self, GenerateCommand.self,
      LateCommand.self, ReleaseCommand.self, ChangesCommand.self, PublishCommand.self,
    ],
    defaultSubcommand: EditCommand.self
  )

  /// Runs the command; bad arguments exit with 1, as every command documents.
  static func main() {
    var parsed: (any ParsableCommand)?
    do {
      var command = try parseAsRoot()
      parsed = command
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        // Arguments found wrong once the file is loaded (a room it lacks) need no usage text.
        let message = parsed == nil ? fullMessage(for: error) : "Error: " + self.message(for: error)
        printError(message)
        Foundation.exit(1)
      }
      // Help and version go to standard output as the parser writes them; other messages
      // quote arguments, shown with their control characters made visible.
      if code == .success || error is CleanExit { exit(withError: error) }
      let message = fullMessage(for: error)
      if !message.isEmpty { printError(message) }
      Foundation.exit(code.rawValue)
    }
  }
}

/// The schedule that commands open when no file is named.
let defaultSchedulePath = "Schedules/forum-2010.yaml"
