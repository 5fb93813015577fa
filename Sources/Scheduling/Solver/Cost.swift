/// The solver's objective, compared in order: fewer unplaced talks, then fewer moved talks
/// (repair mode), then the weighted soft terms.
struct Cost: Comparable, Sendable, AdditiveArithmetic {
  var unplaced = 0
  var moved = 0
  var soft = 0.0

  static let zero = Cost()

  static func + (a: Cost, b: Cost) -> Cost {
    Cost(unplaced: a.unplaced + b.unplaced, moved: a.moved + b.moved, soft: a.soft + b.soft)
  }

  static func - (a: Cost, b: Cost) -> Cost {
    Cost(unplaced: a.unplaced - b.unplaced, moved: a.moved - b.moved, soft: a.soft - b.soft)
  }

  static func < (a: Cost, b: Cost) -> Bool {
    if a.unplaced != b.unplaced { return a.unplaced < b.unplaced }
    if a.moved != b.moved { return a.moved < b.moved }
    return a.soft < b.soft - 1e-9
  }

  /// One number for annealing: unplaced and moved talks outweigh any soft change.
  var scalar: Double { Double(unplaced) * 1e9 + Double(moved) * 1e7 + soft }
}
