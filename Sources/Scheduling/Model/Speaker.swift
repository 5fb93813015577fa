/// A person who speaks, chairs or moderates.
public struct Speaker: Identified, Equatable, Sendable {
  public var id: String
  public var name: String
  public var affiliation: String?
  /// Periods when the speaker cannot be on stage.
  public var unavailable: [Unavailability]
  public var notes: String?

  public init(
    id: String, name: String, affiliation: String? = nil, unavailable: [Unavailability] = [],
    notes: String? = nil
  ) {
    self.id = id
    self.name = name
    self.affiliation = affiliation
    self.unavailable = unavailable
    self.notes = notes
  }
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
