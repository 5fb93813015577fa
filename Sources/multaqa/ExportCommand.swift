import ArgumentParser
import Formats
import Foundation
import Scheduling

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a schedule for calendars and other tools.",
    subcommands: [ICalCommand.self, FrabCommand.self, CSVExportCommand.self])
}

struct ICalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ical",
    abstract: "Export an iCalendar (.ics) file that calendar programs import.",
    discussion: """
      One event per placed talk, in the event's time zone, cancelled talks marked CANCELLED so \
      that calendars remove them. Each talk's SEQUENCE rises when its time, room, title or \
      status changes, so re-importing updates calendars. The export only reads the schedule: \
      Multaqa records what calendars were told whenever it saves the file (editor, solve, \
      import, format), and a talk changed by hand since then is exported with its recorded \
      SEQUENCE + 1.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @OptionGroup var interface: InterfaceOption

  @Option(name: .shortAndLong, help: "Write the calendar here instead of standard output.")
  var output: String?

  @OptionGroup var selection: Selection

  @Option(help: "Only the talks of this speaker.")
  var speaker: String?

  @Option(help: "Write one calendar per speaker into this folder (SPEAKER-ID.ics).")
  var perSpeaker: String?

  /// Kept so that scripts written for earlier versions still run: exports never write.
  @Flag(help: .hidden)
  var noRecord = false

  func validate() throws {
    if perSpeaker != nil && (output != nil || speaker != nil) {
      throw ValidationError("--per-speaker writes its own files: leave out -o and --speaker")
    }
  }

  func run() throws {
    let ui = interface.language
    let schedule = try loadSchedule(file, ui: ui)
    let export = try selection.export(.calendar, speaker: speaker, in: schedule, file: file, ui: ui)
    let now = Publication.utcNow()
    if let folder = perSpeaker {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        printError(
          Interface.text(
            "{1}: cannot be created as a folder ({2})", in: ui, folder, error.localizedDescription))
        throw ExitCode(1)
      }
      let calendars = export.speakerCalendars(schedule, now: now)
      for calendar in calendars {
        try write(calendar.bytes, to: "\(folder)/\(calendar.name)", links: .replace, ui: ui)
      }
      printError(Interface.text("Wrote {1} calendars to {2}", in: ui, "\(calendars.count)", folder))
      return
    }
    try write(try render(export, schedule, now: now), to: output, ui: ui)
  }
}

/// The bytes of `export`, or the reason they cannot be made, said in `ui`.
func render(_ export: Export, _ schedule: Schedule, now: String, ui: InterfaceLanguage = .en)
  throws -> [UInt8]
{
  do {
    return try export.render(schedule, now: now)
  } catch {
    printError(Interface.say(error.phrase, in: ui))
    throw ExitCode(1)
  }
}

struct FrabCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "frab",
    abstract: "Export the frab schedule (XML or JSON) that conference apps read.",
    discussion: """
      For ConfClerk, Giggity, EventFahrplan and other apps of the frab/pentabarf format: the \
      conference, one day per day, one room per room, every placed talk as an event with a \
      stable guid (derived from the event's acronym and the talk's id). Cancelled talks are \
      left out. Valid against the C3VOC schedule XSD and JSON schema.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case xml, json
  }

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @OptionGroup var interface: InterfaceOption

  @Option(help: "xml or json.")
  var format: Format = .xml

  @Option(help: "Language of titles, rooms and tracks: ar, fr, en (default: the file's).")
  var lang: String?

  @Option(name: .shortAndLong, help: "Write the schedule here instead of standard output.")
  var output: String?

  func validate() throws { try checkLanguageTag(lang) }

  func run() throws {
    let schedule = try loadSchedule(file, ui: interface.language)
    let export = Export(format == .xml ? .frabXML : .frabJSON, language: lang)
    try check(export, in: schedule, file: file, ui: interface.language)
    try write(try render(export, schedule, now: ""), to: output, ui: interface.language)
  }
}

struct CSVExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "csv",
    abstract: "Export every talk as a CSV table for a spreadsheet.",
    discussion: """
      The same columns `multaqa import csv` reads, so a round trip through a spreadsheet loses \
      nothing: speakers and needs separated by semicolons, one title column per language. \
      UTF-8 with a byte order mark by default, which Excel needs to read Arabic correctly; \
      --encoding utf-16 or windows-1256 for older spreadsheets.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @OptionGroup var interface: InterfaceOption

  @Flag(help: "Leave out the byte order mark.")
  var noBom = false

  @Option(help: "utf-8, utf-16 or windows-1256.")
  var encoding: String = "utf-8"

  func validate() throws {
    if CSV.Encoding(rawValue: encoding.lowercased()) == nil {
      throw ValidationError("--encoding must be utf-8, utf-16 or windows-1256")
    }
  }

  @Option(name: .shortAndLong, help: "Write the table here instead of standard output.")
  var output: String?

  func run() throws {
    let schedule = try loadSchedule(file, ui: interface.language)
    let export = Export(.table(CSV.Encoding(rawValue: encoding.lowercased())!, bom: !noBom))
    try write(
      try render(export, schedule, now: "", ui: interface.language), to: output,
      ui: interface.language)
  }
}
