/// A person who speaks, chairs or moderates.
public struct Speaker: Identified, Equatable, Sendable {
  public var id: String
  public var name: String
  /// The name in other scripts and languages (`ar: محمد المنصوري`), by language code.
  public var names: Translations
  public var affiliation: String?
  /// How organizers reach the speaker: not exported to calendars or plans.
  public var email: String?
  public var phone: String?
  /// Periods when the speaker cannot be on stage.
  public var unavailable: [Unavailability]
  /// Where a remote presenter of a hybrid event is: a tz database name.
  public var zone: String?
  /// Minutes the presenter's clock is ahead of the venue's, for each day of the event, from
  /// ``zone`` (the loader works it out from the tz database; the core has no clock). Days
  /// differ when either clock changes to or from daylight time during the event.
  public var shifts: [CalendarDate: Int]
  public var notes: String?

  public init(
    id: String, name: String, names: Translations = [:], affiliation: String? = nil,
    email: String? = nil, phone: String? = nil, unavailable: [Unavailability] = [],
    zone: String? = nil, shifts: [CalendarDate: Int] = [:], notes: String? = nil
  ) {
    self.id = id
    self.name = name
    self.names = names
    self.affiliation = affiliation
    self.email = email
    self.phone = phone
    self.unavailable = unavailable
    self.zone = zone
    self.shifts = shifts
    self.notes = notes
  }

  /// The presenter's local daytime, when talks suit someone far away: 08:00 to 20:00.
  public static let localDay = 8 * 60..<20 * 60

  /// The name in `language`, or the primary name when it has none there.
  public func name(in language: String) -> String { names[language] ?? name }
}

/// A period of one day, `[from, to)`.
public struct Unavailability: Equatable, Sendable {
  public var date: CalendarDate
  public var from: TimeOfDay
  public var to: TimeOfDay

  public init(date: CalendarDate, from: TimeOfDay, to: TimeOfDay) {
    self.date = date
    self.from = from
    self.to = to
  }
}
