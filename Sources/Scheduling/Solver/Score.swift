/// A schedule's standing: what is still wrong, and the solver's objective term by term.
public struct Score: Equatable, Sendable {
  /// Active talks without a place.
  public var unplaced = 0
  /// Error-severity conflicts.
  public var errors = 0
  /// Talks with a place different from where they were (repair mode only).
  public var moves = 0
  /// Pairs of talks of one theme at the same time.
  public var themeParallel = 0
  /// Rooms used by each theme, summed over themes.
  public var themeRooms = 0
  /// Share of seats left empty, summed over talks with a known audience.
  public var capacity = 0.0
  /// Speakers who change rooms with no gap.
  public var backToBack = 0
  /// `prefer:` and `after:` wishes missed.
  public var wishes = 0

  public init() {}

  /// The soft objective under `weights` (lower is better).
  public func soft(_ weights: SolverWeights) -> Double {
    weights.themeParallel * Double(themeParallel) + weights.themeRooms * Double(themeRooms)
      + weights.capacity * capacity + weights.backToBack * Double(backToBack)
      + weights.wishes * Double(wishes)
  }

  /// The soft terms as (name, value, weighted) in priority order.
  public func terms(_ weights: SolverWeights) -> [(name: String, value: Double, weighted: Double)] {
    [
      ("theme-parallel", Double(themeParallel), weights.themeParallel * Double(themeParallel)),
      ("theme-rooms", Double(themeRooms), weights.themeRooms * Double(themeRooms)),
      ("capacity", capacity, weights.capacity * capacity),
      ("back-to-back", Double(backToBack), weights.backToBack * Double(backToBack)),
      ("wishes", Double(wishes), weights.wishes * Double(wishes)),
    ]
  }

  /// The score of `schedule` as it stands, from a full check.
  public init(_ schedule: Schedule, original: Schedule? = nil) {
    self.init(ConflictIndex(schedule), original: original)
  }

  /// The score of the schedule `index` holds.
  public init(_ index: ConflictIndex, original: Schedule? = nil) {
    let schedule = index.schedule
    errors = index.errorCount
    for finding in index.findings {
      switch index.book.rules[finding.rule].kind {
      case .unscheduled: unplaced += 1
      case .themeParallel: themeParallel += 1
      case .speakerBackToBack: backToBack += 1
      case .preferenceMissed, .orderBroken: wishes += 1
      default: break
      }
    }
    var roomsByTheme: [String: Set<String>] = [:]
    for talk in schedule.talks where talk.holdsRoom {
      guard let at = talk.at, let room = schedule.rooms[id: at.room] else { continue }
      if let theme = talk.theme { roomsByTheme[theme, default: []].insert(room.id) }
      capacity += Self.emptyShare(audience: talk.audience ?? 0, capacity: room.capacity)
    }
    themeRooms = roomsByTheme.values.reduce(0) { $0 + $1.count }
    if let original {
      for talk in schedule.talks where talk.status.isActive {
        if let before = original.talks[id: talk.id]?.at, before != talk.at { moves += 1 }
      }
    }
  }

  /// The share of seats a talk leaves empty (0 when the audience is unknown or too big).
  public static func emptyShare(audience: Int, capacity: Int) -> Double {
    guard audience > 0, capacity > 0, audience <= capacity else { return 0 }
    return Double(capacity - audience) / Double(capacity)
  }
}
