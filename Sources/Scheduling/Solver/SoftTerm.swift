/// A soft term of the solver's objective: something the scheduler lowers once no error is
/// left. The terms are defined here once; weights, scores and the search's evaluations are
/// tables indexed by term (``TermVector``).
///
/// To add a term: add a case with its name, default weight and summary below, and either
/// a warning rule whose ``ConflictRule/term`` is the new case (the solver then counts its
/// findings everywhere) or, for a term no rule reports, its count in ``Score`` and the search.
public enum SoftTerm: Int, CaseIterable, Sendable, CustomStringConvertible {
  case themeParallel
  case themeRooms
  case capacity
  case backToBack
  case wishes
  case similarParallel
  case trackRooms
  case trackTimes
  case avoided
  case trackConsecutive
  case timeZones

  /// The term's name in files (`solver: {weights: {…}}`), reports and benchmarks.
  public var name: String {
    switch self {
    case .themeParallel: return "theme-parallel"
    case .themeRooms: return "theme-rooms"
    case .capacity: return "capacity"
    case .backToBack: return "back-to-back"
    case .wishes: return "wishes"
    case .similarParallel: return "similar-parallel"
    case .trackRooms: return "track-rooms"
    case .trackTimes: return "track-times"
    case .avoided: return "avoided"
    case .trackConsecutive: return "track-consecutive"
    case .timeZones: return "time-zones"
    }
  }

  /// The weight when a file names none. The defaults put the terms in the order organizers
  /// asked for, each ten times the next (`theme-parallel` counts minutes: 200 a minute is
  /// 10,000 for two 50-minute talks side by side).
  public var defaultWeight: Double {
    switch self {
    case .themeParallel: return 200
    case .themeRooms: return 1_000
    case .capacity: return 100
    case .backToBack: return 10
    case .wishes: return 1
    // The programme committee's wishes about tracks: similar tracks side by side hurt like
    // a theme split in two (per minute), the rest count like a talk's own wishes.
    case .similarParallel: return 100
    case .trackRooms: return 10
    case .trackTimes: return 1
    case .avoided: return 1
    case .trackConsecutive: return 10
    case .timeZones: return 10
    }
  }

  /// What one unit of the term is.
  public var summary: String {
    switch self {
    case .themeParallel: return "a minute two talks of one theme overlap"
    case .themeRooms: return "a room a theme uses (each theme in as few rooms as possible)"
    case .capacity: return "the share of a room's seats a talk leaves empty"
    case .backToBack: return "a speaker changing rooms with no gap"
    case .wishes: return "a wish missed (prefer: or after:)"
    case .similarParallel: return "a minute two talks of similar tracks (apart:) overlap"
    case .trackRooms: return "a talk outside its track's preferred rooms"
    case .trackTimes: return "a talk outside its track's preferred times"
    case .avoided: return "a talk at a time it or its track avoids (avoid:)"
    case .trackConsecutive:
      return "a session of a track that does not follow the track's previous one in its room"
    case .timeZones: return "a remote presenter speaking outside their local daytime (08:00–20:00)"
    }
  }

  public var description: String { name }

  /// The term named `name`, if any.
  public init?(name: String) {
    guard let term = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = term
  }
}

/// One number per soft term, kept in registers: the search adds and weighs these in its
/// innermost loop, so they never allocate.
public struct TermVector: Equatable, Sendable {
  @usableFromInline var lanes = SIMD16<Double>()

  /// How many terms a vector holds (a test checks that every term has a lane).
  public static let capacity = SIMD16<Double>.scalarCount

  public init() {}

  /// Every term's value from `value`.
  public init(_ value: (SoftTerm) -> Double) {
    self.init()
    for term in SoftTerm.allCases { lanes[term.rawValue] = value(term) }
  }

  @inlinable
  public subscript(term: SoftTerm) -> Double {
    get { lanes[term.rawValue] }
    set { lanes[term.rawValue] = newValue }
  }

  /// The sum of each term times its weight.
  @inlinable
  public func weighted(by weights: TermVector) -> Double {
    (lanes * weights.lanes).sum()
  }
}
