/// Finds YAML aliases used as mapping keys before the document is composed.
///
/// Composing a mapping hashes its keys to find duplicates; an alias key that stands for a
/// tree of aliases ("billion laughs") would make that hash take practically forever. No
/// schedule needs an alias as a field name, so such files are refused up front. Aliases as
/// values stay allowed: the reader's node budget bounds them.
enum AliasKeys {
  private static let star = UInt8(ascii: "*")
  private static let space = UInt8(ascii: " ")
  private static let colon = UInt8(ascii: ":")

  /// The line and column (in characters) of the first alias key, if any.
  static func first(in text: String) -> (line: Int, column: Int)? {
    let bytes = Array(text.utf8)
    guard bytes.contains(star) else { return nil }
    var number = 0
    var start = 0
    while start <= bytes.count {
      number += 1
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      let line = blankingQuotes(bytes[start..<end])
      if let offset = aliasKeyOffset(line) {
        let column = bytes[start..<(start + offset)].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (number, column)
      }
      start = end + 1
    }
    return nil
  }

  /// The byte offset of an alias key on one line.
  private static func aliasKeyOffset(_ line: [UInt8]) -> Int? {
    guard line.contains(star) else { return nil }
    // Block keys: after indentation, list dashes and a `?` complex-key marker.
    var i = 0
    while i < line.count
      && (line[i] == space || line[i] == UInt8(ascii: "-") || line[i] == UInt8(ascii: "?"))
    {
      i += 1
    }
    if isAliasKey(line, at: i) { return i }
    // Flow keys: after `{` or `,`.
    for j in line.indices where line[j] == UInt8(ascii: "{") || line[j] == UInt8(ascii: ",") {
      var k = j + 1
      while k < line.count && line[k] == space { k += 1 }
      if isAliasKey(line, at: k) { return k }
    }
    // A `?` complex-key marker followed by an alias.
    if let q = line.firstIndex(of: UInt8(ascii: "?")), q + 1 < line.count, line[q + 1] == space {
      var k = q + 1
      while k < line.count && line[k] == space { k += 1 }
      if k < line.count && line[k] == star { return k }
    }
    return nil
  }

  /// Whether an alias starts at `i` and is followed by `: ` (so it is a key).
  private static func isAliasKey(_ line: [UInt8], at i: Int) -> Bool {
    guard i < line.count, line[i] == star else { return false }
    var k = i + 1
    while k < line.count && !" ,[]{}:".utf8.contains(line[k]) { k += 1 }
    guard k > i + 1 else { return false }
    while k < line.count && line[k] == space { k += 1 }
    guard k < line.count, line[k] == colon else { return false }
    return k + 1 == line.count || line[k + 1] == space
  }

  /// The line with the inside of quoted scalars blanked and comments cut, so that quoted
  /// text hides nothing.
  private static func blankingQuotes(_ line: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(line.count)
    var quote: UInt8?
    var previous = space
    for byte in line {
      if let q = quote {
        if byte == q && previous != UInt8(ascii: "\\") {
          quote = nil
          out.append(byte)
        } else {
          out.append(UInt8(ascii: "x"))
        }
      } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
        && " [{,:-".utf8.contains(previous)
      {
        quote = byte
        out.append(byte)
      } else if byte == UInt8(ascii: "#") && previous == space {
        break
      } else {
        out.append(byte)
      }
      previous = byte
    }
    return out
  }
}
