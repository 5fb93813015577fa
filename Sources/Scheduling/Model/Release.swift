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

  /// The programme of `schedule` as it stands, named.
  public init(of schedule: Schedule, name: String, time: String, notes: String? = nil) {
    self.init(
      name: name, time: time, notes: notes, talks: schedule.talks.map(ReleasedTalk.init))
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

  public init(
    id: String, title: String, at: Placement?, duration: Int, status: TalkStatus,
    speakers: [String]
  ) {
    self.id = id
    self.title = title
    self.at = at
    self.duration = duration
    self.status = status
    self.speakers = speakers
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
