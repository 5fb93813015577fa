import ArgumentParser

@main
struct Multaqa: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "multaqa",
    abstract: "Schedule a conference from the terminal: check, solve, edit, print and export.",
    discussion: """
      Without a subcommand, Multaqa checks the sample forum, \(defaultSchedulePath).
      """,
    version: "0.1.0",
    subcommands: [CheckCommand.self, FormatCommand.self, GenerateCommand.self],
    defaultSubcommand: CheckCommand.self
  )
}

/// The schedule that commands open when no file is named.
let defaultSchedulePath = "Schedules/forum-2010.yaml"
