import Scheduling

/// Writes YAML scalars so that any string reads back exactly, and plainly when it safely can.
enum YAMLText {
  /// A scalar for a block context (`key: value`).
  static func scalar(_ text: String) -> String {
    isPlainSafe(text, flow: false) ? text : doubleQuoted(text)
  }

  /// A scalar inside a flow collection (`{a: value}`, `[value]`).
  static func flowScalar(_ text: String) -> String {
    isPlainSafe(text, flow: true) ? text : doubleQuoted(text)
  }

  /// A time or date, quoted so that YAML 1.1 readers do not take `09:30` for a number.
  static func quoted(_ text: String) -> String { doubleQuoted(text) }

  /// Words YAML 1.1 or 1.2 readers turn into booleans or nulls.
  private static let reserved: Set<String> = [
    "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
  ]

  /// Whether `text` reads back as the same string when written plain.
  static func isPlainSafe(_ text: String, flow: Bool) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    if reserved.contains(text.lowercased()) { return false }
    // Anything a reader could take for a number, date or time stays quoted.
    if first.properties.numericType != nil || first == "." || first == "+" {
      // `5th forum` is safe: no number, date or time has a letter like `h`.
      let numeric = "0123456789abcdefABCDEFxXoObBeEtTzZ_.:+- ".unicodeScalars
      guard text.unicodeScalars.contains(where: { !numeric.contains($0) }) else { return false }
    }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
    if first == " " || last == " " || last == ":" { return false }
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if !isPrintable(scalar) || scalar == "\t" { return false }
      if scalar == "#" && previous == " " { return false }
      if previous == ":" && scalar == " " { return false }
      if flow && ",[]{}".unicodeScalars.contains(scalar) { return false }
      if flow && previous == ":" { return false }
      previous = scalar
    }
    return true
  }

  /// Characters YAML allows unescaped (YAML 1.1 `c-printable`, minus line breaks).
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    switch v {
    case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
      // Line and paragraph separators and the BOM are line breaks or invisible to readers.
      return v != 0xFEFF && v != 0x2028 && v != 0x2029
    default:
      return false
    }
  }

  static func doubleQuoted(_ text: String) -> String {
    var out = "\""
    // The reader (libyaml through Yams) drops one U+FEFF at the start of a scalar, escaped
    // or not: a scalar that starts with one gets one more, so that it reads back whole.
    if text.unicodeScalars.first == "\u{FEFF}" { out += "\\uFEFF" }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if isPrintable(scalar) {
          out.unicodeScalars.append(scalar)
        } else if scalar.value <= 0xFF {
          out += "\\x" + hex(scalar.value, 2)
        } else if scalar.value <= 0xFFFF {
          out += "\\u" + hex(scalar.value, 4)
        } else {
          out += "\\U" + hex(scalar.value, 8)
        }
      }
    }
    return out + "\""
  }

  /// A literal block (`|-`) for multi-line text when it reads back exactly; nil otherwise.
  static func literalBlock(_ text: String, indent: String) -> String? {
    guard text.contains("\n"), !text.hasSuffix("\n"), !text.hasPrefix(" "),
      !text.hasPrefix("\n"),
      text.unicodeScalars.allSatisfy({ $0 == "\n" || (isPrintable($0) && $0 != "\t") })
    else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Trailing spaces would survive, but an all-space line would be read as indentation.
    guard !lines.contains(where: { !$0.isEmpty && $0.allSatisfy { $0 == " " } }) else {
      return nil
    }
    return "|-\n" + lines.map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
  }

  private static func hex(_ value: UInt32, _ width: Int) -> String {
    zeroPadded(value, width: width, radix: 16)
  }
}
