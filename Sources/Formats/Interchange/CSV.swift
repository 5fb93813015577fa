import Scheduling

/// Comma-separated values as spreadsheets write them: RFC 4180 quoting (fields with the
/// delimiter, quotes or line breaks in double quotes, quotes doubled), any of `,` `;` and tab
/// as the delimiter, and the encodings Excel uses.
public enum CSV {
  /// The text encodings a CSV file may come in.
  public enum Encoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case windows1256 = "windows-1256"
  }

  /// A parsed row with the line it starts on (from 1).
  public struct Row: Equatable, Sendable {
    public var line: Int
    public var fields: [String]
    public init(line: Int, fields: [String]) {
      self.line = line
      self.fields = fields
    }
  }

  /// Why a file could not be read.
  public struct DecodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line the problem is on, when it is on one.
    public var line: Int?
    /// What is wrong, to be said in any language.
    public var phrase: Phrase
    public init(line: Int? = nil, _ template: String, _ arguments: Phrase.Argument...) {
      self.line = line
      self.phrase = Phrase(template, arguments: arguments)
    }
    /// What is wrong, in English.
    public var message: String { phrase.description }
    public var description: String { (line.map { "line \($0): " } ?? "") + message }
    public static func == (a: DecodeError, b: DecodeError) -> Bool {
      a.description == b.description
    }
  }

  /// The text of `bytes`: UTF-8 (with or without a byte order mark), UTF-16 with its mark,
  /// or Windows-1256 when the bytes are not UTF-8; `forced` overrides the detection.
  public static func decode(_ bytes: [UInt8], forced: Encoding? = nil) throws(DecodeError) -> (
    String, Encoding
  ) {
    var body = bytes[...]
    switch forced {
    case .utf8?:
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      guard let text = String(validating: body, as: UTF8.self) else {
        throw DecodeError("the file is not valid UTF-8")
      }
      return (text, .utf8)
    case .utf16?:
      return (try utf16(body), .utf16)
    case .windows1256?:
      return (Windows1256.decode(body), .windows1256)
    case nil:
      if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
        return (try utf16(body), .utf16)
      }
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
      // UTF-8 but for a few bytes (a Latin-1 "é" pasted in): reading it all as
      // Windows-1256 would garble every Arabic title, so it is an error instead.
      let (valid, invalid, first) = utf8Census(body)
      if valid > invalid, let first {
        let line = 1 + body[body.startIndex..<first].filter { $0 == UInt8(ascii: "\n") }.count
        let byte = String(body[first], radix: 16, uppercase: true)
        throw DecodeError(
          line: line,
          "invalid UTF-8 byte 0x{1}: the rest of the file is UTF-8, so nothing was imported; correct that byte, or give --encoding if the file is in another one",
          "\(byte)")
      }
      return (Windows1256.decode(body), .windows1256)
    }
  }

  /// How many well-formed multi-byte UTF-8 sequences and how many bytes that belong to
  /// none `bytes` hold, and where the first of those is.
  static func utf8Census(_ bytes: ArraySlice<UInt8>) -> (valid: Int, invalid: Int, first: Int?) {
    var valid = 0
    var invalid = 0
    var first: Int?
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: length = 0
      }
      var ok = length > 0 && i + length <= bytes.endIndex
      if ok {
        // The second byte's range rules out overlong forms and surrogates.
        ok = (low...high).contains(bytes[i + 1])
        for k in 2..<max(2, length) where ok { ok = (0x80...0xBF).contains(bytes[i + k]) }
      }
      if ok {
        valid += 1
        i += length
      } else {
        invalid += 1
        if first == nil { first = i }
        i += 1
      }
    }
    return (valid, invalid, first)
  }

  /// The bytes of `text` in `encoding`: UTF-16 is little-endian with its byte order mark (as
  /// Excel's "Unicode text"); a leading U+FEFF is dropped for Windows-1256, which has no
  /// mark. Throws naming the first character Windows-1256 cannot hold.
  public static func encode(_ text: String, as encoding: Encoding) throws(DecodeError) -> [UInt8] {
    switch encoding {
    case .utf8:
      return Array(text.utf8)
    case .utf16:
      var bytes: [UInt8] = text.hasPrefix("\u{FEFF}") ? [] : [0xFF, 0xFE]
      for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
      return bytes
    case .windows1256:
      let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
      do throws(Windows1256.Unmapped) {
        return try Windows1256.encode(body)
      } catch {
        throw DecodeError(
          "“{1}” (U+{2}) has no place in Windows-1256", "\(error.character)",
          "\(String(error.character.value, radix: 16, uppercase: true))")
      }
    }
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>) throws(DecodeError) -> String {
    var body = bytes
    var little = true
    if body.starts(with: [0xFF, 0xFE]) {
      body = body.dropFirst(2)
    } else if body.starts(with: [0xFE, 0xFF]) {
      little = false
      body = body.dropFirst(2)
    }
    guard body.count % 2 == 0 else {
      throw DecodeError("the UTF-16 text has an odd number of bytes")
    }
    var units: [UInt16] = []
    units.reserveCapacity(body.count / 2)
    var i = body.startIndex
    while i < body.endIndex {
      let a = UInt16(body[i])
      let b = UInt16(body[i + 1])
      units.append(little ? a | b << 8 : a << 8 | b)
      i += 2
    }
    guard let text = String(validating: units, as: UTF16.self) else {
      throw DecodeError("the file is not valid UTF-16")
    }
    return text
  }

  /// The delimiter of the header line: whichever of `,` `;` and tab it holds most of
  /// outside quotes.
  public static func delimiter(of text: String) -> Character {
    var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if !quoted && (character == "\n" || character == "\r\n") { break }
      if !quoted, counts[character] != nil { counts[character]! += 1 }
    }
    // A tie (a one-column header) is a comma.
    return counts.max { a, b in a.value != b.value ? a.value < b.value : b.key == "," }!.key
  }

  /// The rows of `text`; blank lines are skipped.
  public static func parse(_ text: String, delimiter: Character) throws(DecodeError) -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var line = 1
    var rowStart = 1
    var afterQuote = false
    var iterator = text.makeIterator()
    func endRow() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty) {
        rows.append(Row(line: rowStart, fields: fields))
      }
      fields = []
      field = ""
    }
    while let character = iterator.next() {
      if quoted {
        if character == "\"" {
          quoted = false
          afterQuote = true
        } else {
          if character == "\n" || character == "\r\n" {
            line += 1
            field.append("\n")
          } else {
            field.append(character)
          }
        }
        continue
      }
      switch character {
      case "\"":
        if afterQuote {
          // A doubled quote inside a quoted field.
          field.append("\"")
          quoted = true
          afterQuote = false
        } else if field.isEmpty {
          quoted = true
        } else {
          field.append(character)
        }
      case delimiter:
        fields.append(field)
        field = ""
        afterQuote = false
      case "\n", "\r\n", "\r":
        endRow()
        line += 1
        rowStart = line
        afterQuote = false
      default:
        afterQuote = false
        field.append(character)
      }
    }
    if quoted { throw DecodeError(line: rowStart, "a quoted field is never closed") }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return rows
  }

  /// One line of fields, quoted where needed, ended by CRLF.
  public static func line(_ fields: [String], delimiter: Character = ",") -> String {
    fields.map { field in
      let needsQuotes =
        field.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        || field.hasPrefix(" ") || field.hasSuffix(" ")
      return needsQuotes ? "\"" + field.replacingAll("\"", with: "\"\"") + "\"" : field
    }.joined(separator: String(delimiter)) + "\r\n"
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
