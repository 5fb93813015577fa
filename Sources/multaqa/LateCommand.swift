import ArgumentParser
import Formats
import Foundation
import Scheduling
import TextWidth

struct LateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "late",
    abstract: "Shift the rest of a day later when the programme runs late.",
    discussion: """
      Moves every talk (and session) that starts at or after --from on --day, in the given \
      rooms (default: every room), later by --by minutes, as one change: the talks keep their \
      order, land on the day's grid, and a talk that would overlap a break starts after it \
      (the ones behind it follow). A pinned talk does not move and stops the ripple in its \
      room; a talk that would end after the day closes stays where it is. Both are reported, \
      with the conflicts the change brings.

      Writes the result back to FILE (atomically, keeping FILE.bak) or to --output; with \
      --dry-run it only shows what would change.

      Exit codes: 0 done without a new error; 1 bad arguments; 2 the file cannot be loaded; \
      3 a talk could not be moved or the change brings errors (the result is still written, \
      unless --dry-run).
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @Option(help: "The day that runs late (YYYY-MM-DD).")
  var day: String

  @Option(help: "Talks starting at this time or later move (HH:MM).")
  var from: String

  // Unconditional, so that `--by -5` is read as a number and refused as one.
  @Option(parsing: .unconditional, help: "How many minutes later.")
  var by: Int

  @Option(help: "Only this room; repeat for several. Default: every room.")
  var room: [String] = []

  @Option(name: .shortAndLong, help: "Write the result here instead of back to FILE.")
  var output: String?

  @Flag(help: "Show what would change; write nothing.")
  var dryRun = false

  @OptionGroup var interface: InterfaceOption

  func validate() throws {
    guard CalendarDate(iso: day) != nil else {
      throw ValidationError("--day \(TerminalText.visibleLine(day)) is not a date like 2010-03-14")
    }
    guard TimeOfDay(parsing: from) != nil else {
      throw ValidationError("--from \(TerminalText.visibleLine(from)) is not a time like 14:30")
    }
    guard by > 0, by < minutesInADay else {
      throw ValidationError("--by must be a number of minutes from 1 to 1439")
    }
  }

  func run() throws {
    let schedule = try loadSchedule(file, ui: interface.language)
    let ripple: Ripple
    do {
      ripple = try Ripple.plan(
        schedule, date: CalendarDate(iso: day)!, from: TimeOfDay(parsing: from)!.minutes, by: by,
        rooms: room.isEmpty ? nil : room)
    } catch {
      throw ValidationError(
        TerminalText.visibleLine(Interface.say(error.phrase, in: interface.language)))
    }
    var after = ConflictIndex(schedule)
    let before = after.conflicts
    do {
      try after.apply(ripple.edit)
    } catch {
      printError(Interface.say(error.phrase, in: interface.language))
      throw ExitCode(3)
    }
    let destination = output ?? file
    if !dryRun && (output != nil || !ripple.moves.isEmpty || !ripple.sessions.isEmpty) {
      do {
        try ScheduleFile.save(after.schedule, to: destination)
      } catch {
        printError(error.said(in: interface.language))
        throw ExitCode(1)
      }
    }
    let report = LateReport.text(
      ripple, before: before, after: after, file: destination, dryRun: dryRun,
      style: AnsiStyle(enabled: colorOutput), ui: interface.language)
    print(report, terminator: "")
    let newErrors = after.errorCount > ConflictIndex(schedule).errorCount
    if !ripple.pastClosing.isEmpty || newErrors { throw ExitCode(3) }
  }
}
