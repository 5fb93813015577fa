import ArgumentParser
import Formats
import Scheduling

struct FormatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "format",
    abstract: "Rewrite a schedule file in Multaqa's own layout.",
    discussion: """
      The file is checked first and left alone when it has problems. It is replaced atomically \
      and the previous version is kept as FILE.bak; like every save, it records what \
      calendars were told of each talk (see `export ical`). Comments are not kept (see \
      Schedules/README.md); --check only reports whether the file is already formatted.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @Flag(help: "Do not write; exit 1 when the file is not in Multaqa's layout.")
  var check = false

  func run() throws {
    let schedule = try loadSchedule(file)
    let text = ScheduleFile.encode(schedule)
    let current = (try? ScheduleFile.read(file)) ?? []
    if current == Array(text.utf8) {
      if !check { say("\(file) is already formatted") }
      return
    }
    if check {
      say("\(file) is not in Multaqa's layout")
      throw ExitCode(1)
    }
    do {
      try ScheduleFile.save(schedule, to: file)
    } catch {
      printError(error.description)
      throw ExitCode(1)
    }
    say("Formatted \(file) (previous version: \(file).bak)")
  }
}
