import Foundation
import Scheduling

/// What an iCalendar export holds.
public struct ICalendarOptions: Sendable {
  public var days: [CalendarDate]
  public var room: String?
  public var theme: String?
  public var speaker: String?
  /// The language of summaries, locations and descriptions; the event's when nil.
  public var language: String?

  public init(
    days: [CalendarDate] = [], room: String? = nil, theme: String? = nil, speaker: String? = nil,
    language: String? = nil
  ) {
    self.days = days
    self.room = room
    self.theme = theme
    self.speaker = speaker
    self.language = language
  }
}

/// An RFC 5545 calendar of a schedule's placed talks, for participants' calendar programs.
///
/// One VEVENT per placed talk: a UID derived from the event and the talk's id (never from its
/// position, so re-exports update rather than duplicate), DTSTART and DTEND in the event's
/// time zone with a VTIMEZONE generated from the tz database, SEQUENCE and LAST-MODIFIED from
/// the talk's publication revision, and STATUS (a cancelled talk stays, as CANCELLED, so that
/// calendars that imported it remove it). No METHOD: a published file is not an invitation.
/// Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 sequence.
public enum ICalendar {
  public static func render(
    _ schedule: Schedule, options: ICalendarOptions = ICalendarOptions(), now: String
  )
    -> String
  {
    let language = options.language ?? schedule.event.language
    let event = schedule.event
    var lines = opening
    var name = event.title(in: language)
    if let id = options.speaker, let speaker = schedule.speakers[id: id] {
      name += " — \(speaker.name)"
    }
    lines.append(contentLine("X-WR-CALNAME", .text(name)))
    lines.append(contentLine("X-WR-TIMEZONE", .text(event.timezone)))
    let years = schedule.days.map(\.date.year)
    if let first = years.min(), let last = years.max(),
      let rules = TimeZoneRules(identifier: event.timezone, from: first - 1, through: last + 1)
    {
      lines += rules.component
    }
    for talk in talks(schedule, options) {
      lines += vevent(talk, schedule, language: language, now: now)
    }
    for session in chaired(schedule, options) {
      lines += vevent(session, schedule, language: language, now: now)
    }
    return closed(lines)
  }

  /// The placed sessions the calendar's speaker chairs (none without a speaker), filtered
  /// like the talks, in time order: chairing takes the whole session, not only its talks.
  public static func chaired(_ schedule: Schedule, _ options: ICalendarOptions) -> [Session] {
    guard let speaker = options.speaker else { return [] }
    return schedule.sessions.filter {
      $0.chair == speaker && included($0.at, theme: $0.theme, schedule, options)
    }.sorted { inTimeOrder($0.at!, $1.at!) }
  }

  /// Whether something at `at` of `theme` is in the export: placed on a day and in a room
  /// of the schedule, and within the options' days, room and theme.
  static func included(
    _ at: Placement?, theme: String?, _ schedule: Schedule, _ options: ICalendarOptions
  ) -> Bool {
    guard let at, schedule.day(at.date) != nil, schedule.rooms.contains(id: at.room) else {
      return false
    }
    if !options.days.isEmpty && !options.days.contains(at.date) { return false }
    if let room = options.room, at.room != room { return false }
    if let wanted = options.theme, theme != wanted { return false }
    return true
  }

  static func inTimeOrder(_ a: Placement, _ b: Placement) -> Bool {
    (a.date, a.start, a.room) < (b.date, b.start, b.room)
  }

  /// A chaired session as an event: `Chair: title`, its talks in order in the description;
  /// its sequence and last change are the latest of its talks' (a session moves with them).
  static func vevent(_ session: Session, _ schedule: Schedule, language: String, now: String)
    -> [String]
  {
    let primary = schedule.event.language
    let members = session.talks.compactMap { schedule.talks[id: $0] }
    var lines = [
      contentLine("BEGIN", .token("VEVENT")),
      contentLine("UID", .text(uid(session, schedule))), contentLine("DTSTAMP", .utcTime(now)),
    ]
    lines += whenAndWhere(session.at!, duration: session.duration, schedule, language: language)
    let title = session.title(in: language, primary: primary)
    lines.append(
      contentLine(
        "SUMMARY", [("LANGUAGE", language)],
        .text(PlanWords.word(.chair, language) + ": " + title)))
    var description = members.filter { $0.status != .cancelled }.map {
      $0.title(in: language, primary: primary)
    }
    let theme = session.theme.flatMap { schedule.themes[id: $0] }
    if let theme {
      description.append(localized(theme.name, theme.names, primary: primary, in: language))
    }
    lines.append(contentLine("DESCRIPTION", .text(description.joined(separator: "\n\n"))))
    if let theme {
      lines.append(
        contentLine(
          "CATEGORIES", .text(localized(theme.name, theme.names, primary: primary, in: language))))
    }
    lines.append(contentLine("STATUS", .token("CONFIRMED")))
    let sequence = members.map { Publication.sequence(of: $0, in: schedule) }.max() ?? 0
    lines.append(contentLine("SEQUENCE", .integer(sequence)))
    let modified = members.compactMap(\.revision?.modified).filter(Publication.isUTCTime).max()
    lines.append(contentLine("LAST-MODIFIED", .utcTime(modified ?? now)))
    lines.append(contentLine("END", .token("VEVENT")))
    return lines
  }

  /// DTSTART, DTEND (in the event's time zone) and LOCATION of something at `at`.
  static func whenAndWhere(
    _ at: Placement, duration: Int, _ schedule: Schedule, language: String
  ) -> [String] {
    let event = schedule.event
    let tz = [("TZID", event.timezone)]
    let room = schedule.rooms[id: at.room]!
    let start = at.date.basic + "T" + hhmmss(at.start.minutes)
    let endMinutes = at.start.minutes + duration
    let endDate = at.date.adding(days: endMinutes / 1440)
    let end = endDate.basic + "T" + hhmmss(endMinutes % 1440)
    let roomName = localized(room.name, room.names, primary: event.language, in: language)
    return [
      contentLine("DTSTART", tz, .localTime(start)), contentLine("DTEND", tz, .localTime(end)),
      contentLine("LOCATION", .text("\(roomName), \(event.venue)")),
    ]
  }

  /// A calendar of one talk, as a CalDAV server stores each event: the same header, time
  /// zone and event as in ``render(_:options:now:)``.
  public static func single(_ talk: Talk, in schedule: Schedule, language: String?, now: String)
    -> String
  {
    let language = language ?? schedule.event.language
    var lines = opening
    if let at = talk.at,
      let rules = TimeZoneRules(
        identifier: schedule.event.timezone, from: at.date.year - 1, through: at.date.year + 1)
    {
      lines += rules.component
    }
    lines += vevent(talk, schedule, language: language, now: now)
    return closed(lines)
  }

  /// The talks of the export: placed ones (cancelled included), filtered, in time order.
  public static func talks(_ schedule: Schedule, _ options: ICalendarOptions) -> [Talk] {
    schedule.talks.filter { talk in
      included(talk.at, theme: talk.theme, schedule, options)
        && options.speaker.map(talk.speakers.contains) ?? true
    }.sorted { inTimeOrder($0.at!, $1.at!) }
  }

  static func vevent(_ talk: Talk, _ schedule: Schedule, language: String, now: String) -> [String]
  {
    let primary = schedule.event.language
    var lines = [
      contentLine("BEGIN", .token("VEVENT")), contentLine("UID", .text(uid(talk, schedule))),
      contentLine("DTSTAMP", .utcTime(now)),
    ]
    lines += whenAndWhere(talk.at!, duration: talk.duration, schedule, language: language)
    lines.append(
      contentLine(
        "SUMMARY", [("LANGUAGE", language)], .text(talk.title(in: language, primary: primary))))
    var description: [String] = []
    let speakers = talk.speakers.compactMap { schedule.speakers[id: $0] }.map { speaker in
      speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
    }
    if !speakers.isEmpty { description.append(speakers.joined(separator: "\n")) }
    let theme = talk.theme.flatMap { schedule.themes[id: $0] }
    if let theme {
      description.append(localized(theme.name, theme.names, primary: primary, in: language))
    }
    if let session = schedule.sessionNote(ofTalk: talk.id, in: language) {
      description.append(session)
    }
    description.append(talk.kind.rawValue.capitalized + ", \(talk.duration) min")
    if let text = talk.abstract ?? talk.notes { description.append(text) }
    lines.append(contentLine("DESCRIPTION", .text(description.joined(separator: "\n\n"))))
    if let theme {
      lines.append(
        contentLine(
          "CATEGORIES", .text(localized(theme.name, theme.names, primary: primary, in: language))))
    }
    switch talk.status {
    case .confirmed: lines.append(contentLine("STATUS", .token("CONFIRMED")))
    case .tentative: lines.append(contentLine("STATUS", .token("TENTATIVE")))
    case .cancelled: lines.append(contentLine("STATUS", .token("CANCELLED")))
    }
    lines.append(contentLine("SEQUENCE", .integer(Publication.sequence(of: talk, in: schedule))))
    let modified = talk.revision?.modified ?? now
    lines.append(
      contentLine("LAST-MODIFIED", .utcTime(Publication.isUTCTime(modified) ? modified : now)))
    lines.append(contentLine("END", .token("VEVENT")))
    return lines
  }

  // MARK: Content lines

  /// A property value, written the one way RFC 5545 allows for its type.
  enum Value {
    /// TEXT: backslashes, semicolons, commas and line breaks escaped, controls left out.
    case text(String)
    /// A DATE-TIME in UTC, `20100301T090000Z`.
    case utcTime(String)
    /// A local DATE-TIME, `20100314T093000`.
    case localTime(String)
    case integer(Int)
    /// A name (`VEVENT`, `CONFIRMED`, `2.0`).
    case token(String)
    /// A UTC-OFFSET, `+0100`.
    case offset(String)
  }

  /// One content line, `NAME;PARAM=value:value`, unfolded. Every line of an export is made
  /// here, so that no value, whatever a schedule file or an argument holds, can end its
  /// line and start another (a property injected by a CR/LF): text is escaped, parameter
  /// values are stripped of controls and quotes and quoted when they hold `;`, `:` or `,`,
  /// a LANGUAGE that is not a language tag is left out, and the other types keep only the
  /// characters their syntax has.
  /// The lines every calendar Multaqa writes opens with.
  static let opening = [
    contentLine("BEGIN", .token("VCALENDAR")), contentLine("VERSION", .token("2.0")),
    contentLine("PRODID", .text("-//Multaqa//Multaqa conference scheduler//EN")),
    contentLine("CALSCALE", .token("GREGORIAN")),
  ]

  /// A calendar's `lines`, closed, folded and ended with CRLF.
  static func closed(_ lines: [String]) -> String {
    (lines + [contentLine("END", .token("VCALENDAR"))]).map(fold).joined(separator: "\r\n")
      + "\r\n"
  }

  static func contentLine(_ name: String, _ parameters: [(String, String)], _ value: Value)
    -> String
  {
    var line = keep(name) { isLetter($0) || isDigit($0) || $0 == "-" }
    for (key, raw) in parameters {
      if key == "LANGUAGE" && !LanguageTag.isWellFormed(raw) { continue }
      var text = keep(raw) { $0 != "\"" && !isControl($0) }
      if text.unicodeScalars.contains(where: { ";:,".unicodeScalars.contains($0) }) {
        text = "\"" + text + "\""
      }
      line += ";" + keep(key) { isLetter($0) || isDigit($0) || $0 == "-" }
      line += "=" + text
    }
    line += ":"
    switch value {
    case .text(let text): line += escape(text)
    case .utcTime(let text), .localTime(let text):
      line += keep(text) { isDigit($0) || $0 == "T" || $0 == "Z" }
    case .integer(let number): line += String(number)
    case .token(let text):
      line += keep(text) { isLetter($0) || isDigit($0) || $0 == "-" || $0 == "." }
    case .offset(let text):
      line += keep(text) { isDigit($0) || $0 == "+" || $0 == "-" }
    }
    return line
  }

  /// A content line without parameters.
  static func contentLine(_ name: String, _ value: Value) -> String {
    contentLine(name, [], value)
  }

  private static func isLetter(_ s: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(s) || ("A"..."Z").contains(s)
  }
  private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar.value == 0x7F
  }

  private static func keep(_ text: String, _ allowed: (Unicode.Scalar) -> Bool) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where allowed(scalar) { out.append(scalar) }
    return String(out)
  }

  /// `opening@afsmi5.multaqa`: the talk's id and the event's acronym (or title), stable
  /// across exports whatever the talk's place or the order of the file.
  public static func uid(_ talk: Talk, _ schedule: Schedule) -> String {
    "\(talk.id)@\(slug(schedule.event.acronym ?? schedule.event.title)).multaqa"
  }

  /// A chaired session's UID: its id under `session.`, so that it never meets a talk's.
  public static func uid(_ session: Session, _ schedule: Schedule) -> String {
    "session.\(session.id)@\(slug(schedule.event.acronym ?? schedule.event.title)).multaqa"
  }

  static func slug(_ text: String) -> String {
    var out = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
        out.unicodeScalars.append(scalar)
      } else if !out.hasSuffix("-") && !out.isEmpty {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "event" : out
  }

  static func hhmmss(_ minutes: Int) -> String {
    zeroPadded(minutes / 60, width: 2) + zeroPadded(minutes % 60, width: 2) + "00"
  }

  /// A TEXT value with backslashes, semicolons, commas and line breaks escaped.
  public static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r": continue
      default:
        // Other control characters are not allowed in TEXT (tab is).
        if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A content line folded at 75 octets, continuation lines starting with a space, never
  /// inside a UTF-8 sequence.
  public static func fold(_ line: String) -> String {
    let bytes = Array(line.utf8)
    guard bytes.count > 75 else { return line }
    var parts: [String] = []
    var start = 0
    var limit = 75
    while start < bytes.count {
      var end = min(bytes.count, start + limit)
      // Back off to the start of a character.
      while end < bytes.count && end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
      parts.append(String(decoding: bytes[start..<end], as: UTF8.self))
      start = end
      limit = 74
    }
    return parts.joined(separator: "\r\n ")
  }
}
