/// Words for a person, kept apart from their language: an English template with `{1}`,
/// `{2}`… and what fills each place, so that a reader can say it in another language.
///
/// The core writes English only; it never knows the interface's language. A reader that
/// speaks another language looks the template up in its catalog and says each argument in
/// turn: a date with its own month names, a nested phrase in the same language, a list
/// with its own "and".
public struct Phrase: Equatable, Sendable, CustomStringConvertible {
  public var template: String
  public var arguments: [Argument]

  /// What fills one place of a template.
  public indirect enum Argument: Equatable, Sendable, ExpressibleByStringInterpolation {
    /// Said as it is in every language: an id, a name, a number, a time.
    case text(String)
    /// A day, `14 Mar` in English.
    case date(CalendarDate)
    case phrase(Phrase)
    /// `a`, `a and b`, `a, b and c`.
    case list([Argument])
    /// `a`, `a or b`, `a, b or c`.
    case either([Argument])

    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) {
      self = .text(String(stringInterpolation: stringInterpolation))
    }
  }

  public init(_ template: String, _ arguments: Argument...) {
    self.init(template, arguments: arguments)
  }

  public init(_ template: String, arguments: [Argument]) {
    self.template = template
    self.arguments = arguments
  }

  /// The arguments one after another, with a space between: a phrase of its own words.
  public static func spaced(_ arguments: [Argument]) -> Phrase {
    joined(arguments, separator: " ")
  }

  /// The arguments with `separator` between them (a separator that is the same in every
  /// language: a space, `; `).
  public static func joined(_ arguments: [Argument], separator: String) -> Phrase {
    Phrase(
      arguments.indices.map { "{\($0 + 1)}" }.joined(separator: separator), arguments: arguments)
  }

  /// This phrase's template and those of the phrases inside it, in reading order.
  public var templates: [String] {
    func inside(_ argument: Argument) -> [String] {
      switch argument {
      case .text, .date: return []
      case .phrase(let phrase): return phrase.templates
      case .list(let items), .either(let items): return items.flatMap(inside)
      }
    }
    return [template] + arguments.flatMap(inside)
  }

  /// The phrase in English.
  public var description: String { said { $0 } }

  /// The phrase said with `translate` (English template to the reader's), `date`, and
  /// `comma`, `and` and `or` (a list's joints) in the reader's language.
  public func said(
    _ translate: (String) -> String,
    date: (CalendarDate) -> String = { $0.short },
    comma: String = ", ", and: String = " and ", or: String = " or "
  ) -> String {
    func list(_ items: [Argument], _ joint: String) -> String {
      let words = items.map(say)
      guard words.count > 1 else { return words.first ?? "" }
      return words.dropLast().joined(separator: comma) + joint + words.last!
    }
    func say(_ argument: Argument) -> String {
      switch argument {
      case .text(let text): return text
      case .date(let day): return date(day)
      case .phrase(let phrase):
        return phrase.said(translate, date: date, comma: comma, and: and, or: or)
      case .list(let items): return list(items, and)
      case .either(let items): return list(items, or)
      }
    }
    return translate(template).filled(with: arguments.map(say))
  }
}
