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
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Multaqa//Multaqa conference scheduler//EN",
      "CALSCALE:GREGORIAN",
    ]
    var name = event.title(in: language)
    if let id = options.speaker, let speaker = schedule.speakers[id: id] {
      name += " — \(speaker.name)"
    }
    lines.append("X-WR-CALNAME:\(escape(name))")
    lines.append("X-WR-TIMEZONE:\(escape(event.timezone))")
    let years = schedule.days.map(\.date.year)
    if let first = years.min(), let last = years.max(),
      let rules = TimeZoneRules(identifier: event.timezone, from: first - 1, through: last + 1)
    {
      lines += rules.component
    }
    for talk in talks(schedule, options) {
      lines += vevent(talk, schedule, language: language, now: now)
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// The talks of the export: placed ones (cancelled included), filtered, in time order.
  public static func talks(_ schedule: Schedule, _ options: ICalendarOptions) -> [Talk] {
    schedule.talks.filter { talk in
      guard let at = talk.at, schedule.day(at.date) != nil, schedule.rooms.contains(id: at.room)
      else { return false }
      if !options.days.isEmpty && !options.days.contains(at.date) { return false }
      if let room = options.room, at.room != room { return false }
      if let theme = options.theme, talk.theme != theme { return false }
      if let speaker = options.speaker, !talk.speakers.contains(speaker) { return false }
      return true
    }.sorted { ($0.at!.date, $0.at!.start, $0.at!.room) < ($1.at!.date, $1.at!.start, $1.at!.room) }
  }

  static func vevent(_ talk: Talk, _ schedule: Schedule, language: String, now: String) -> [String]
  {
    let at = talk.at!
    let event = schedule.event
    let primary = event.language
    let tz = event.timezone
    let room = schedule.rooms[id: at.room]!
    let start = at.date.basic + "T" + hhmmss(at.start.minutes)
    let endMinutes = at.start.minutes + talk.duration
    let endDate = at.date.adding(days: endMinutes / 1440)
    let end = endDate.basic + "T" + hhmmss(endMinutes % 1440)
    var lines = ["BEGIN:VEVENT", "UID:\(escape(uid(talk, schedule)))", "DTSTAMP:\(now)"]
    lines.append("DTSTART;TZID=\(tz):\(start)")
    lines.append("DTEND;TZID=\(tz):\(end)")
    lines.append(
      "SUMMARY;LANGUAGE=\(language):\(escape(talk.title(in: language, primary: primary)))")
    let roomName = localized(room.name, room.names, primary: primary, in: language)
    lines.append("LOCATION:\(escape("\(roomName), \(event.venue)"))")
    var description: [String] = []
    let speakers = talk.speakers.compactMap { schedule.speakers[id: $0] }.map { speaker in
      speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
    }
    if !speakers.isEmpty { description.append(speakers.joined(separator: "\n")) }
    let theme = talk.theme.flatMap { schedule.themes[id: $0] }
    if let theme {
      description.append(localized(theme.name, theme.names, primary: primary, in: language))
    }
    description.append(talk.kind.rawValue.capitalized + ", \(talk.duration) min")
    if let text = talk.abstract ?? talk.notes { description.append(text) }
    lines.append("DESCRIPTION:\(escape(description.joined(separator: "\n\n")))")
    if let theme {
      lines.append(
        "CATEGORIES:\(escape(localized(theme.name, theme.names, primary: primary, in: language)))")
    }
    switch talk.status {
    case .confirmed: lines.append("STATUS:CONFIRMED")
    case .tentative: lines.append("STATUS:TENTATIVE")
    case .cancelled: lines.append("STATUS:CANCELLED")
    }
    lines.append("SEQUENCE:\(talk.revision?.sequence ?? 0)")
    lines.append("LAST-MODIFIED:\(talk.revision?.modified ?? now)")
    lines.append("END:VEVENT")
    return lines
  }

  /// `opening@afsmi5.multaqa`: the talk's id and the event's acronym (or title), stable
  /// across exports whatever the talk's place or the order of the file.
  public static func uid(_ talk: Talk, _ schedule: Schedule) -> String {
    "\(talk.id)@\(slug(schedule.event.acronym ?? schedule.event.title)).multaqa"
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
    let h = minutes / 60
    let m = minutes % 60
    return (h < 10 ? "0\(h)" : String(h)) + (m < 10 ? "0\(m)" : String(m)) + "00"
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
        // Other control characters are not allowed in TEXT.
        if scalar.value < 0x20 && scalar != "\t" { continue }
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
