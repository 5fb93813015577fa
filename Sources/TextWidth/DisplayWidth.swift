/// How many terminal columns text takes, independent of the C library's locale.
///
/// Wide East Asian characters and emoji take two columns, combining marks (Arabic harakat,
/// accents typed as separate marks), zero-width joiners and format characters take none, and
/// everything else one. Arabic letters take one column each: terminals draw them in logical
/// order, one per cell. The tables follow Unicode's East Asian Width property as glibc's
/// `wcwidth` does, so that what layout computes agrees with what ncurses draws.
public enum DisplayWidth {
  /// The columns `scalar` takes on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x300 { return 1 }
    // The scripts and signs the editor draws most (Arabic, its presentation forms, dashes,
    // quotes, arrows, box lines) answer without asking for Unicode properties.
    if let known = common(v) { return known }
    if isZeroWidth(scalar) { return 0 }
    return isWide(v) || scalar.properties.isEmojiPresentation ? 2 : 1
  }

  /// The columns a grapheme cluster takes: its first visible scalar decides (a base letter
  /// with its marks, or an emoji sequence drawn as one glyph).
  public static func of(_ character: Character) -> Int {
    for scalar in character.unicodeScalars {
      let width = of(scalar)
      if width > 0 { return width }
    }
    return 0
  }

  /// The columns `text` takes.
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// The width of a scalar of a few busy blocks, or nil to look it up.
  private static func common(_ v: UInt32) -> Int? {
    switch v {
    case 0x0600...0x06FF:
      switch v {
      // Arabic marks (harakat, Quranic annotation signs) and format characters.
      case 0x0600...0x0605, 0x0610...0x061A, 0x061C, 0x064B...0x065F, 0x0670, 0x06D6...0x06DD,
        0x06DF...0x06E4, 0x06E7...0x06E8, 0x06EA...0x06ED:
        return 0
      default: return 1
      }
    case 0xFB50...0xFDFF, 0xFE70...0xFEFC: return 1
    case 0x2000...0x206F:
      // Zero-width spaces, joiners, direction marks and isolates; the rest is punctuation.
      switch v {
      case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F: return 0
      default: return 1
      }
    case 0x2190...0x2193, 0x2500...0x257F: return 1
    default: return nil
    }
  }

  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: break
    }
    let v = scalar.value
    return (0x1160...0x11FF).contains(v) || v == 0x200B || (0xD7B0...0xD7FF).contains(v)
  }

  /// East Asian Wide and Fullwidth ranges.
  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202,
      0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}

extension StringProtocol {
  /// The terminal columns this text takes (see ``DisplayWidth``).
  public var displayWidth: Int { DisplayWidth.of(self) }
}

/// Where text goes in a field wider than itself.
public enum Alignment: Sendable {
  case leading, center, trailing
}

extension String {
  /// The longest prefix that fits in `width` columns, ending with `ellipsis` when cut.
  /// A wide character is never split: the result may be one column narrower than `width`.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return self }
    let room = width - ellipsis.displayWidth
    guard room >= 0 else { return "" }
    var result = ""
    var used = 0
    for character in self {
      let w = DisplayWidth.of(character)
      if used + w > room { break }
      result.append(character)
      used += w
    }
    return result + ellipsis
  }

  /// The text cut to `width` columns and padded with spaces to exactly `width` columns.
  public func fitted(toWidth width: Int, alignment: Alignment = .leading, ellipsis: String = "…")
    -> String
  {
    let cut = truncated(toWidth: width, ellipsis: ellipsis)
    let gap = max(0, width - cut.displayWidth)
    switch alignment {
    case .leading: return cut + String(repeating: " ", count: gap)
    case .trailing: return String(repeating: " ", count: gap) + cut
    case .center:
      let left = gap / 2
      return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
    }
  }

  /// Lines of at most `width` columns, broken at spaces where possible (a word longer than a
  /// line is broken inside, with at least one character per line). Existing line breaks
  /// are kept. Each character is looked at a bounded number of times: linear in the text,
  /// however long its words.
  public func wrapped(toWidth width: Int) -> [String] {
    guard width > 0 else { return [self] }
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        let wordWidth = word.displayWidth
        if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
          line += " "
          line += word
          lineWidth += 1 + wordWidth
          continue
        }
        if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        guard wordWidth > width else {
          line = String(word)
          lineWidth = wordWidth
          continue
        }
        // A word longer than a line, cut in one pass; its last piece may take more words.
        for character in word {
          let w = DisplayWidth.of(character)
          if lineWidth > 0 && lineWidth + w > width {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(character)
          lineWidth += w
        }
      }
      lines.append(line)
    }
    return lines
  }
}
