/// A named version of the programme, as it was published: each talk's title, place,
/// duration, status and speakers, so that later versions can say what changed.
///
/// Releases live in the schedule file (`releases:`), beside the programme they describe, so
/// that the changelog travels with the file and is saved atomically with it.
public struct Release: Equatable, Sendable {
  public var name: String
  /// When it was made: UTC, `YYYYMMDDTHHMMSSZ` (the core has no clock: the caller gives it).
  public var time: String
  public var notes: String?
  public var talks: [ReleasedTalk]

  public init(name: String, time: String, notes: String? = nil, talks: [ReleasedTalk]) {
    self.name = name
    self.time = time
    self.notes = notes
    self.talks = talks
  }

  /// The programme of `schedule` as it stands, named. Each talk's calendar sequence is the
  /// one the last release gave it, one higher when it changed since (a talk new since then
  /// starts from its own record).
  public init(of schedule: Schedule, name: String, time: String, notes: String? = nil) {
    let last = schedule.releases.last.map { release in
      Dictionary(release.talks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
    self.init(
      name: name, time: time, notes: notes,
      talks: schedule.talks.map { talk in
        var released = ReleasedTalk(talk)
        released.sequence = ReleasedTalk.sequence(of: talk, after: last?[talk.id])
        return released
      })
  }
}

/// One talk as a release recorded it.
public struct ReleasedTalk: Equatable, Sendable {
  public var id: String
  public var title: String
  public var at: Placement?
  public var duration: Int
  public var status: TalkStatus
  public var speakers: [String]
  /// The iCalendar SEQUENCE calendars were given for it with this release.
  public var sequence: Int

  public init(
    id: String, title: String, at: Placement?, duration: Int, status: TalkStatus,
    speakers: [String], sequence: Int = 0
  ) {
    self.id = id
    self.title = title
    self.at = at
    self.duration = duration
    self.status = status
    self.speakers = speakers
    self.sequence = sequence
  }

  /// Whether a calendar would show `talk` differently from this record: its time, room,
  /// length, title or status.
  public func differs(from talk: Talk) -> Bool {
    at != talk.at || duration != talk.duration || title != talk.title || status != talk.status
  }

  /// The SEQUENCE of `talk` once it is released after `released` (its record in the last
  /// release): the same when it did not change, one higher when it did.
  public static func sequence(of talk: Talk, after released: ReleasedTalk?) -> Int {
    guard let released else { return talk.revision?.sequence ?? 0 }
    return released.differs(from: talk) ? released.sequence + 1 : released.sequence
  }

  public init(_ talk: Talk) {
    self.init(
      id: talk.id, title: talk.title, at: talk.at, duration: talk.duration, status: talk.status,
      speakers: talk.speakers)
  }
}

/// What changed for one talk between two versions.
public struct TalkChange: Equatable, Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case added, removed, cancelled, restored, moved, retitled, speakers
  }

  public var kind: Kind
  public var talk: String
  /// The talk in the older version (nil when added) and in the newer (nil when removed).
  public var before: ReleasedTalk?
  public var after: ReleasedTalk?

  /// The day it is listed under: where it is now, or where it was.
  public var date: CalendarDate? { after?.at?.date ?? before?.at?.date }
}

extension Release {
  /// Every change from `older` to `newer`, talk by talk, in the newer version's order (then
  /// removed talks): added, removed, cancelled or restored, moved (day, time or room),
  /// retitled, speakers changed. A talk can have several.
  public static func changes(from older: [ReleasedTalk], to newer: [ReleasedTalk])
    -> [TalkChange]
  {
    var found: [TalkChange] = []
    let old = Dictionary(older.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let kept = Set(newer.map(\.id))
    for talk in newer {
      guard let was = old[talk.id] else {
        found.append(TalkChange(kind: .added, talk: talk.id, before: nil, after: talk))
        continue
      }
      func add(_ kind: TalkChange.Kind) {
        found.append(TalkChange(kind: kind, talk: talk.id, before: was, after: talk))
      }
      if was.status.isActive && !talk.status.isActive { add(.cancelled) }
      if !was.status.isActive && talk.status.isActive { add(.restored) }
      if was.at != talk.at || was.duration != talk.duration { add(.moved) }
      if was.title != talk.title { add(.retitled) }
      if was.speakers != talk.speakers { add(.speakers) }
    }
    for talk in older where !kept.contains(talk.id) {
      found.append(TalkChange(kind: .removed, talk: talk.id, before: talk, after: nil))
    }
    return found
  }
}
