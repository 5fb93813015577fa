import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// Every kind of bad input gives FILE:LINE:COLUMN messages naming the field, never a crash.
@Suite struct LoaderErrorTests {
  static let valid = """
    multaqa: 1
    event:
      title: Forum
      venue: Hilton
      timezone: Africa/Algiers
      slot: 15
    days:
      - date: 2010-03-14
        opens: "09:00"
        closes: "18:00"
        breaks:
          - {start: "10:30", end: "11:00", title: Coffee}
    rooms:
      - {id: a, name: Room A, capacity: 100, features: [projector]}
    themes:
      - {id: x, name: Theme X}
    speakers:
      - id: s1
        name: Speaker
    talks:
      - id: t1
        title: Talk
        theme: x
        speakers: [s1]
        duration: 60
        at: {date: 2010-03-14, room: a, start: "09:00"}

    """

  /// The problems of loading `text`, as `line:column: message` strings.
  func problems(_ text: String) -> [String] {
    do {
      _ = try ScheduleFile.decode(Array(text.utf8), file: "f.yaml")
      return []
    } catch {
      return error.problems.map { "\($0.line):\($0.column): \($0.message)" }
    }
  }

  func replacing(_ old: String, with new: String) -> String {
    precondition(Self.valid.contains(old), old)
    return Self.valid.replacingOccurrences(of: old, with: new)
  }

  @Test func theBaseDocumentLoads() throws {
    let schedule = try ScheduleFile.decode(Array(Self.valid.utf8), file: "f.yaml")
    #expect(schedule.talks.count == 1)
    #expect(schedule.days[0].breaks.count == 1)
  }

  @Test func descriptionsHaveFileLineAndColumn() {
    let error = LoadError([LoadProblem(file: "f.yaml", line: 3, column: 7, message: "m")])
    #expect(error.description == "f.yaml:3:7: m")
  }

  @Test func malformedYAML() {
    let found = problems("multaqa: 1\nevent: {title: x\n")
    #expect(found.count == 1)
    #expect(found[0].contains("invalid YAML"))
    #expect(found[0].hasPrefix("3:1:") || found[0].hasPrefix("2:"))
  }

  @Test func wrongTypes() {
    let found = problems(replacing("duration: 60", with: "duration: sixty"))
    #expect(found == ["25:15: talks[0] (t1).duration: expected minutes, found \"sixty\""])
    let list = problems(replacing("title: Talk", with: "title: [a, b]"))
    #expect(list == ["22:12: talks[0] (t1).title: expected text, found a list"])
    let capacity = problems(replacing("capacity: 100", with: "capacity: -5"))
    #expect(capacity.first?.contains("rooms[0] (a).capacity: must be at least 0") == true)
  }

  @Test func unknownKeysAreReportedWithASuggestion() {
    let found = problems(replacing("duration: 60", with: "duraton: 60"))
    #expect(found.contains("25:5: talks[0] (t1).duraton: unknown field (did you mean duration?)"))
    #expect(found.contains { $0.contains("missing field duration") })
  }

  @Test func duplicateIds() {
    let text =
      Self.valid + """
          - id: t1
            title: Again
            duration: 30

        """
    #expect(problems(text) == ["27:5: talks[1]: duplicate talk t1"])
  }

  @Test func duplicateKeys() {
    let found = problems(replacing("slot: 15", with: "slot: 15\n  slot: 30"))
    #expect(found.count == 1)
    #expect(found[0].contains("slot appears twice"))
  }

  @Test func unknownReferences() {
    let found = problems(
      replacing("theme: x", with: "theme: xx").replacingOccurrences(
        of: "speakers: [s1]", with: "speakers: [s1, s9]"
      ).replacingOccurrences(of: "room: a,", with: "room: b,").replacingOccurrences(
        of: "at: {date: 2010-03-14", with: "at: {date: 2010-03-16"))
    #expect(found.contains("23:12: talks[0] (t1).theme: xx is not a known theme (did you mean x?)"))
    #expect(
      found.contains("24:20: talks[0] (t1).speakers: s9 is not a known speaker (did you mean s1?)"))
    #expect(found.contains { $0.contains("at.room: b is not a known room") })
    #expect(found.contains { $0.contains("at.date: 2010-03-16 is not a day of the event") })
  }

  @Test func badTimesAndDates() {
    let time = problems(replacing("opens: \"09:00\"", with: "opens: \"9h\""))
    #expect(
      time == ["9:12: days[0].opens: \"9h\" is not a time; write it as HH:MM, like \"09:30\""])
    let date = problems(replacing("- date: 2010-03-14", with: "- date: 14/03/2010"))
    #expect(date.first?.contains("\"14/03/2010\" is not a date") == true)
  }

  @Test func timesOffTheSlotGrid() {
    let start = problems(replacing("start: \"09:00\"}", with: "start: \"09:10\"}"))
    #expect(
      start == [
        "26:44: talks[0] (t1).at.start: 09:10 is off the 15-minute grid (nearest: 09:00 or 09:15)"
      ])
    let duration = problems(replacing("duration: 60", with: "duration: 50"))
    #expect(
      duration.first?.contains("50 minutes is not a multiple of the slot (15 minutes)") == true)
  }

  @Test func theGridCountsFromTheOpeningAndFromEachBreaksEnd() {
    // Opening at 08:30 with a 20-minute slot: 08:30, 08:50, …; after the 10:30–10:45
    // break the count starts again: 10:45, 11:05, …
    let text =
      replacing("slot: 15", with: "slot: 20").replacingOccurrences(
        of: "opens: \"09:00\"", with: "opens: \"08:30\""
      ).replacingOccurrences(of: "end: \"11:00\"", with: "end: \"10:45\"")
      .replacingOccurrences(of: "duration: 60", with: "duration: 40")
    func at(_ start: String) -> [String] {
      problems(text.replacingOccurrences(of: "start: \"09:00\"}", with: "start: \"\(start)\"}"))
    }
    #expect(at("08:50").isEmpty)
    #expect(at("11:05").isEmpty)
    #expect(
      at("09:00") == [
        "26:44: talks[0] (t1).at.start: 09:00 is off the 20-minute grid (nearest: 08:50 or 09:10)"
      ])
    // 11:10 is on the count from the opening, not on the one that starts again at 10:45.
    #expect(at("11:10").first?.contains("nearest: 11:05 or 11:25") == true)
  }

  @Test func aDayMaySetItsOwnSlot() throws {
    // The event counts in 15 minutes; this day in 20 from 08:30.
    let text = replacing("opens: \"09:00\"", with: "opens: \"08:30\"\n    slot: 20")
    func at(_ start: String) -> [String] {
      problems(text.replacingOccurrences(of: "start: \"09:00\"}", with: "start: \"\(start)\"}"))
    }
    #expect(at("08:50").isEmpty)
    #expect(
      at("09:00").first?.contains("09:00 is off the 20-minute grid (nearest: 08:50 or 09:10)")
        == true)
    let s = try ScheduleFile.decode(
      Array(text.replacingOccurrences(of: "start: \"09:00\"}", with: "start: \"08:50\"}").utf8),
      file: "f.yaml")
    #expect(s.days[0].slot == 20)
    #expect(s.event.slot == 15)
    #expect(ScheduleFile.encode(s).contains("    slot: 20\n"))
    #expect(ConflictIndex(s).conflicts.filter { $0.severity == .error }.isEmpty)
    #expect(
      problems(replacing("opens: \"09:00\"", with: "opens: \"09:00\"\n    slot: 7")).contains {
        $0.contains("10:11: days[0].slot: must divide the day evenly")
      })
  }

  @Test func breaksOutsideTheDay() {
    let found = problems(
      replacing("{start: \"10:30\", end: \"11:00\"", with: "{start: \"18:00\", end: \"18:30\""))
    #expect(
      found == ["12:17: days[0].breaks[0]: the break 18:00–18:30 is outside the day (09:00–18:00)"])
    let reversed = problems(
      replacing("{start: \"10:30\", end: \"11:00\"", with: "{start: \"11:00\", end: \"10:30\""))
    #expect(reversed.first?.contains("the break ends at 10:30, before it starts at 11:00") == true)
  }

  @Test func unknownTimezone() {
    let found = problems(replacing("timezone: Africa/Algiers", with: "timezone: Africa/Algier"))
    #expect(
      found == [
        "5:13: event.timezone: \"Africa/Algier\" is not a time zone of the tz database (did you mean Africa/Algiers?)"
      ])
  }

  @Test func newerFormatVersionIsRefused() {
    let found = problems(replacing("multaqa: 1", with: "multaqa: 2"))
    #expect(
      found == [
        "1:10: multaqa: format version 2 is newer than this Multaqa reads (1); update Multaqa to open this file"
      ])
    #expect(
      problems(replacing("multaqa: 1\n", with: "")).first?.contains("missing `multaqa: 1`") == true)
  }

  @Test func manyProblemsAreAllReportedInFileOrder() {
    let text = replacing("duration: 60", with: "duration: 7").replacingOccurrences(
      of: "capacity: 100", with: "capacity: lots"
    ).replacingOccurrences(of: "timezone: Africa/Algiers", with: "timezone: Mars/Olympus")
    let found = problems(text)
    #expect(found.count == 3)
    #expect(found.map { Int($0.split(separator: ":")[0])! } == [5, 14, 25])
  }

  @Test func emptyFile() {
    #expect(problems("") == ["1:1: is empty; a schedule starts with `multaqa: 1`"])
    #expect(problems("  \n\n") == ["1:1: is empty; a schedule starts with `multaqa: 1`"])
    #expect(
      problems("# only a comment\n").first?.contains("no YAML document") == true
        || problems("# only a comment\n").count == 1)
  }

  @Test func notAMapping() {
    #expect(problems("- a\n- b\n") == ["1:1: expected a mapping of fields, found a list"])
    #expect(problems("hello\n").count == 1)
  }

  @Test func binaryGarbage() {
    var random = SeededRandom(seed: 42)
    for _ in 0..<20 {
      let bytes = (0..<4096).map { _ in UInt8(random.below(256)) }
      #expect(throws: LoadError.self) { try ScheduleFile.decode(bytes, file: "junk") }
    }
    #expect(throws: LoadError.self) { try ScheduleFile.decode([0x00, 0x01, 0x02], file: "junk") }
  }

  @Test func invalidUTF8IsPointedAt() {
    var bytes = Array("multaqa: 1\nevent:\n  title: caf".utf8)
    bytes.append(0xE9)
    bytes += Array("\n".utf8)
    #expect(
      throws: LoadError(
        file: "f.yaml", line: 3, column: 13,
        "is not valid UTF-8 (byte 0xE9); save the file as UTF-8")
    ) {
      try ScheduleFile.decode(bytes, file: "f.yaml")
    }
  }

  @Test func utf16IsRecognized() {
    let bytes: [UInt8] =
      [0xFF, 0xFE] + Array("m".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(problems(String(decoding: bytes, as: UTF8.self)).count == 1)
    #expect(throws: LoadError(file: "f", "is UTF-16 text; save it as UTF-8")) {
      try ScheduleFile.decode(bytes, file: "f")
    }
  }

  @Test func aByteOrderMarkIsAccepted() throws {
    _ = try ScheduleFile.decode([0xEF, 0xBB, 0xBF] + Array(Self.valid.utf8), file: "f")
  }

  @Test func hugeFilesAreRefusedWithoutReadingThemWhole() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "multaqa-huge-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("huge.yaml").path
    let line = Array("    notes: \(String(repeating: "x", count: 1000))\n".utf8)
    var data = Data(Self.valid.utf8)
    while data.count < 50 << 20 { data.append(contentsOf: line) }
    try data.write(to: URL(fileURLWithPath: path))
    #expect(throws: LoadError.self) { try ScheduleFile.load(path) }
    do {
      _ = try ScheduleFile.load(path)
    } catch {
      #expect(error.description.contains("is larger than 16 MB"))
    }
  }

  @Test func deeplyNestedYAML() {
    let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(problems(flow).first?.contains("nested too deeply") == true)
    var block = "multaqa: 1\n"
    for depth in 0..<5000 { block += String(repeating: " ", count: depth) + "a:\n" }
    #expect(problems(block).first?.contains("nested too deeply") == true)
  }

  @Test func aliasesCannotBlowUpTheSize() {
    let laughs = """
      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
      f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
      g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
      h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
      i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

      """
    let asValue = problems(
      Self.valid.replacingOccurrences(of: "talks:\n", with: laughs + "talks: *i\nx:\n"))
    #expect(
      asValue.contains {
        $0.contains("expands to far more values") || $0.contains("expected a mapping")
      })
    let asKey = problems(laughs + "? *i\n: x\n")
    #expect(asKey == ["10:3: a YAML alias cannot be used as a field name; write the name out"])
    // Aliases as ordinary values are fine.
    let reuse = replacing("features: [projector]", with: "features: &f [projector]")
      .replacingOccurrences(
        of: "duration: 60", with: "duration: 60\n    needs: *f")
    #expect(problems(reuse) == [])
  }
}
