import Foundation
import Scheduling
import Yams

/// Schedule files: YAML, format version 1 (reference: `Schedules/README.md`).
public enum ScheduleFile {
  /// Files above this size are refused: a 2,000-talk congress takes about 1 MB.
  public static let maximumSize = 16 << 20

  /// Reads and checks the schedule at `path`. Errors name `path`, line and column.
  public static func load(_ path: String) throws(LoadError) -> Schedule {
    try decode(read(path), file: path)
  }

  /// The bytes of the file at `path`, refusing folders, unreadable and oversized files.
  public static func read(_ path: String) throws(LoadError) -> [UInt8] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw LoadError(file: path, "no such file")
    }
    guard !isFolder.boolValue else {
      throw LoadError(file: path, "is a folder, not a schedule file")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw LoadError(file: path, "cannot be read (check its permissions)")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    } catch {
      throw LoadError(file: path, "cannot be read: {1}", "\(error.localizedDescription)")
    }
    guard data.count <= maximumSize else {
      throw LoadError(
        file: path,
        "is larger than {1} MB; a schedule file is far smaller (is this the right file?)",
        "\(maximumSize >> 20)")
    }
    return [UInt8](data)
  }

  /// Checks and decodes schedule YAML. `file` names the source in messages.
  public static func decode(_ bytes: [UInt8], file: String) throws(LoadError) -> Schedule {
    guard bytes.count <= maximumSize else {
      throw LoadError(file: file, "is larger than {1} MB", "\(maximumSize >> 20)")
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    // UTF-32's little-endian mark starts like UTF-16's: look for it first.
    if body.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || body.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      throw LoadError(file: file, "is UTF-32 text; save it as UTF-8")
    }
    if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
      throw LoadError(file: file, "is UTF-16 text; save it as UTF-8")
    }
    if let zero = body.firstIndex(of: 0) {
      let (line, column) = position(of: zero - body.startIndex, in: body)
      throw LoadError(
        file: file, line: line, column: column,
        "contains a NUL byte: this looks like a binary file, not a schedule")
    }
    guard let text = String(validating: body, as: UTF8.self) else {
      let offset = firstInvalidUTF8(body)
      let (line, column) = position(of: offset, in: body)
      throw LoadError(
        file: file, line: line, column: column,
        "is not valid UTF-8 (byte 0x{1}); save the file as UTF-8",
        "\(String(body[body.startIndex + offset], radix: 16, uppercase: true))")
    }
    if let (line, column, scalar) = firstControlCharacter(in: text) {
      throw LoadError(
        file: file, line: line, column: column,
        "a control character (U+{1}) is not allowed in a schedule file; remove it (a tab, a line break or an escape like \\t in quotes is)",
        "\(hex(scalar.value))")
    }
    if text.allSatisfy({ $0.isWhitespace }) {
      throw LoadError(
        file: file, "is empty; a schedule starts with `multaqa: {1}`", "\(Schedule.formatVersion)")
    }
    if let (line, column) = AliasKeys.first(in: text) {
      throw LoadError(
        file: file, line: line, column: column,
        "a YAML alias cannot be used as a field name; write the name out")
    }
    let root: Node
    do {
      // Every scalar is read as text and typed by the decoder, so the basic resolver (no
      // regular expressions) is enough, and much faster.
      guard let node = try Yams.compose(yaml: text, .basic) else {
        throw LoadError(file: file, "holds no YAML document")
      }
      root = node
    } catch let error as LoadError {
      throw error
    } catch let error as YamlError {
      throw LoadError([problem(from: error, file: file)])
    } catch {
      throw LoadError(file: file, "cannot be read as YAML: {1}", "\(error)")
    }
    let reader = YAMLReader(file: file, budget: 1_000 + 4 * bytes.count)
    let decoder = ScheduleDecoder(reader: reader)
    let schedule = decoder.decode(root)
    guard let schedule, reader.problems.isEmpty else {
      var problems = reader.problems
      if problems.isEmpty {
        problems = [LoadProblem(file: file, line: 1, column: 1, Phrase("is not a schedule"))]
      }
      throw LoadError(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
    }
    return schedule
  }

  /// How large the file of `schedule` could grow once every active talk has a place and a
  /// publication record: what `solve` checks before it works, so that it never ends with a
  /// schedule too large to save.
  public static func largestSize(oncePlaced schedule: Schedule) -> Int {
    guard let day = schedule.days.last,
      let room = schedule.rooms.max(by: { $0.id.utf8.count < $1.id.utf8.count }),
      let start = TimeOfDay(minutes: 0)
    else { return encode(schedule).utf8.count }
    var placed = schedule
    let widest = Revision(
      sequence: Publication.maximumSequence, fingerprint: String(repeating: "f", count: 16),
      modified: "99991231T235959Z")
    for i in placed.talks.indices where placed.talks[i].status.isActive {
      placed.talks.modify(at: i) { talk in
        if talk.at == nil { talk.at = Placement(date: day.date, room: room.id, start: start) }
        talk.revision = widest
      }
    }
    return encode(placed).utf8.count
  }

  /// The YAML text of `schedule` (see ``ScheduleEncoder`` for the layout).
  public static func encode(_ schedule: Schedule) -> String {
    ScheduleEncoder.encode(schedule)
  }

  /// Saves `schedule` to `path` atomically, keeping the previous file as `path.bak`.
  ///
  /// Talks' publication revisions are brought up to date against the file on disk first
  /// (see ``Publication``): every save of Multaqa's records them, so that exports only read.
  /// `stamp: false` writes the schedule exactly as given (for tools comparing files).
  /// Returns what was written.
  @discardableResult
  public static func save(_ schedule: Schedule, to path: String, stamp: Bool = true)
    throws(SaveError) -> Schedule
  {
    // The model's rules first, so that the message names the value and its field.
    if let (value, problem) = schedule.problems.first {
      throw SaveError(
        path: path, "not saved: {1}: {2}: {3}", .phrase(value), "\(problem.path)",
        .phrase(problem.phrase))
    }
    let written =
      stamp
      ? Publication.stamp(schedule, previous: try? load(path), now: Publication.utcNow())
      : schedule
    let text = encode(written)
    // The last guard: never replace a file with one that would not open again (text the
    // loader refuses, such as a control character, is not a rule of the model).
    do {
      _ = try decode(Array(text.utf8), file: path)
    } catch {
      let first = error.problems.first.map { Phrase.Argument.phrase($0.phrase) } ?? ""
      throw SaveError(path: path, "not saved: the schedule would not load again: {1}", first)
    }
    try AtomicFile.write(text, to: path)
    return written
  }

  private static func problem(from error: YamlError, file: String) -> LoadProblem {
    func make(_ mark: Mark, _ text: String) -> LoadProblem {
      LoadProblem(file: file, line: mark.line, column: mark.column, message: text)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" }
      var message = "invalid YAML: \(problem)\(detail ?? "")"
      if problem.contains("nesting level") {
        message = "invalid YAML: nested too deeply (a schedule needs only a few levels)"
      }
      return make(mark, message)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return make(
        context.mark, "the field \(duplicates.joined(separator: ", ")) appears twice in one mapping"
      )
    case .reader(let problem, let offset, _, let yaml):
      // The offset counts characters of the text given to the reader.
      var (line, column) = (1, 1)
      if let offset {
        for character in yaml.prefix(offset) {
          if character == "\n" || character == "\r\n" {
            line += 1
            column = 1
          } else {
            column += character.unicodeScalars.count
          }
        }
      }
      return LoadProblem(
        file: file, line: line, column: column, Phrase("cannot read the text: {1}", "\(problem)"))
    default:
      return LoadProblem(file: file, line: 1, column: 1, Phrase("invalid YAML: {1}", "\(error)"))
    }
  }

  /// The first character YAML forbids in a file (C0 controls but tab, line feed and
  /// carriage return; DEL; C1 controls but NEL), with its line and column (in code points,
  /// like every position Multaqa reports).
  static func firstControlCharacter(in text: String) -> (Int, Int, Unicode.Scalar)? {
    var line = 1
    var column = 1
    var afterCR = false
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F
        || ((0x80...0x9F).contains(v) && v != 0x85)
      {
        return (line, column, scalar)
      }
      if v == 0x0A || v == 0x0D {
        if !(v == 0x0A && afterCR) { line += 1 }
        column = 1
      } else {
        column += 1
      }
      afterCR = v == 0x0D
    }
    return nil
  }

  private static func hex(_ value: UInt32) -> String {
    zeroPadded(value, width: 4, radix: 16)
  }

  /// Line and column (from 1, columns in characters) of byte `offset`.
  static func position(of offset: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
    var line = 1
    var lineStart = bytes.startIndex
    let end = bytes.startIndex + offset
    for i in bytes.startIndex..<end where bytes[i] == UInt8(ascii: "\n") {
      line += 1
      lineStart = i + 1
    }
    // Count characters, not bytes: continuation bytes start with 0b10.
    let column = bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count + 1
    return (line, column)
  }

  private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
    var low = 0
    var high = bytes.count
    // The longest valid prefix ends at most three bytes before the first bad byte.
    while low < high {
      let mid = (low + high + 1) / 2
      if String(validating: bytes.prefix(mid), as: UTF8.self) != nil
        || String(validating: bytes.prefix(min(bytes.count, mid + 3)), as: UTF8.self) != nil
      {
        low = mid
      } else {
        high = mid - 1
      }
    }
    return min(low, bytes.count - 1)
  }
}
