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
  public var notes: String?

  public init(id: String, name: String, names: Translations = [:], notes: String? = nil) {
    self.id = id
    self.name = name
    self.names = names
    self.notes = notes
  }
}
