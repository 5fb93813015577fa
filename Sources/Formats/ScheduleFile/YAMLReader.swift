import Scheduling
import Yams

/// Walks a composed YAML document field by field, collecting every problem with its position
/// instead of stopping at the first.
///
/// It also bounds how many nodes it visits: YAML aliases can make a small file stand for a
/// huge tree ("billion laughs"), and the budget stops the walk long before that costs anything.
final class YAMLReader {
  let file: String
  private(set) var problems: [LoadProblem] = []
  private var budget: Int
  private(set) var exhausted = false

  init(file: String, budget: Int) {
    self.file = file
    self.budget = budget
  }

  func report(_ mark: Mark?, _ path: String, _ phrase: Phrase) {
    problems.append(
      LoadProblem(
        file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, path: path, phrase))
  }

  func report(_ mark: Mark?, _ path: String, _ template: String, _ arguments: Phrase.Argument...) {
    report(mark, path, Phrase(template, arguments: arguments))
  }

  /// Counts one visited node; false once the budget is spent (reported once).
  func visit(_ node: Node) -> Bool {
    guard !exhausted else { return false }
    budget -= 1
    if budget < 0 {
      exhausted = true
      report(
        node.mark, "",
        "the document expands to far more values than the file holds (YAML aliases?); write the values out instead of repeating an anchor"
      )
      return false
    }
    return true
  }

  /// The fields of a mapping node; unknown keys are reported with a suggestion.
  func fields(_ node: Node, _ path: String, known: [String]) -> Fields? {
    guard visit(node) else { return nil }
    guard case .mapping(let mapping) = node else {
      report(node.mark, path, "expected a mapping of fields, found {1}", describe(node))
      return nil
    }
    // Name the entity in every message about it: `talks[3] (t12).duration`.
    var path = path
    if known.contains("id"),
      let pair = mapping.first(where: { $0.key.scalar?.string == "id" }),
      case .scalar(let id) = pair.value, isValidID(id.string)
    {
      path += " (\(id.string))"
    }
    var values: [String: Node] = [:]
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        report(key.mark, path, "a field name must be plain text, found {1}", describe(key))
        continue
      }
      let name = scalar.string
      guard known.contains(name) else {
        if let near = suggestion(for: name, among: known) {
          report(key.mark, join(path, name), "unknown field (did you mean {1}?)", "\(near)")
        } else {
          report(key.mark, join(path, name), "unknown field")
        }
        continue
      }
      values[name] = value
    }
    return Fields(reader: self, path: path, mark: node.mark, values: values)
  }

  /// The items of a sequence node with their paths (`talks[3]`).
  func items(_ node: Node, _ path: String) -> [(Node, String)]? {
    guard visit(node) else { return nil }
    guard case .sequence(let sequence) = node else {
      report(node.mark, path, "expected a list, found {1}", describe(node))
      return nil
    }
    return sequence.enumerated().map { ($0.element, "\(path)[\($0.offset)]") }
  }

  /// How a node looks, for messages: `"sixty"`, `a list`, `a mapping`.
  func describe(_ node: Node) -> Phrase.Argument {
    switch node {
    case .scalar(let scalar):
      if isNull(scalar) { return .phrase(Phrase("nothing")) }
      let text = scalar.string
      let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
      return "\"\(short)\""
    case .sequence: return .phrase(Phrase("a list"))
    case .mapping: return .phrase(Phrase("a mapping"))
    case .alias: return .phrase(Phrase("an alias"))
    }
  }

  func isNull(_ scalar: Node.Scalar) -> Bool {
    scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}

/// The known fields of one mapping, read with types and positions.
struct Fields {
  let reader: YAMLReader
  let path: String
  let mark: Mark?
  let values: [String: Node]

  /// The value node of `key`, unless absent or null.
  func node(_ key: String) -> Node? {
    guard let node = values[key] else { return nil }
    if case .scalar(let scalar) = node, reader.isNull(scalar) { return nil }
    return node
  }

  /// Where to point for `key`: its value, or the mapping when the key is absent.
  func mark(_ key: String) -> Mark? { values[key]?.mark ?? mark }

  func at(_ key: String) -> String { reader.join(path, key) }

  private func scalar(_ key: String, required: Bool, what: String) -> (String, Mark?)? {
    guard let node = node(key) else {
      if required {
        reader.report(mark, path, "missing field {1} ({2})", "\(key)", .phrase(Phrase(what)))
      }
      return nil
    }
    guard reader.visit(node) else { return nil }
    guard case .scalar(let scalar) = node else {
      reader.report(
        node.mark, at(key), "expected {1}, found {2}", .phrase(Phrase(what)), reader.describe(node))
      return nil
    }
    return (scalar.string, node.mark)
  }

  /// Text; required fields must not be empty.
  func string(_ key: String, required: Bool = false) -> String? {
    guard let (text, mark) = scalar(key, required: required, what: "text") else { return nil }
    if required && text.trimmed.isEmpty {
      reader.report(mark, at(key), "must not be empty")
      return nil
    }
    return text
  }

  /// An id: letters, digits, `-`, `_` and `.`, no spaces.
  func id(_ key: String, required: Bool = true) -> String? {
    guard let (text, mark) = scalar(key, required: required, what: "an id") else { return nil }
    guard isValidID(text) else {
      reader.report(
        mark, at(key),
        "\"{1}\" is not a valid id (use letters, digits, '-', '_' or '.', no spaces)", "\(text)")
      return nil
    }
    return text
  }

  func int(
    _ key: String, required: Bool = false, minimum: Int = 0, maximum: Int = Int(Int32.max),
    what: String
  ) -> Int? {
    guard let (text, mark) = scalar(key, required: required, what: what) else { return nil }
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), !text.isEmpty else {
      reader.report(mark, at(key), "expected {1}, found \"{2}\"", .phrase(Phrase(what)), "\(text)")
      return nil
    }
    // Numbers too large for Int are too large for any field: no field takes more than 2³¹.
    guard let value = Int(text), value <= maximum else {
      reader.report(mark, at(key), "must be at most {1}, found {2}", "\(maximum)", "\(text)")
      return nil
    }
    guard value >= minimum else {
      reader.report(mark, at(key), "must be at least {1}, found {2}", "\(minimum)", "\(value)")
      return nil
    }
    return value
  }

  /// A number of zero or more (`10000`, `2.5`).
  func number(_ key: String) -> Double? {
    guard let (text, mark) = scalar(key, required: false, what: "a number") else { return nil }
    guard let value = Double(text), value.isFinite, value >= 0,
      text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
    else {
      reader.report(mark, at(key), "expected a number of zero or more, found \"{1}\"", "\(text)")
      return nil
    }
    return value
  }

  func bool(_ key: String) -> Bool? {
    guard let (text, mark) = scalar(key, required: false, what: "true or false") else {
      return nil
    }
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      reader.report(mark, at(key), "expected true or false, found \"{1}\"", "\(text)")
      return nil
    }
  }

  func time(_ key: String, required: Bool = false) -> TimeOfDay? {
    guard let (text, mark) = scalar(key, required: required, what: "a time like \"09:30\"") else {
      return nil
    }
    guard let time = TimeOfDay(parsing: text) else {
      reader.report(
        mark, at(key), "\"{1}\" is not a time; write it as HH:MM, like \"09:30\"", "\(text)")
      return nil
    }
    return time
  }

  func date(_ key: String, required: Bool = false) -> CalendarDate? {
    guard let (text, mark) = scalar(key, required: required, what: "a date like 2010-03-14")
    else { return nil }
    guard let date = CalendarDate(iso: text) else {
      reader.report(mark, at(key), "\"{1}\" is not a date; write it as YYYY-MM-DD", "\(text)")
      return nil
    }
    guard date.isPlannable else {
      let years = CalendarDate.plannableYears
      reader.report(
        mark, at(key),
        "{1} is outside the years an event can be planned in ({2}–{3}); is the year mistyped?",
        "\(text)", "\(years.lowerBound)", "\(years.upperBound)")
      return nil
    }
    return date
  }

  func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E?
  where E.RawValue == String {
    let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
    guard let (text, mark) = scalar(key, required: false, what: "one of \(allowed)") else {
      return nil
    }
    guard let value = E(rawValue: text) else {
      reader.report(mark, at(key), "\"{1}\" is not one of {2}", "\(text)", "\(allowed)")
      return nil
    }
    return value
  }

  /// A list of text items (plain or flow style).
  func strings(_ key: String, ids: Bool = false) -> [(String, Mark?)] {
    guard let node = node(key), let items = reader.items(node, at(key)) else { return [] }
    var result: [(String, Mark?)] = []
    for (item, path) in items {
      guard reader.visit(item) else { break }
      guard case .scalar(let scalar) = item, !reader.isNull(scalar) else {
        reader.report(
          item.mark, path, "expected \(ids ? "an id" : "text"), found \(reader.describe(item))")
        continue
      }
      if ids && !isValidID(scalar.string) {
        reader.report(item.mark, path, "\"{1}\" is not a valid id", "\(scalar.string)")
        continue
      }
      result.append((scalar.string, item.mark))
    }
    return result
  }

  /// Translations by language code: `{ar: "…", fr: "…"}`.
  func translations(_ key: String) -> Translations {
    guard let node = node(key), reader.visit(node) else { return [:] }
    guard case .mapping(let mapping) = node else {
      reader.report(
        node.mark, at(key),
        "expected translations by language code, like {ar: \"…\", fr: \"…\"}, found {1}",
        reader.describe(node))
      return [:]
    }
    var result: Translations = [:]
    for (keyNode, value) in mapping {
      guard reader.visit(value) else { break }
      guard case .scalar(let code) = keyNode, LanguageTag.isWellFormed(code.string) else {
        reader.report(
          keyNode.mark, at(key),
          "{1} is not a language tag (BCP 47, like ar, fr, en, ar-DZ)", reader.describe(keyNode))
        continue
      }
      guard case .scalar(let text) = value else {
        reader.report(
          value.mark, at(key) + "." + code.string, "expected text, found {1}",
          reader.describe(value))
        continue
      }
      if !reader.isNull(text) { result[code.string] = text.string }
    }
    return result
  }
}

/// The candidate closest to `word` when it is a plausible typo of it.
public func suggestion(for word: String, among candidates: [String]) -> String? {
  let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
  guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
  return best.1 <= max(1, min(3, best.0.count / 3)) ? best.0 : nil
}

/// Levenshtein distance.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = previous
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      current[j] = min(
        previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
