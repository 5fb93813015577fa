import Foundation
import Scheduling

/// Names of the tz database (`Africa/Algiers`, `Etc/UTC`, `Etc/GMT-2`), which schedule
/// files give their time zone by.
enum TimeZoneNames {
  /// Whether `name` is a zone of the tz database this machine has. Foundation's list of
  /// known identifiers leaves out links and the `Etc` zones (`Etc/UTC`, `Asia/Kolkata`),
  /// so the zone is looked up by name, and only names shaped like the database's count:
  /// not ICU's own forms such as `GMT+0530`.
  static func isKnown(_ name: String) -> Bool {
    if name == "UTC" { return true }
    guard isShapedLikeATZName(name), let zone = TimeZone(identifier: name) else { return false }
    return zone.identifier == name
  }

  /// Minutes the clock of `zone` is ahead of that of `venue` at noon on `date` (0 when
  /// either is unknown).
  static func shift(of zone: String, from venue: String, on date: CalendarDate) -> Int {
    guard let a = TimeZone(identifier: zone), let b = TimeZone(identifier: venue) else {
      return 0
    }
    let noon = TimeZoneRules.utc(date, minutes: 12 * 60)
    return (a.secondsFromGMT(for: noon) - b.secondsFromGMT(for: noon)) / 60
  }

  /// `Area/Location[/Sub]` or a bare name (`CET`, `UTC`, `GMT+0`), in the database's
  /// characters; `GMT` with an offset only as the database writes it.
  static func isShapedLikeATZName(_ name: String) -> Bool {
    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
    guard !parts.isEmpty,
      parts.allSatisfy({ part in
        guard let first = part.first, first.isASCII, first.isLetter else { return false }
        return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_+-".contains($0)) }
      })
    else { return false }
    if parts.count == 1, name.hasPrefix("GMT"), name.count > 3 {
      return ["GMT+0", "GMT-0", "GMT0"].contains(name)
    }
    return true
  }
}
