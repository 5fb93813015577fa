/// A schedule's standing: what is still wrong, and the solver's objective term by term.
public struct Score: Equatable, Sendable {
  /// Active talks without a place.
  public var unplaced = 0
  /// Error-severity conflicts.
  public var errors = 0
  /// Talks with a place different from where they were (repair mode only).
  public var moves = 0
  /// Each soft term's value: pairs of one theme at one time, rooms per theme summed over
  /// themes, empty seats' share summed over talks, speakers changing rooms with no gap,
  /// wishes missed.
  public var terms = TermVector()

  public init() {}

  public subscript(term: SoftTerm) -> Double {
    get { terms[term] }
    set { terms[term] = newValue }
  }

  /// Minutes that talks of one theme overlap, summed over pairs (or the pairs, when the
  /// file counts pairs).
  public var themeParallel: Int { Int(terms[.themeParallel]) }
  /// Rooms used by each theme, summed over themes.
  public var themeRooms: Int { Int(terms[.themeRooms]) }
  /// Share of seats left empty, summed over talks with a known audience.
  public var capacity: Double { terms[.capacity] }
  /// Speakers who change rooms with no gap.
  public var backToBack: Int { Int(terms[.backToBack]) }
  /// `prefer:` and `after:` wishes missed.
  public var wishes: Int { Int(terms[.wishes]) }

  /// The soft objective under `weights` (lower is better).
  public func soft(_ weights: SolverWeights) -> Double {
    terms.weighted(by: weights.vector)
  }

  /// The soft terms as (name, value, weighted) in priority order.
  public func terms(_ weights: SolverWeights) -> [(name: String, value: Double, weighted: Double)] {
    SoftTerm.allCases.map { ($0.name, terms[$0], terms[$0] * weights[$0]) }
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
      let rule = index.book.rules[finding.rule]
      if rule.kind == .unscheduled { unplaced += 1 }
      if let term = rule.term { terms[term] += Double(finding.amount) }
    }
    var roomsByTheme: [String: Set<String>] = [:]
    for talk in schedule.talks where talk.holdsRoom {
      guard let at = talk.at, let room = schedule.rooms[id: at.room] else { continue }
      if let theme = talk.theme { roomsByTheme[theme, default: []].insert(room.id) }
      terms[.capacity] += Self.emptyShare(audience: talk.audience ?? 0, capacity: room.capacity)
    }
    terms[.themeRooms] = Double(roomsByTheme.values.reduce(0) { $0 + $1.count })
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
