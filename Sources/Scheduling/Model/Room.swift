/// A room of the venue.
public struct Room: Identified, Equatable, Sendable {
  public var id: String
  public var name: String
  public var names: Translations
  public var capacity: Int
  /// What the room offers (`interpretation`, `projector`, …), sorted and unique.
  public var features: [String] {
    didSet { features = Array(Set(features)).sorted() }
  }
  public var notes: String?

  public init(
    id: String, name: String, names: Translations = [:], capacity: Int, features: [String] = [],
    notes: String? = nil
  ) {
    self.id = id
    self.name = name
    self.names = names
    self.capacity = capacity
    self.features = Array(Set(features)).sorted()
    self.notes = notes
  }
}

/// A theme (track) of the event.
public struct Theme: Identified, Equatable, Sendable {
  public var id: String
  public var name: String
  public var names: Translations
  /// When the track's talks should take place, and when rather not.
  public var prefer: Preference?
  public var avoid: Preference?
  /// Rooms the track would rather use.
  public var rooms: [String]
  /// Tracks so alike that they should not run at the same time (the same audience).
  public var apart: [String]
  /// Whether the track's sessions should follow one another in one room.
  public var consecutive: Bool
  public var notes: String?

  public init(
    id: String, name: String, names: Translations = [:], prefer: Preference? = nil,
    avoid: Preference? = nil, rooms: [String] = [], apart: [String] = [],
    consecutive: Bool = false, notes: String? = nil
  ) {
    self.id = id
    self.name = name
    self.names = names
    self.prefer = prefer
    self.avoid = avoid
    self.rooms = rooms
    self.apart = apart
    self.consecutive = consecutive
    self.notes = notes
  }
}
