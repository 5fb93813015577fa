import Scheduling

/// One problem found in a file, at a line and column (both from 1; the column counts
/// characters, so Arabic text does not shift it).
public struct LoadProblem: Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  /// The field as the file names it (`talks[3] (t12).duration`), or "" for the file.
  public var path: String
  /// What is wrong, to be said in any language.
  public var phrase: Phrase

  public init(file: String, line: Int, column: Int, path: String = "", _ phrase: Phrase) {
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.phrase = phrase
  }

  /// A problem said in words that are the same in every language (a parser's own).
  public init(file: String, line: Int, column: Int, message: String) {
    self.init(file: file, line: line, column: column, Phrase("{1}", .text(message)))
  }

  /// `path: what is wrong`, in English.
  public var message: String { message(in: .en) }

  /// `path: what is wrong`, in `ui`.
  public func message(in ui: InterfaceLanguage) -> String {
    let said = Interface.say(phrase, in: ui)
    return path.isEmpty ? said : path + ": " + said
  }

  /// `FILE:LINE:COLUMN: message`, the form editors and terminals link to.
  public var description: String { said(in: .en) }

  /// ``description`` in `ui`.
  public func said(in ui: InterfaceLanguage) -> String {
    "\(file):\(line):\(column): \(message(in: ui))"
  }

  /// Two problems are the same when they say the same at the same place.
  public static func == (a: LoadProblem, b: LoadProblem) -> Bool { a.description == b.description }
}

/// Why a file could not be loaded: every problem found, in file order.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
  public var problems: [LoadProblem]

  public init(_ problems: [LoadProblem]) { self.problems = problems }

  public init(
    file: String, line: Int = 1, column: Int = 1, _ template: String,
    _ arguments: Phrase.Argument...
  ) {
    self.problems = [
      LoadProblem(file: file, line: line, column: column, Phrase(template, arguments: arguments))
    ]
  }

  public var description: String { said(in: .en) }

  /// Every problem, one per line, in `ui`.
  public func said(in ui: InterfaceLanguage) -> String {
    problems.map { $0.said(in: ui) }.joined(separator: "\n")
  }
}
