import Scheduling

/// One export of a schedule: what it produces and which part it covers. The commands
/// (`export`, `print`) and the editor's command line build one and render it, so both check
/// the same things and write the same bytes.
public struct Export: Equatable, Sendable {
  /// What the export produces.
  public enum Product: Equatable, Sendable {
    /// iCalendar (RFC 5545) for calendar programs.
    case calendar
    case frabXML, frabJSON
    /// The spreadsheet table `import csv` reads back.
    case table(CSV.Encoding, bom: Bool)
    /// The day plan as aligned text of `width` columns.
    case planText(width: Int)
    case planMarkdown, planHTML
    /// One A4 sign per room and day.
    case doorSigns
    /// The programme booklet, with abstracts and contents.
    case booklet

    /// The file name ending that says what the file holds.
    public var fileExtension: String {
      switch self {
      case .calendar: return "ics"
      case .frabXML: return "xml"
      case .frabJSON: return "json"
      case .table: return "csv"
      case .planText: return "txt"
      case .planMarkdown: return "md"
      case .planHTML, .doorSigns, .booklet: return "html"
      }
    }
  }

  public var product: Product
  /// The days covered (every day when empty).
  public var days: [CalendarDate]
  public var room: String?
  public var theme: String?
  /// Calendars only: the talks of one speaker.
  public var speaker: String?
  /// The language of titles and names; the event's when nil.
  public var language: String?
  /// Printed plans: leave cancelled talks out.
  public var hideCancelled: Bool

  public init(
    _ product: Product, days: [CalendarDate] = [], room: String? = nil, theme: String? = nil,
    speaker: String? = nil, language: String? = nil, hideCancelled: Bool = false
  ) {
    self.product = product
    self.days = days
    self.room = room
    self.theme = theme
    self.speaker = speaker
    self.language = language
    self.hideCancelled = hideCancelled
  }

  /// Why this export does not fit `schedule` (read from `file`): a day, room, theme, speaker
  /// or language it does not have. Nil when it fits.
  public func problem(in schedule: Schedule, file: String) -> Phrase? {
    func refuse(_ template: String, _ value: String, _ ids: [String]) -> Phrase {
      Phrase(template, .text(value), .text(file), .text(ids.joined(separator: ", ")))
    }
    for date in days where schedule.day(date) == nil {
      return refuse("--day {1} is not a day of {2} ({3})", date.iso, schedule.days.ids)
    }
    if let room, !schedule.rooms.contains(id: room) {
      return refuse("--room {1} is not a room of {2} ({3})", room, schedule.rooms.ids)
    }
    if let theme, !schedule.themes.contains(id: theme) {
      return refuse("--theme {1} is not a theme of {2} ({3})", theme, schedule.themes.ids)
    }
    if let speaker, !schedule.speakers.contains(id: speaker) {
      return refuse("--speaker {1} is not a speaker of {2} ({3})", speaker, schedule.speakers.ids)
    }
    if let language {
      if !LanguageTag.isWellFormed(language) {
        return Phrase(
          "--lang {1} is not a language tag (BCP 47, like ar, fr, en)", .text(language))
      }
      if !schedule.languages.contains(language) {
        return Phrase(
          "--lang {1}: {2} has no text in that language (its languages: {3})", .text(language),
          .text(file), .text(schedule.languages.joined(separator: ", ")))
      }
    }
    return nil
  }

  /// The export's bytes. `now` (UTC, `YYYYMMDDTHHMMSSZ`) stamps calendars. Throws only for a
  /// table whose encoding cannot hold some character.
  public func render(_ schedule: Schedule, now: String) throws(CSV.DecodeError) -> [UInt8] {
    switch product {
    case .calendar:
      return Array(
        ICalendar.render(Self.stamped(schedule, now: now), options: calendar, now: now).utf8)
    case .frabXML:
      return Array(Frab.xml(schedule, options: Frab.Options(language: language)).utf8)
    case .frabJSON:
      return Array(Frab.json(schedule, options: Frab.Options(language: language)).utf8)
    case .table(let encoding, let bom):
      return try CSV.encode(TalkTable.export(schedule, bom: bom), as: encoding)
    case .planText(let width):
      return Array(PlanText.render(schedule, options: plan(width: width)).utf8)
    case .planMarkdown:
      return Array(PlanMarkdown.render(schedule, options: plan()).utf8)
    case .planHTML:
      return Array(PlanHTML.render(schedule, options: plan()).utf8)
    case .doorSigns:
      return Array(DoorSignHTML.render(schedule, options: plan()).utf8)
    case .booklet:
      return Array(BookletHTML.render(schedule, options: plan()).utf8)
    }
  }

  /// One calendar per speaker who has a talk in it or chairs a session of it, named
  /// `SPEAKER-ID.ics`.
  public func speakerCalendars(_ schedule: Schedule, now: String) -> [(
    name: String, bytes: [UInt8]
  )] {
    let stamped = Self.stamped(schedule, now: now)
    var options = calendar
    return schedule.speakers.compactMap { speaker in
      options.speaker = speaker.id
      // A chair without a talk of their own still has their sessions to be at.
      guard
        !ICalendar.talks(stamped, options).isEmpty || !ICalendar.chaired(stamped, options).isEmpty
      else { return nil }
      return (
        "\(speaker.id).ics", Array(ICalendar.render(stamped, options: options, now: now).utf8)
      )
    }
  }

  /// A file name for this export beside the schedule whose name without its ending is
  /// `base`: `forum-2010.ics`, `forum-2010-karoui.ics`, `forum-2010-signs-hall-a.html`…
  public func suggestedName(base: String) -> String {
    var parts = [base]
    switch product {
    case .doorSigns: parts.append("signs")
    case .booklet: parts.append("booklet")
    case .planText, .planMarkdown, .planHTML: parts.append("plan")
    default: break
    }
    parts += [speaker, room, theme].compactMap { $0 }
    parts += days.map(\.iso)
    if let language { parts.append(language) }
    return parts.joined(separator: "-") + "." + product.fileExtension
  }

  /// Calendars learn of changes through SEQUENCE: a talk changed since the file was last
  /// saved goes out one above what the file records (in the export only).
  private static func stamped(_ schedule: Schedule, now: String) -> Schedule {
    Publication.stamp(schedule, previous: nil, now: now)
  }

  private var calendar: ICalendarOptions {
    ICalendarOptions(days: days, room: room, theme: theme, speaker: speaker, language: language)
  }

  private func plan(width: Int = 100) -> PlanOptions {
    PlanOptions(
      days: days, room: room, theme: theme, language: language, width: width,
      hideCancelled: hideCancelled)
  }
}

extension Export {
  /// The formats of `print`.
  public enum PrintFormat: String, CaseIterable, Sendable {
    case text, html, markdown
  }

  /// What `print` produces: HTML for one room is its door signs, as on the command line.
  public static func printed(
    _ format: PrintFormat, width: Int, doorSigns: Bool, booklet: Bool, room: String?
  ) -> Product {
    switch format {
    case .text: return .planText(width: width)
    case .markdown: return .planMarkdown
    case .html:
      if booklet { return .booklet }
      return doorSigns || room != nil ? .doorSigns : .planHTML
    }
  }

  /// Why these `print` flags do not go together, or nil.
  public static func printProblem(_ format: PrintFormat, doorSigns: Bool, booklet: Bool)
    -> String?
  {
    if (doorSigns || booklet) && format != .html {
      return "--door-signs and --booklet are HTML: add --format html"
    }
    if doorSigns && booklet { return "choose --door-signs or --booklet" }
    return nil
  }
}
