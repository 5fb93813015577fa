/// A time on a day's grid, as minutes after midnight (0…1440; 1440 is the end of the day).
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let minutes: Int

  public init?(minutes: Int) {
    guard (0...1440).contains(minutes) else { return nil }
    self.minutes = minutes
  }

  /// Creates a time from hours and minutes; `24:00` is allowed as the end of a day.
  public init?(hour: Int, minute: Int) {
    guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else {
      return nil
    }
    self.minutes = hour * 60 + minute
  }

  /// Parses `HH:MM` (or `H:MM`), 24-hour clock.
  public init?(parsing text: some StringProtocol) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
      let h = Int(parts[0]), let m = Int(parts[1])
    else { return nil }
    self.init(hour: h, minute: m)
  }

  public var hour: Int { minutes / 60 }
  public var minute: Int { minutes % 60 }

  /// `HH:MM`.
  public var description: String {
    zeroPadded(hour, width: 2) + ":" + zeroPadded(minute, width: 2)
  }

  public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }

  /// Formats minutes after midnight as `HH:MM` without validating the range.
  public static func format(_ minutes: Int) -> String {
    zeroPadded(minutes / 60, width: 2) + ":" + zeroPadded(minutes % 60, width: 2)
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

/// Whether the half-open ranges `[a0, a1)` and `[b0, b1)` share a minute.
@inlinable
public func overlaps(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Bool {
  a0 < b1 && b0 < a1
}
