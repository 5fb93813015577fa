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
      if exitCode(for: error) == .validationFailure {
        // Arguments found wrong once the file is loaded (a room it lacks) need no usage text.
        let message = parsed == nil ? fullMessage(for: error) : "Error: " + self.message(for: error)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(1)
      }
      exit(withError: error)
    }
  }
}

/// The schedule that commands open when no file is named.
let defaultSchedulePath = "Schedules/forum-2010.yaml"
