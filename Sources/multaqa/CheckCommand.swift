import ArgumentParser
import Formats
import Scheduling

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report every conflict of a schedule.",
    discussion: """
      Exits 0 when there is no error (warnings allowed), 1 when there are errors, and 2 when \
      the file cannot be loaded.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @OptionGroup var interface: InterfaceOption

  func run() throws {
    let schedule = try loadSchedule(file, ui: interface.language)
    let index = ConflictIndex(schedule)
    switch format {
    case .text:
      print(
        CheckReport.text(index, file: file, color: colorOutput, ui: interface.language),
        terminator: "")
    case .json: print(CheckReport.json(index), terminator: "")
    }
    if index.hasErrors { throw ExitCode(1) }
  }
}
