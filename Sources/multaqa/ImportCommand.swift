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
    let schedule = try loadSchedule(file)
    guard let data = FileManager.default.contents(atPath: table) else {
      printError("\(table): cannot be read")
      throw Exit.unreadable
    }
    let text: String
    do {
      (text, _) = try CSV.decode(
        [UInt8](data), forced: encoding.flatMap { CSV.Encoding(rawValue: $0.lowercased()) })
    } catch {
      printError("\(table)\(error.line.map { ":\($0)" } ?? ""): \(error.message)")
      throw Exit.unreadable
    }
    let rows: [CSV.Row]
    do {
      rows = try CSV.parse(text, delimiter: CSV.delimiter(of: text))
    } catch {
      printError("\(table)\(error.line.map { ":\($0)" } ?? ""): \(error.message)")
      throw Exit.unreadable
    }
    var map: [String: String] = [:]
    for mapping in mappings {
      let parts = mapping.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      map[String(parts[0])] = String(parts[1])
    }
    let result = TalkImport.read(rows, into: schedule, map: map, update: update, file: table)
    for problem in result.problems { printError(problem.description) }
    if !result.problems.isEmpty && !skipBadRows {
      printError(
        "\(result.problems.count) bad row(s): nothing was imported (--skip-bad-rows imports the others)"
      )
      throw ExitCode(1)
    }
    let changes = result.changes(to: schedule)
    let placed = changes.added.filter { $0.at != nil }.count
    var summary =
      "\(changes.added.count) new talk(s) (\(placed) placed, \(changes.added.count - placed) unscheduled)"
    if update { summary += ", \(changes.changed.count) changed, \(changes.unchanged) unchanged" }
    summary += " and \(result.speakers.count) new speaker(s)"
    if dryRun {
      for talk in changes.added {
        let place = talk.at.map { "\($0.date.short) \($0.start) \($0.room)" } ?? "unscheduled"
        say("  + \(talk.id)  \(talk.title)  (\(place))")
      }
      for talk in changes.changed { say("  ~ \(talk.id)  \(talk.title)") }
      for speaker in result.speakers { say("  + speaker \(speaker.id)  \(speaker.name)") }
      say("Would add \(summary) to \(file)")
      return
    }
    guard !changes.added.isEmpty || !changes.changed.isEmpty else {
      say("Nothing to import: \(file) already holds every row")
      if !result.problems.isEmpty { throw ExitCode(1) }
      return
    }
    do {
      try ScheduleFile.save(result.applied(to: schedule), to: file)
    } catch {
      printError(error.description)
      throw ExitCode(1)
    }
    say("Imported \(summary) into \(file)")
    if !result.problems.isEmpty { throw ExitCode(1) }
  }
}
