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
    var schedule = try loadSchedule(file, ui: interface.language)
    let dates = try selection.dates(in: schedule, file: file, ui: interface.language)
    if let speaker, !schedule.speakers.contains(id: speaker) {
      throw ValidationError("--speaker \(speaker) is not a speaker of \(file)")
    }
    let now = Publication.utcNow()
    // Calendars learn of changes through SEQUENCE: a talk changed since the file was last
    // saved goes out one above what the file records (in memory only; the file is not written).
    schedule = Publication.stamp(schedule, previous: nil, now: now)
    var options = ICalendarOptions(
      days: dates, room: selection.room, theme: selection.theme, speaker: speaker,
      language: selection.lang)
    if let folder = perSpeaker {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        printError(
          Interface.text(
            "{1}: cannot be created as a folder ({2})", in: interface.language, folder,
            error.localizedDescription))
        throw ExitCode(1)
      }
      var written = 0
      for speaker in schedule.speakers {
        options.speaker = speaker.id
        guard !ICalendar.talks(schedule, options).isEmpty else { continue }
        try write(
          ICalendar.render(schedule, options: options, now: now),
          to: "\(folder)/\(speaker.id).ics", links: .replace, ui: interface.language)
        written += 1
      }
      printError(
        Interface.text("Wrote {1} calendars to {2}", in: interface.language, "\(written)", folder))
      return
    }
    try write(
      ICalendar.render(schedule, options: options, now: now), to: output, ui: interface.language)
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
    try checkLanguage(lang, in: schedule, file: file, ui: interface.language)
    let options = Frab.Options(language: lang)
    try write(
      format == .xml ? Frab.xml(schedule, options: options) : Frab.json(schedule, options: options),
      to: output, ui: interface.language)
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
    let bytes: [UInt8]
    do {
      bytes = try CSV.encode(
        TalkTable.export(schedule, bom: !noBom), as: CSV.Encoding(rawValue: encoding.lowercased())!)
    } catch {
      printError("\(file): " + Interface.say(error.phrase, in: interface.language))
      throw ExitCode(1)
    }
    try write(bytes, to: output, ui: interface.language)
  }
}
