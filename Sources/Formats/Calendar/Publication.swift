import Foundation
import Scheduling

/// What calendars were last told about each talk, so that a change reaches them.
///
/// A talk's *fingerprint* summarizes what a calendar shows of it: date, start, end, room,
/// titles and status. When a save finds the fingerprint changed, the talk's
/// `revision.sequence` (the iCalendar SEQUENCE) rises by one and `modified` is set to the
/// time of the change. Sequences only ever rise: the file on disk is the reference, so that
/// undoing in the editor never lowers a sequence calendars have already seen. Exports stamp
/// in memory only: a talk changed by hand since the last save goes out one above its record.
public enum Publication {
  /// The largest SEQUENCE: iCalendar's INTEGER is 32 bits (RFC 5545, 3.3.8). Sequences
  /// stop there instead of overflowing.
  public static let maximumSequence = Int(Int32.max)

  /// The SEQUENCE a calendar export gives `talk`. Once the file has releases it follows
  /// them: the last release's, one higher while the talk differs from it, so that
  /// participants' calendars update once per published version. Before any release, the
  /// talk's save-by-save record.
  public static func sequence(of talk: Talk, in schedule: Schedule) -> Int {
    guard let last = schedule.releases.last else { return talk.revision?.sequence ?? 0 }
    let released = last.talks.first { $0.id == talk.id }
    return min(maximumSequence, ReleasedTalk.sequence(of: talk, after: released))
  }

  /// The fingerprint of what a calendar shows of `talk`.
  public static func fingerprint(_ talk: Talk) -> String {
    var parts = [
      talk.at.map { "\($0.date.iso) \($0.start) \($0.room)" } ?? "-", String(talk.duration),
      talk.status.rawValue, talk.title,
    ]
    parts += talk.titles.keys.sorted().map { "\($0)=\(talk.titles[$0]!)" }
    let hash = FNV1a.hash(parts.joined(separator: "\u{1F}").utf8)
    return zeroPadded(hash, width: 16, radix: 16, uppercase: false)
  }

  /// `schedule` with each talk's revision brought up to date against `previous` (the file
  /// as it was on disk), changes stamped at `now` (`YYYYMMDDTHHMMSSZ`).
  public static func stamp(_ schedule: Schedule, previous: Schedule?, now: String) -> Schedule {
    var result = schedule
    for i in result.talks.indices {
      let talk = result.talks[i]
      let print = fingerprint(talk)
      let before = [previous?.talks[id: talk.id]?.revision, talk.revision].compactMap { $0 }
        .max { $0.sequence < $1.sequence }
      let revision: Revision
      if let before {
        revision =
          before.fingerprint == print
          ? before
          : Revision(
            sequence: min(before.sequence, maximumSequence - 1) + 1, fingerprint: print,
            modified: now)
      } else {
        revision = Revision(sequence: 0, fingerprint: print, modified: now)
      }
      if revision != talk.revision { result.talks.modify(at: i) { $0.revision = revision } }
    }
    return result
  }

  /// Whether `text` can be a fingerprint: letters and digits, as ``fingerprint(_:)`` writes
  /// them (16 hexadecimal digits) or an older version might.
  public static func isFingerprint(_ text: String) -> Bool {
    (1...64).contains(text.utf8.count)
      && text.unicodeScalars.allSatisfy {
        $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }
  }

  /// Whether `text` is a UTC date and time as iCalendar writes it (`20100301T120000Z`), of
  /// a real day and time.
  public static func isUTCTime(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z"),
      bytes[0..<8].allSatisfy({ (0x30...0x39).contains($0) }),
      bytes[9..<15].allSatisfy({ (0x30...0x39).contains($0) })
    else { return false }
    func number(_ range: Range<Int>) -> Int {
      bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    return CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)) != nil
      && number(9..<11) < 24 && number(11..<13) < 60 && number(13..<15) <= 60
  }

  /// `2010-03-01 12:00 UTC` for `20100301T120000Z`: a recorded time as people read it.
  public static func readable(_ stamp: String) -> String {
    guard isUTCTime(stamp) else { return stamp }
    let c = Array(stamp)
    return "\(String(c[0..<4]))-\(String(c[4..<6]))-\(String(c[6..<8])) "
      + "\(String(c[9..<11])):\(String(c[11..<13])) UTC"
  }

  /// The current time in UTC as iCalendar writes it: `20100301T120000Z`.
  public static func utcNow(_ date: Date = Date()) -> String {
    let seconds = Int(date.timeIntervalSince1970)
    let day = CalendarDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    let rest = seconds - day.dayNumber * 86_400
    return day.basic + "T" + zeroPadded(rest / 3600, width: 2)
      + zeroPadded(rest / 60 % 60, width: 2) + zeroPadded(rest % 60, width: 2) + "Z"
  }

}

extension Schedule {
  /// Whether two schedules hold the same programme, whatever their publication records say.
  public func sameProgramme(as other: Schedule) -> Bool {
    guard event == other.event, days == other.days, rooms == other.rooms, themes == other.themes,
      speakers == other.speakers, solver == other.solver, talks.count == other.talks.count
    else { return false }
    for (a, b) in zip(talks, other.talks) {
      var a = a
      a.revision = b.revision
      if a != b { return false }
    }
    return true
  }
}
