/// How much each soft term of the solver's objective counts (the `solver:` section of a file).
///
/// A table indexed by ``SoftTerm``; a term a file does not name keeps its default weight.
public struct SolverWeights: Equatable, Sendable {
  /// The weights, term by term.
  public var vector: TermVector
  /// `theme-parallel` counts pairs of talks that overlap, however long, instead of the
  /// minutes they overlap (`solver: {theme-parallel: pairs}`).
  public var themeParallelInPairs = false

  /// Every term at its default weight, or at the weight given here.
  public init(
    themeParallel: Double? = nil, themeRooms: Double? = nil, capacity: Double? = nil,
    backToBack: Double? = nil, wishes: Double? = nil
  ) {
    vector = TermVector(\.defaultWeight)
    let given: [(SoftTerm, Double?)] = [
      (.themeParallel, themeParallel), (.themeRooms, themeRooms), (.capacity, capacity),
      (.backToBack, backToBack), (.wishes, wishes),
    ]
    for case (let term, let weight?) in given { vector[term] = weight }
  }

  public static let standard = SolverWeights()

  /// The terms by their names in files and reports, in priority order.
  public static let names = SoftTerm.allCases.map(\.name)

  public subscript(term: SoftTerm) -> Double {
    get { vector[term] }
    set { vector[term] = newValue }
  }

  /// The weight of the term named `name` (nil: no such term).
  public subscript(name: String) -> Double? {
    get { SoftTerm(name: name).map { vector[$0] } }
    set {
      guard let newValue, let term = SoftTerm(name: name) else { return }
      vector[term] = newValue
    }
  }
}
