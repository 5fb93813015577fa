/// A block of the programme: one room for a time range, one track, a chair, and talks that
/// fill it in order.
///
/// A session's talks keep their own placements (every rule and export reads talks), and the
/// session says where they must be: in its room, on its day, inside its range. Moving a
/// session moves its talks with it (``Edit/moveSession(_:to:)``).
public struct Session: Identified, Equatable, Sendable {
  public var id: String
  /// The title in the event's primary language.
  public var title: String
  /// Translations of the title, by language code.
  public var titles: Translations
  /// The track: a theme id, when the session has one.
  public var theme: String?
  /// The speaker who chairs it; they must be free for the whole session.
  public var chair: String?
  /// Where and when it starts; `nil` while unscheduled.
  public var at: Placement?
  /// Minutes the session holds its room.
  public var duration: Int
  /// Talk ids, in the order they run.
  public var talks: [String]
  /// A pinned session is never moved by the automatic scheduler.
  public var pinned: Bool
  public var notes: String?

  public init(
    id: String, title: String, titles: Translations = [:], theme: String? = nil,
    chair: String? = nil, at: Placement? = nil, duration: Int, talks: [String] = [],
    pinned: Bool = false, notes: String? = nil
  ) {
    self.id = id
    self.title = title
    self.titles = titles
    self.theme = theme
    self.chair = chair
    self.at = at
    self.duration = duration
    self.talks = talks
    self.pinned = pinned
    self.notes = notes
  }

  /// The title in `language`, falling back to the primary title.
  public func title(in language: String?, primary: String) -> String {
    localized(title, titles, primary: primary, in: language)
  }

  /// Minutes after midnight when it ends, when scheduled.
  public var end: Int? { at.map { $0.start.minutes + duration } }

  /// Whether the session, scheduled, covers `[start, end)` on `date` in `room` entirely.
  public func holds(date: CalendarDate, room: String, start: Int, end: Int) -> Bool {
    guard let at, at.date == date, at.room == room else { return false }
    return start >= at.start.minutes && end <= at.start.minutes + duration
  }

  /// Where each of `talks` runs when laid out back to back from the session's start: a talk
  /// with its own placement keeps it (and the next starts after it), one without starts where
  /// the previous one ended. `ownPlacement` and `duration` look a talk up by id.
  public func layout(
    ownPlacement: (String) -> Placement?, duration: (String) -> Int?
  ) -> [String: Placement] {
    guard let at else { return [:] }
    var cursor = at.start.minutes
    var result: [String: Placement] = [:]
    for id in talks {
      guard let length = duration(id) else { continue }
      if let own = ownPlacement(id) {
        result[id] = own
        cursor = max(cursor, own.start.minutes + length)
      } else if let start = TimeOfDay(minutes: cursor) {
        result[id] = Placement(date: at.date, room: at.room, start: start)
        cursor += length
      }
    }
    return result
  }
}

extension Schedule {
  /// The session that lists talk `id`, if any.
  public func session(ofTalk id: String) -> Session? {
    sessions.first { $0.talks.contains(id) }
  }
}
