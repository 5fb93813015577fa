/// A JSON value written with its keys in the order given, so that output reads naturally and
/// stays stable between runs.
public indirect enum JSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func == (a: JSON, b: JSON) -> Bool { a.text() == b.text() }

  /// `nil` becomes `null`.
  public static func string(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

  /// Compact JSON on one line, or indented by two spaces.
  public func text(pretty: Bool = false) -> String {
    var out = ""
    write(into: &out, pretty: pretty, indent: 0)
    return out
  }

  private func write(into out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .double(let value):
      out += value.isFinite ? String(value) : "null"
    case .string(let value): Self.quote(value, into: &out)
    case .array(let items):
      guard !items.isEmpty else { return out += "[]" }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        newline(&out, pretty, indent + 1)
        item.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      newline(&out, pretty, indent)
      out += "]"
    case .object(let pairs):
      guard !pairs.isEmpty else { return out += "{}" }
      out += "{"
      for (i, (key, value)) in pairs.enumerated() {
        if i > 0 { out += "," }
        newline(&out, pretty, indent + 1)
        Self.quote(key, into: &out)
        out += pretty ? ": " : ":"
        value.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      newline(&out, pretty, indent)
      out += "}"
    }
  }

  private func newline(_ out: inout String, _ pretty: Bool, _ indent: Int) {
    if pretty { out += "\n" + String(repeating: "  ", count: indent) }
  }

  /// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
  public static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
