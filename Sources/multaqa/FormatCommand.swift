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

  @OptionGroup var interface: InterfaceOption

  func run() throws {
    let ui = interface.language
    let schedule = try loadSchedule(file, ui: ui)
    let text = ScheduleFile.encode(schedule)
    let current = (try? ScheduleFile.read(file)) ?? []
    if current == Array(text.utf8) {
      if !check { say(Interface.text("{1} is already formatted", in: ui, file)) }
      return
    }
    if check {
      say(Interface.text("{1} is not in Multaqa's layout", in: ui, file))
      throw ExitCode(1)
    }
    do {
      try ScheduleFile.save(schedule, to: file)
    } catch {
      printError(error.said(in: ui))
      throw ExitCode(1)
    }
    say(Interface.text("Formatted {1} (previous version: {1}.bak)", in: ui, file))
  }
}
