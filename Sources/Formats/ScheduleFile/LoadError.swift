/// One problem found in a file, at a line and column (both from 1; the column counts
/// characters, so Arabic text does not shift it).
public struct LoadProblem: Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `FILE:LINE:COLUMN: message`, the form editors and terminals link to.
  public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Why a file could not be loaded: every problem found, in file order.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
  public var problems: [LoadProblem]

  public init(_ problems: [LoadProblem]) { self.problems = problems }

  public init(file: String, line: Int = 1, column: Int = 1, _ message: String) {
    self.problems = [LoadProblem(file: file, line: line, column: column, message: message)]
  }

  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
