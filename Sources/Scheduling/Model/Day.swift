/// One day of the event: its opening hours and its breaks.
public struct Day: Identified, Equatable, Sendable {
  public var date: CalendarDate
  public var opens: TimeOfDay
  public var closes: TimeOfDay
  public var breaks: [Break]
  /// The day's own grid step in minutes, when it differs from the event's.
  public var slot: Int?
  public var notes: String?

  /// A day is identified by its date (`2010-03-14`).
  public var id: String { date.iso }

  public init(
    date: CalendarDate, opens: TimeOfDay, closes: TimeOfDay, breaks: [Break] = [],
    slot: Int? = nil, notes: String? = nil
  ) {
    self.date = date
    self.opens = opens
    self.closes = closes
    self.breaks = breaks
    self.slot = slot
    self.notes = notes
  }
}

/// A pause in the day (coffee, lunch, prayer) when no talk may run.
public struct Break: Equatable, Sendable {
  public var start: TimeOfDay
  public var end: TimeOfDay
  public var title: String
  public var titles: Translations

  public init(start: TimeOfDay, end: TimeOfDay, title: String, titles: Translations = [:]) {
    self.start = start
    self.end = end
    self.title = title
    self.titles = titles
  }
}
