import Foundation
import Scheduling

/// A time zone's offsets over a range of dates, from the tz database, as iCalendar's
/// VTIMEZONE needs them: the offset at the start, then every change.
struct TimeZoneRules {
  struct Observance {
    /// When the offset takes effect.
    var instant: Date
    var offsetFrom: Int
    var offsetTo: Int
    var daylight: Bool
    var name: String?
  }

  let identifier: String
  let observances: [Observance]

  /// The rules of `identifier` from 1 January of `first` to 31 December of `last`.
  init?(identifier: String, from first: Int, through last: Int) {
    guard let zone = TimeZone(identifier: identifier),
      let firstDay = CalendarDate(year: first, month: 1, day: 1),
      let lastDay = CalendarDate(year: last, month: 12, day: 31)
    else { return nil }
    self.identifier = identifier
    let start = Self.utc(firstDay, minutes: 0)
    let end = Self.utc(lastDay, minutes: 1440)
    var offset = zone.secondsFromGMT(for: start)
    var list = [
      Observance(
        instant: start, offsetFrom: offset, offsetTo: offset,
        daylight: zone.isDaylightSavingTime(for: start), name: Self.name(zone, start))
    ]
    var cursor = start
    while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
      let after = zone.secondsFromGMT(for: next)
      list.append(
        Observance(
          instant: next, offsetFrom: offset, offsetTo: after,
          daylight: zone.isDaylightSavingTime(for: next), name: Self.name(zone, next)))
      offset = after
      cursor = next
    }
    observances = list
  }

  /// The UTC instant of a local date and minute in a zone with no offset.
  static func utc(_ date: CalendarDate, minutes: Int) -> Date {
    Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + minutes * 60))
  }

  /// A zone's short name when the database has a real one (`CET`), not `GMT+1`.
  private static func name(_ zone: TimeZone, _ date: Date) -> String? {
    guard let abbreviation = zone.abbreviation(for: date),
      abbreviation.allSatisfy({ $0.isLetter }), abbreviation.count <= 6
    else { return nil }
    return abbreviation
  }

  /// The offset in effect at a UTC instant.
  func offset(at instant: Date) -> Int {
    observances.last { $0.instant <= instant }?.offsetTo ?? observances.first?.offsetFrom ?? 0
  }

  /// `+0100`, `-0430`, or `+013045` when seconds matter.
  static func format(offset seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let s = abs(seconds)
    var text = sign + zeroPadded(s / 3600, width: 2) + zeroPadded(s / 60 % 60, width: 2)
    if s % 60 != 0 { text += zeroPadded(s % 60, width: 2) }
    return text
  }

  /// The local wall time of a UTC instant with `offset`: `YYYYMMDDTHHMMSS`.
  static func local(_ instant: Date, offset: Int) -> String {
    let seconds = Int(instant.timeIntervalSince1970) + offset
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let rest = seconds - days * 86_400
    return CalendarDate(dayNumber: days).basic + "T" + zeroPadded(rest / 3600, width: 2)
      + zeroPadded(rest / 60 % 60, width: 2)
      + zeroPadded(rest % 60, width: 2)
  }

  /// The VTIMEZONE component, one subcomponent per observance (its onset in the local time
  /// that was in effect before it, as RFC 5545 requires).
  var component: [String] {
    var lines = [
      ICalendar.contentLine("BEGIN", .token("VTIMEZONE")),
      ICalendar.contentLine("TZID", .text(identifier)),
    ]
    for observance in observances {
      let kind = observance.daylight ? "DAYLIGHT" : "STANDARD"
      let onset = Self.local(observance.instant, offset: observance.offsetFrom)
      lines.append(ICalendar.contentLine("BEGIN", .token(kind)))
      lines.append(ICalendar.contentLine("DTSTART", .localTime(onset)))
      lines.append(
        ICalendar.contentLine("TZOFFSETFROM", .offset(Self.format(offset: observance.offsetFrom))))
      lines.append(
        ICalendar.contentLine("TZOFFSETTO", .offset(Self.format(offset: observance.offsetTo))))
      if let name = observance.name { lines.append(ICalendar.contentLine("TZNAME", .text(name))) }
      lines.append(ICalendar.contentLine("END", .token(kind)))
    }
    lines.append(ICalendar.contentLine("END", .token("VTIMEZONE")))
    return lines
  }
}
