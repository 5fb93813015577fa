/// Text for a terminal, with the characters that would command it made visible.
///
/// A title or a file name holding ESC, BEL or a C1 control (CSI, OSC) could clear the
/// screen, retitle the window or move the cursor when printed. Every value a command
/// writes to a terminal goes through ``visible(_:)`` first: controls become caret notation
/// (`^[` for ESC, `^G` for BEL, `^?` for DEL) and C1 controls `\u{9B}`-style escapes, so
/// that the organizer sees what the file holds instead of what it would do.
public enum TerminalText {
  /// `text` with every control character but line feeds and tabs made visible.
  public static func visible(_ text: String) -> String { escaped(text, lineBreaks: false) }

  /// `text` for one line of a message (a file name, an argument): line feeds and tabs
  /// made visible too.
  public static func visibleLine(_ text: String) -> String { escaped(text, lineBreaks: true) }

  private static func escaped(_ text: String, lineBreaks: Bool) -> String {
    let escape = { (scalar: Unicode.Scalar) in
      needsEscape(scalar) || (lineBreaks && (scalar == "\n" || scalar == "\t"))
    }
    guard text.unicodeScalars.contains(where: escape) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard escape(scalar) else {
        out.append(scalar)
        continue
      }
      let v = scalar.value
      if v < 0x20 {
        out.append("^")
        out.append(Unicode.Scalar(UInt8(v + 0x40)))
      } else if v == 0x7F {
        out.append(contentsOf: "^?".unicodeScalars)
      } else {
        out.append(contentsOf: "\\u{\(String(v, radix: 16, uppercase: true))}".unicodeScalars)
      }
    }
    return String(out)
  }

  /// C0 controls but line feed and tab, DEL, and the C1 controls.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
  }
}
