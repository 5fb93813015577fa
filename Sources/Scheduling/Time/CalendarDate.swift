/// A day of the proleptic Gregorian calendar, without a time zone.
///
/// The core never touches `Date`: days are civil dates and times are minutes on a day's grid,
/// so that every computation is exact and independent of the machine's clock and zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a date when the fields name a real day (months 1–12, days within the month).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The years an event may take place in. Dates far outside them are typing mistakes
  /// (`0210`, `20100`), and would take calendars and time zone data where they cannot go.
  public static let plannableYears = 1900...2200

  /// Whether the date falls in ``plannableYears``.
  public var isPlannable: Bool { Self.plannableYears.contains(year) }

  /// Parses `YYYY-MM-DD` exactly (ISO 8601 calendar date, extended format).
  public init?(iso text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let y = Self.digits(bytes[0..<4]), let m = Self.digits(bytes[5..<7]),
      let d = Self.digits(bytes[8..<10])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The day `number` days after 1970-01-01 (negative before it).
  public init(dayNumber number: Int) {
    // Howard Hinnant's civil_from_days.
    let z = number + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The weekday, 0 for Sunday through 6 for Saturday.
  public var weekday: Int {
    let n = (dayNumber + 4) % 7  // 1970-01-01 was a Thursday.
    return n < 0 ? n + 7 : n
  }

  /// The date `count` days later (earlier when negative).
  public func adding(days count: Int) -> CalendarDate {
    CalendarDate(dayNumber: dayNumber + count)
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    zeroPadded(year, width: 4) + "-" + zeroPadded(month, width: 2) + "-" + zeroPadded(day, width: 2)
  }

  /// `YYYYMMDD`, the basic format that iCalendar uses.
  public var basic: String {
    zeroPadded(year, width: 4) + zeroPadded(month, width: 2) + zeroPadded(day, width: 2)
  }

  public var description: String { iso }

  /// `14 Mar`, the compact English form used in messages.
  public var short: String {
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    return "\(day) \(months[month - 1])"
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }
}
