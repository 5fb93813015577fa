/// How much room printed text takes, to choose a page's orientation and type size before a
/// browser lays it out. The widths are DejaVu Sans' (the sans-serif of Debian's browsers),
/// which is wider than Arial, Liberation or Noto Sans: what fits here fits there.
enum TypeMetrics {
  /// Advances of the printable ASCII characters (space to `~`) in hundredths of an em.
  private static let regular: [UInt8] = [
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86,
    75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63,
    62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64,
    34, 64, 84,
  ]
  private static let bold: [UInt8] = [
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70,
    70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100,
    84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72,
    68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71,
    37, 71, 84,
  ]

  /// The advance of one character, in em.
  static func width(_ character: Character, bold isBold: Bool) -> Double {
    let table = isBold ? bold : regular
    if let ascii = character.asciiValue, ascii >= 0x20, ascii <= 0x7E {
      return Double(table[Int(ascii) - 0x20]) / 100
    }
    // An accented Latin letter is as wide as its base letter.
    guard let scalar = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first
    else { return 0 }
    switch scalar.value {
    case 0x20...0x7E: return Double(table[Int(scalar.value) - 0x20]) / 100
    case 0x300...0x36F, 0x200B...0x200F, 0x2066...0x2069, 0x064B...0x065F: return 0
    // Arabic letters, measured joined (narrower than their isolated forms).
    case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return isBold ? 0.68 : 0.6
    // Ideographs, kana and Hangul: a full em.
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60:
      return 1
    default: return isBold ? 0.8 : 0.72
    }
  }

  /// The width of `text` on one line, in em.
  static func width<S: StringProtocol>(_ text: S, bold: Bool) -> Double {
    text.reduce(0) { $0 + width($1, bold: bold) }
  }

  /// The lines `text` takes in a box `width` em wide, wrapped at spaces as browsers do; a
  /// word longer than the box breaks anywhere (the pages set `overflow-wrap: anywhere`).
  static func lines(_ text: String, width box: Double, bold: Bool) -> Int {
    guard box > 0 else { return 1 }
    let space = width(" ", bold: bold)
    var lines = 1
    var used = 0.0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if used > 0 {
        lines += 1
        used = 0
      }
      for word in line.split(separator: " ") {
        var advance = width(word, bold: bold)
        if used > 0 && used + space + advance <= box {
          used += space + advance
          continue
        }
        if used > 0 { lines += 1 }
        // A word wider than the box runs over several lines.
        while advance > box {
          lines += 1
          advance -= box
        }
        used = advance
      }
    }
    return lines
  }
}
