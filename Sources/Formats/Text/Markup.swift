/// Escaping shared by the XML and HTML writers.
public enum Markup {
  /// `text` safe in XML or HTML content and in quoted attribute values: `& < > " '` as
  /// entities, and the characters XML 1.0 forbids (most controls, U+FFFE, U+FFFF) left out.
  public static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      // Not &apos;, which HTML 4 lacks.
      case "'": out += "&#39;"
      default:
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
        if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
