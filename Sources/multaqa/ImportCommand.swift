import ArgumentParser
import Formats
import Foundation
import Scheduling

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import talks from other tools.",
    subcommands: [CSVImportCommand.self])
}

struct CSVImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "csv",
    abstract: "Add the talks of a spreadsheet's CSV table to a schedule.",
    discussion: """
      Columns are matched by name in English, French or Arabic, ignoring case and accents \
      (id, title, title_ar, theme, kind, speakers, affiliation, duration, audience, needs, \
      date, room, start, status…); --map assigns any other. Speakers separated by semicolons \
      are matched to the file's speakers by name, or added. Talks are unscheduled unless a \
      row gives date, room and start. The encoding (UTF-8, UTF-16, Windows-1256) and the \
      delimiter (comma, semicolon, tab) are detected.

      Every bad row is reported as TALKS.csv:LINE: message, and nothing is written when any \
      row is bad, unless --skip-bad-rows. A row whose id the schedule already has is an error, \
      unless --update: then it replaces the fields its columns hold, so a table from \
      `multaqa export csv`, edited in a spreadsheet, comes back in. The schedule is saved \
      atomically with FILE.bak.
      """)

  @Argument(help: "The CSV file of talks.", completion: .file(extensions: ["csv", "tsv", "txt"]))
  var table: String

  @Option(
    name: .customLong("into"),
    help: ArgumentHelp("The schedule file to add the talks to.", valueName: "file"))
  var file: String

  @OptionGroup var interface: InterfaceOption

  @Option(
    name: .customLong("map"),
    help: ArgumentHelp(
      "What a column holds (FIELD may be ignore); repeat for several.", valueName: "column=field"))
  var mappings: [String] = []

  @Option(help: "utf-8, utf-16 or windows-1256 (default: detected).")
  var encoding: String?

  @Flag(
    help:
      "Let rows whose id is a talk of the schedule replace that talk (a spreadsheet round trip).")
  var update = false

  @Flag(help: "Import the good rows and report the bad ones (the exit status is still 1).")
  var skipBadRows = false

  @Flag(help: "Show what would be added without writing anything.")
  var dryRun = false

  func validate() throws {
    if let encoding, CSV.Encoding(rawValue: encoding.lowercased()) == nil {
      throw ValidationError("--encoding must be utf-8, utf-16 or windows-1256")
    }
    for mapping in mappings where !mapping.contains("=") {
      throw ValidationError("--map \(mapping): write it as COLUMN=FIELD")
    }
  }

  func run() throws {
    let ui = interface.language
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    let schedule = try loadSchedule(file, ui: ui)
    guard let data = FileManager.default.contents(atPath: table) else {
      printError(tr("{1}: cannot be read", table))
      throw Exit.unreadable
    }
    var map: [String: String] = [:]
    for mapping in mappings {
      let parts = mapping.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      map[String(parts[0])] = String(parts[1])
    }
    let result: TalkImport
    do {
      result = try TalkImport.read(
        bytes: [UInt8](data),
        encoding: encoding.flatMap { CSV.Encoding(rawValue: $0.lowercased()) },
        into: schedule, map: map, update: update, file: table)
    } catch {
      printError(
        "\(table)\(error.line.map { ":\($0)" } ?? ""): \(Interface.say(error.phrase, in: ui))")
      throw Exit.unreadable
    }
    for problem in result.problems { printError(problem.said(in: ui)) }
    if !result.problems.isEmpty && !skipBadRows {
      printError(
        tr(
          "{1} bad row(s): nothing was imported (--skip-bad-rows imports the others)",
          "\(result.problems.count)"))
      throw ExitCode(1)
    }
    let changes = result.changes(to: schedule)
    let placed = changes.added.filter { $0.at != nil }.count
    var summary = tr(
      "{1} new talk(s) ({2} placed, {3} unscheduled)", "\(changes.added.count)", "\(placed)",
      "\(changes.added.count - placed)")
    if update {
      summary += tr(
        ", {1} changed, {2} unchanged", "\(changes.changed.count)", "\(changes.unchanged)")
    }
    summary += tr(" and {1} new speaker(s)", "\(result.speakers.count)")
    if dryRun {
      for talk in changes.added {
        let place =
          talk.at.map {
            "\(CalendarNames.dayMonth($0.date, in: ui.rawValue)) \($0.start) \($0.room)"
          } ?? tr("unscheduled")
        say("  + \(talk.id)  \(talk.title)  (\(place))")
      }
      for talk in changes.changed { say("  ~ \(talk.id)  \(talk.title)") }
      for speaker in result.speakers {
        say("  + " + tr("speaker {1}", speaker.id) + "  \(speaker.name)")
      }
      say(tr("Would add {1} to {2}", summary, file))
      return
    }
    guard !changes.added.isEmpty || !changes.changed.isEmpty else {
      say(tr("Nothing to import: {1} already holds every row", file))
      if !result.problems.isEmpty { throw ExitCode(1) }
      return
    }
    do {
      try ScheduleFile.save(result.applied(to: schedule), to: file)
    } catch {
      printError(error.said(in: ui))
      throw ExitCode(1)
    }
    say(tr("Imported {1} into {2}", summary, file))
    if !result.problems.isEmpty { throw ExitCode(1) }
  }
}
