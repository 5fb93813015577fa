import Foundation
import Scheduling

/// What publishing a programme to a CalDAV collection (RFC 4791) has to send: one resource per
/// talk (the iCalendar export's UIDs), created when the server lacks it, updated when what it
/// holds differs, deleted when the talk left the file; the rest is not sent again. Pure: the
/// command does the HTTP.
public enum CalendarPublishing {
  /// One talk's calendar resource.
  public struct Resource: Equatable, Sendable {
    /// The resource's name in the collection (unescaped): its UID and `.ics`.
    public var name: String
    public var uid: String
    public var body: String
    public var cancelled: Bool
  }

  /// A resource the server holds.
  public struct Remote: Equatable, Sendable {
    public var name: String
    public var etag: String?
    public var body: String

    public init(name: String, etag: String?, body: String) {
      self.name = name
      self.etag = etag
      self.body = body
    }
  }

  public enum Operation: Equatable, Sendable {
    /// `PUT` with `If-None-Match: *`.
    case create(Resource)
    /// `PUT` with `If-Match` on the ETag read.
    case update(Resource, etag: String?)
    /// `DELETE` with `If-Match`.
    case delete(name: String, uid: String, etag: String?)
  }

  /// Every placed talk's resource (cancelled ones stay, as CANCELLED).
  public static func resources(_ schedule: Schedule, language: String?, now: String) -> [Resource] {
    ICalendar.talks(schedule, ICalendarOptions()).map { talk in
      let uid = ICalendar.uid(talk, schedule)
      return Resource(
        name: resourceName(uid), uid: uid,
        body: ICalendar.single(talk, in: schedule, language: language, now: now),
        cancelled: !talk.status.isActive)
    }
  }

  /// The operations that bring `remote` to `local`, and how many resources need nothing.
  /// Only resources whose UID is one of this event's (`suffix`) are ever deleted: a shared
  /// collection keeps what others put there.
  public static func plan(local: [Resource], remote: [Remote], suffix: String)
    -> (operations: [Operation], unchanged: Int)
  {
    // Servers may escape names their own way: compare them unescaped.
    func key(_ name: String) -> String { name.removingPercentEncoding ?? name }
    let byName = Dictionary(remote.map { (key($0.name), $0) }, uniquingKeysWith: { a, _ in a })
    var operations: [Operation] = []
    var unchanged = 0
    for resource in local {
      if let there = byName[key(resource.name)] {
        if sameEvent(there.body, resource.body) {
          unchanged += 1
        } else {
          operations.append(.update(resource, etag: there.etag))
        }
      } else {
        operations.append(.create(resource))
      }
    }
    let names = Set(local.map { key($0.name) })
    for there in remote where !names.contains(key(there.name)) {
      guard let uid = uid(of: there.body), uid.hasSuffix(suffix) else { continue }
      operations.append(.delete(name: there.name, uid: uid, etag: there.etag))
    }
    return (operations, unchanged)
  }

  /// The UID suffix of `schedule`'s events.
  public static func suffix(of schedule: Schedule) -> String {
    "@" + ICalendar.slug(schedule.event.acronym ?? schedule.event.title) + ".multaqa"
  }

  /// Whether two calendars say the same, apart from when they were generated (DTSTAMP)
  /// and how the server folded or ordered their lines.
  static func sameEvent(_ a: String, _ b: String) -> Bool { lines(a) == lines(b) }

  static func lines(_ text: String) -> [String] {
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
      .replacingOccurrences(of: "\r\n\t", with: "").replacingOccurrences(of: "\n ", with: "")
    return unfolded.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" })
      .map(String.init).filter { !$0.hasPrefix("DTSTAMP") && !$0.isEmpty }.sorted()
  }

  static func uid(of body: String) -> String? {
    lines(body).first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
  }

  /// `t12@arabsmi5.multaqa.ics`: the UID as it is, since ids hold only letters (of any
  /// script), digits, `-`, `_` and `.`, and the event's part is ASCII; the URL escapes the
  /// rest once, when the request is made.
  static func resourceName(_ uid: String) -> String { uid + ".ics" }
}
