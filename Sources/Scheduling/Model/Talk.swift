/// What kind of session a talk is. Plenaries and ceremonies have the whole event's attention:
/// nothing else may run at the same time.
public enum TalkKind: String, CaseIterable, Sendable {
  case plenary, keynote, talk, panel, workshop, ceremony

  /// Whether nothing may run in parallel with a session of this kind.
  public var isExclusive: Bool { self == .plenary || self == .ceremony }
}

/// Whether a talk is taking place.
public enum TalkStatus: String, CaseIterable, Sendable {
  case confirmed, tentative, cancelled

  /// Cancelled talks hold no room and are not checked.
  public var isActive: Bool { self != .cancelled }
}

/// Where and when a talk takes place.
public struct Placement: Hashable, Sendable, CustomStringConvertible {
  public var date: CalendarDate
  public var room: String
  public var start: TimeOfDay

  public init(date: CalendarDate, room: String, start: TimeOfDay) {
    self.date = date
    self.room = room
    self.start = start
  }

  public var description: String { "\(date.iso) \(start) \(room)" }
}

/// A wish for when a talk should (`prefer:`) or should not (`avoid:`) take place: a date, a
/// window of the day, a session's time, or several of them.
public struct Preference: Equatable, Sendable {
  public var date: CalendarDate?
  public var from: TimeOfDay?
  public var to: TimeOfDay?
  /// A session's id: its day and time range.
  public var session: String?

  public init(
    date: CalendarDate? = nil, from: TimeOfDay? = nil, to: TimeOfDay? = nil,
    session: String? = nil
  ) {
    self.date = date
    self.from = from
    self.to = to
    self.session = session
  }

  /// Whether a talk at `date` from `start` for `duration` minutes meets the wish.
  public func isMet(date: CalendarDate, start: Int, duration: Int) -> Bool {
    if let wanted = self.date, wanted != date { return false }
    if let from, start < from.minutes { return false }
    if let to, start + duration > to.minutes { return false }
    return true
  }
}

/// A session of the programme.
public struct Talk: Identified, Equatable, Sendable {
  public var id: String
  /// The title in the event's primary language.
  public var title: String
  /// Translations of the title, by language code.
  public var titles: Translations
  public var theme: String?
  public var kind: TalkKind
  /// Speaker ids, in the order they are announced.
  public var speakers: [String]
  /// Minutes; a multiple of the event's slot.
  public var duration: Int
  /// Expected attendance, when known.
  public var audience: Int?
  /// Room features the talk requires, sorted and unique.
  public var needs: [String] {
    didSet { needs = Array(Set(needs)).sorted() }
  }
  /// Where the talk is; `nil` while unscheduled.
  public var at: Placement?
  /// A pinned talk is never moved by the automatic scheduler.
  public var pinned: Bool
  public var status: TalkStatus
  /// The spoken language, when it is known (`ar`, `fr`, `en`).
  public var language: String?
  public var abstract: String?
  public var notes: String?
  /// When the talk should preferably take place.
  public var prefer: Preference?
  /// When the talk should rather not take place.
  public var avoid: Preference?
  /// Talks that should end before this one starts.
  public var after: [String]
  /// Publication state for calendar exports (see ``Revision``).
  public var revision: Revision?

  public init(
    id: String, title: String, titles: Translations = [:], theme: String? = nil,
    kind: TalkKind = .talk, speakers: [String] = [], duration: Int, audience: Int? = nil,
    needs: [String] = [], at: Placement? = nil, pinned: Bool = false,
    status: TalkStatus = .confirmed, language: String? = nil, abstract: String? = nil,
    notes: String? = nil, prefer: Preference? = nil, avoid: Preference? = nil,
    after: [String] = [], revision: Revision? = nil
  ) {
    self.id = id
    self.title = title
    self.titles = titles
    self.theme = theme
    self.kind = kind
    self.speakers = speakers
    self.duration = duration
    self.audience = audience
    self.needs = Array(Set(needs)).sorted()
    self.at = at
    self.pinned = pinned
    self.status = status
    self.language = language
    self.abstract = abstract
    self.notes = notes
    self.prefer = prefer
    self.avoid = avoid
    self.after = after
    self.revision = revision
  }

  /// The title in `language`, falling back to the primary title.
  public func title(in language: String?, primary: String) -> String {
    localized(title, titles, primary: primary, in: language)
  }

  /// Whether the talk occupies a room: placed and not cancelled.
  public var holdsRoom: Bool { at != nil && status.isActive }
}

/// What a calendar export last published for a talk, so that a change raises its sequence.
///
/// `sequence` is the iCalendar SEQUENCE; `fingerprint` summarizes what was published (time,
/// room, title, status); `modified` is the UTC time of the change as `YYYYMMDDTHHMMSSZ`.
public struct Revision: Equatable, Sendable {
  public var sequence: Int
  public var fingerprint: String
  public var modified: String

  public init(sequence: Int, fingerprint: String, modified: String) {
    self.sequence = sequence
    self.fingerprint = fingerprint
    self.modified = modified
  }
}
