/// How much each soft term of the solver's objective counts (the `solver:` section of a file).
///
/// The defaults put the terms in the order organizers asked for: a theme competing with
/// itself matters most, then themes spread over rooms, then empty seats, then speakers
/// running between rooms, then talks' own wishes. Each default is ten times the next.
public struct SolverWeights: Equatable, Sendable {
  /// Per pair of talks of one theme at the same time (`theme-parallel`).
  public var themeParallel: Double
  /// Per room a theme uses (each theme in as few rooms as possible).
  public var themeRooms: Double
  /// Per talk, times the share of its room's seats left empty.
  public var capacity: Double
  /// Per speaker change of room with no gap (`speaker-back-to-back`).
  public var backToBack: Double
  /// Per wish missed (`prefer:` or `after:`).
  public var wishes: Double

  public init(
    themeParallel: Double = 10_000, themeRooms: Double = 1_000, capacity: Double = 100,
    backToBack: Double = 10, wishes: Double = 1
  ) {
    self.themeParallel = themeParallel
    self.themeRooms = themeRooms
    self.capacity = capacity
    self.backToBack = backToBack
    self.wishes = wishes
  }

  public static let standard = SolverWeights()

  /// The terms by their names in files and reports, in priority order.
  public static let names = ["theme-parallel", "theme-rooms", "capacity", "back-to-back", "wishes"]

  public subscript(name: String) -> Double? {
    get {
      switch name {
      case "theme-parallel": return themeParallel
      case "theme-rooms": return themeRooms
      case "capacity": return capacity
      case "back-to-back": return backToBack
      case "wishes": return wishes
      default: return nil
      }
    }
    set {
      guard let newValue else { return }
      switch name {
      case "theme-parallel": themeParallel = newValue
      case "theme-rooms": themeRooms = newValue
      case "capacity": capacity = newValue
      case "back-to-back": backToBack = newValue
      case "wishes": wishes = newValue
      default: break
      }
    }
  }
}
