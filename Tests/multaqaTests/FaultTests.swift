import Foundation
import Testing

/// The faults found by trying to break Multaqa as a hostile user or an unlucky organizer
/// would (issue 9), each through the real binary, as it was found.
@Suite struct FaultTests {
  func forum(_ edit: (String) -> String = { $0 }) throws -> URL { try Binary.sampleCopy(edit) }

  func contents(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

  // MARK: Following planted links

  /// Fault 5: `-o` to a link that leads to itself died with SIGSEGV (rc 139).
  @Test func anOutputPathThatIsALinkLoopIsAClearError() throws {
    let file = try forum()
    let folder = file.deletingLastPathComponent()
    #expect(symlink("loop", folder.appendingPathComponent("loop").path) == 0)
    for command in [["export", "csv"], ["print"], ["export", "ical"], ["export", "frab"]] {
      let result = try Binary.run(command + [file.path, "-o", "loop"], in: folder)
      #expect(result.status == 1, "\(command): \(result.status)")
      #expect(result.stderr.contains("loop: too many symbolic links"), "\(result.stderr)")
    }
  }

  /// Fault 6: `--per-speaker DIR` followed `DIR/s0.ics -> ../outside/x` and overwrote `x`,
  /// leaving a `.bak` outside DIR.
  @Test func perSpeakerCalendarsReplaceLinksInTheirFolder() throws {
    let file = try forum()
    let folder = file.deletingLastPathComponent()
    let outside = folder.appendingPathComponent("outside")
    let speakers = folder.appendingPathComponent("speakers")
    for url in [outside, speakers] {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    let x = outside.appendingPathComponent("x")
    try "not a calendar".write(to: x, atomically: true, encoding: .utf8)
    let planted = speakers.appendingPathComponent("s-benmoussa.ics")
    #expect(symlink("../outside/x", planted.path) == 0)
    let result = try Binary.run([
      "export", "ical", file.path, "--per-speaker", speakers.path, "--no-record",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(contents(x) == "not a calendar")
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["x"])
    #expect(contents(planted)?.hasPrefix("BEGIN:VCALENDAR") == true)
    let attributes = try FileManager.default.attributesOfItem(atPath: planted.path)
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
  }

  /// `text` with the top-level `section` emptied (`rooms: []`) and every line that starts
  /// with one of `dropping` left out.
  func emptied(_ section: String, before next: String, _ text: String, dropping: [String]) -> String
  {
    let start = text.range(of: "\n\(section):\n")!.lowerBound
    let end = text.range(of: "\n\(next):\n")!.lowerBound
    var out = text
    out.replaceSubrange(start..<end, with: "\n\(section): []")
    return out.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { line in !dropping.contains { line.hasPrefix($0) } }.joined(separator: "\n")
  }

  /// Replaces the opening ceremony's title line.
  func retitled(_ title: String) -> (String) -> String {
    { $0.replacingOccurrences(of: "    title: Opening ceremony\n", with: "    title: \(title)\n") }
  }

  // MARK: Data loss

  /// Fault 3: UTF-8 with one Latin-1 byte was read as Windows-1256: every Arabic title
  /// garbled, exit 0.
  @Test func aSpreadsheetThatIsUTF8ButForOneByteIsReported() throws {
    let file = try forum()
    let folder = file.deletingLastPathComponent()
    let table = folder.appendingPathComponent("mixed.csv")
    #expect(try Binary.run(["export", "csv", file.path, "-o", table.path]).status == 0)
    var bytes = [UInt8](try Data(contentsOf: table))
    // "Opening ceremony" becomes "Opéning ceremony" with é in Latin-1, on line 2.
    let needle = Array("Opening ceremony".utf8)
    let at = try #require(
      (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
    bytes.replaceSubrange((at + 2)...(at + 2), with: [0xE9])
    try Data(bytes).write(to: table)
    let before = try Data(contentsOf: file)
    let result = try Binary.run(["import", "csv", table.path, "--into", file.path, "--update"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(table.path):2: invalid UTF-8 byte 0xE9"), "\(result.stderr)")
    #expect(try Data(contentsOf: file) == before)
  }

  // MARK: Injection

  /// Fault 8: a CR/LF in `--lang` or in a revision's `modified` reached the calendar raw.
  @Test func nothingIsInjectedIntoACalendar() throws {
    let file = try forum()
    let lang = try Binary.run(["export", "ical", file.path, "--lang", "en\r\nX-INJ:1"])
    #expect(lang.status == 1)
    #expect(!lang.stdout.contains("X-INJ"))
    #expect(lang.stderr.contains("is not a language tag"))
    let german = try Binary.run(["export", "ical", file.path, "--lang", "de"])
    #expect(german.status == 1)
    #expect(german.stderr.contains("has no text in that language (its languages: en, ar, fr)"))
    #expect(try Binary.run(["print", file.path, "--lang", "de"]).status == 1)
    #expect(try Binary.run(["export", "frab", file.path, "--lang", "de"]).status == 1)
    for (field, hostile) in [
      ("modified: \"20100301T090000Z\"", "modified: \"20100301T090000Z\\r\\nX-INJ:1\""),
      ("    language: ar\n", "    language: \"ar\\r\\nX-INJ:1\"\n"),
      ("      ar: حفل الافتتاح\n", "      \"ar\\r\\nX-INJ\": حفل الافتتاح\n"),
    ] {
      let bad = try forum { $0.replacingOccurrences(of: field, with: hostile) }
      let result = try Binary.run(["export", "ical", bad.path, "--no-record"])
      #expect(result.status == 2, "\(hostile)")
      #expect(!result.stdout.contains("X-INJ"))
      #expect(result.stderr.contains("\(bad.path):"), "\(result.stderr)")
    }
  }

  /// Fault 9: `print` wrote a title's ESC and BEL raw (retitling the window, clearing the
  /// screen); `check` echoed ESC in its messages.
  @Test func controlCharactersReachNoTerminal() throws {
    let file = try forum(retitled(#""Opening\e]0;pwned\a\e[2J""#))
    for command in [["print"], ["print", "--format", "markdown"], ["check"]] {
      let result = try Binary.run(command + [file.path], environment: ["NO_COLOR": "1"])
      #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{7}"), "\(command)")
    }
    let plan = try Binary.run(["print", file.path, "--day", "2010-03-14"])
    #expect(plan.stdout.contains("Opening^[]0;pwned^G^[[2J"))
    // Messages about a file quote what it holds: visibly too.
    let clash = try forum {
      retitled(#""Opening\e[2J""#)($0).replacingOccurrences(
        of: "at: {date: 2010-03-14, room: atlas, start: \"12:00\"}",
        with: "at: {date: 2010-03-14, room: plenary, start: \"09:00\"}")
    }
    let check = try Binary.run(["check", clash.path], environment: ["NO_COLOR": "1"])
    #expect(check.status == 1)
    #expect(check.stdout.contains("Opening^[[2J"))
    #expect(!check.stdout.contains("\u{1B}"))
    let badID = try forum {
      $0.replacingOccurrences(of: "  - id: opening\n", with: "  - id: \"op\\e[2J\"\n")
    }
    let load = try Binary.run(["check", badID.path])
    #expect(load.status == 2)
    #expect(!load.stderr.contains("\u{1B}") && load.stderr.contains("op^[[2J"))
  }

  /// Fault 10: cells that start like formulas were exported as they are, and imported.
  @Test func spreadsheetFormulasAreNeutralizedAndTheRoundTripIsExact() throws {
    let titles = [
      #"=HYPERLINK("http://x","click")"#, "@SUM(A1)", "+cmd|' /C calc'!A0", "-x", "'quoted",
    ]
    let file = try forum {
      var text = $0
      for (id, title) in zip(
        ["opening", "k-aidmo", "t-clusters-1", "t-clusters-2", "t-ip-1"], titles)
      {
        let start = text.range(of: "  - id: \(id)\n")!.upperBound
        let line = text[start...].range(of: "\n")!
        text.replaceSubrange(start..<line.upperBound, with: "    title: \(YAML.quoted(title))\n")
      }
      return text
    }
    let folder = file.deletingLastPathComponent()
    let table = folder.appendingPathComponent("talks.csv")
    #expect(try Binary.run(["export", "csv", file.path, "-o", table.path]).status == 0)
    let csv = try String(contentsOf: table, encoding: .utf8)
    #expect(csv.contains(#","'=HYPERLINK(""http://x"",""click"")","#))
    #expect(csv.contains(",'@SUM(A1),") && csv.contains(",'-x,") && csv.contains(",''quoted,"))
    #expect(csv.contains(",'+cmd|' /C calc'!A0,"))
    let before = try String(contentsOf: file, encoding: .utf8)
    let back = try Binary.run(["import", "csv", table.path, "--into", file.path, "--update"])
    #expect(back.status == 0, "\(back.stderr)")
    #expect(back.stdout.contains("already holds every row"), "\(back.stdout)")
    #expect(try String(contentsOf: file, encoding: .utf8) == before)
    // A formula typed into a spreadsheet is refused, not taken for a title.
    let formula = folder.appendingPathComponent("formula.csv")
    try "id,title,duration\nx1,\"=HYPERLINK(\"\"http://evil\"\")\",45\n".write(
      to: formula, atomically: true, encoding: .utf8)
    let refused = try Binary.run(["import", "csv", formula.path, "--into", file.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("formula.csv:2: title “=HYPERLINK("))
    #expect(try String(contentsOf: file, encoding: .utf8) == before)
  }

  // MARK: Crashes and hangs

  /// Fault 11: a day in year 0001 or 9999 crashed `export ical` (a nil unwrap).
  @Test(arguments: ["0001-03-14", "9999-03-14", "1899-12-31", "2201-01-01"])
  func datesOutsideThePlannableYearsAreALoadError(date: String) throws {
    let file = try forum {
      $0.replacingOccurrences(of: "  - date: 2010-03-15\n", with: "  - date: \(date)\n")
    }
    for command in [["check"], ["export", "ical", "--no-record"], ["print"]] {
      let result = try Binary.run(command + [file.path])
      #expect(result.status == 2, "\(command) \(date): \(result.status)")
      #expect(
        result.stderr.contains("\(file.path):28:11: days[1].date: \(date) is outside the years"))
    }
  }

  /// Fault 12: a sequence of 2⁶³−1 overflowed in every command that stamps revisions.
  @Test func hugeSequencesAreRefusedAndTheLargestSaturates() throws {
    let huge = try forum {
      $0.replacingOccurrences(of: "sequence: 0,", with: "sequence: 9223372036854775807,")
    }
    for command in [["export", "ical"], ["solve"], ["solve", "--keep"], ["check"]] {
      let result = try Binary.run(command + [huge.path])
      #expect(result.status == 2, "\(command)")
      #expect(result.stderr.contains("must be at most 2147483647"), "\(result.stderr)")
    }
    // The largest a calendar takes stays the largest when the talk changes again.
    let largest = try forum {
      $0.replacingOccurrences(of: "sequence: 0,", with: "sequence: 2147483647,")
        .replacingOccurrences(of: "    title: Opening ceremony\n", with: "    title: Opening\n")
    }
    let export = try Binary.run(["export", "ical", largest.path])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("SEQUENCE:2147483647\r\n"))
    #expect(!export.stdout.contains("SEQUENCE:2147483648"))
  }

  /// Fault 13: an HTML plan of an event with no rooms and a break: index out of range.
  @Test func anEventWithoutRoomsPrintsItsBreaks() throws {
    let file = try forum { emptied("rooms", before: "themes", $0, dropping: ["    at: "]) }
    for format in ["html", "markdown", "text"] {
      let result = try Binary.run(["print", file.path, "--format", format])
      #expect(result.status == 0, "\(format): \(result.stderr)")
      #expect(result.stdout.contains("Coffee break"))
    }
  }

  /// Fault 14: `import csv` with a duration like `99999999999999h` or `-1h` overflowed.
  @Test(arguments: ["99999999999999h", "-1h", "999999999999999999h", "-9223372036854775808"])
  func absurdDurationsAreBadRows(duration: String) throws {
    let file = try forum()
    let table = file.deletingLastPathComponent().appendingPathComponent("d.csv")
    try "id,title,duration\nx1,Hello,\(duration)\n".write(
      to: table, atomically: true, encoding: .utf8)
    let result = try Binary.run(["import", "csv", table.path, "--into", file.path])
    #expect(result.status == 1, "\(duration): \(result.status)")
    #expect(result.stderr.contains("d.csv:2: duration"), "\(result.stderr)")
  }

  /// Fault 15: printing was quadratic in unbroken text (a 1M-character venue never ended).
  /// The limit is a thousand times what the linear wrap takes: it only stops a hang.
  @Test(.timeLimit(.minutes(1))) func aMillionCharacterVenuePrints() throws {
    let venue = String(repeating: "x", count: 1_000_000)
    let file = try forum {
      $0.replacingOccurrences(of: "venue: Hilton hotel, Algiers", with: "venue: \(venue)")
    }
    let result = try Binary.run(["print", file.path, "--day", "2010-03-14", "--width", "100"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 100 })
    #expect(lines.filter { $0.allSatisfy { $0 == "x" } }.count >= 10_000 - 1)
  }

  /// Fault 16: 5,000 speakers in one cell took 37 seconds. The limit only stops a hang.
  @Test(.timeLimit(.minutes(1))) func twentyThousandSpeakersInOneCellImport() throws {
    let file = try forum()
    let table = file.deletingLastPathComponent().appendingPathComponent("many.csv")
    let names = (0..<20_000).map { "Speaker \($0)" }.joined(separator: "; ")
    try "id,title,duration,speakers\nx1,Hello,45,\"\(names)\"\n".write(
      to: table, atomically: true, encoding: .utf8)
    let result = try Binary.run(["import", "csv", table.path, "--into", file.path, "--dry-run"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("and 20000 new speaker(s)"))
  }

  // MARK: Wrong or missing messages

  /// Fault 17: every reader error was reported at 1:1; UTF-32 was called UTF-16.
  @Test func readerErrorsSayWhereTheyAre() throws {
    let control = try forum {
      var lines = $0.components(separatedBy: "\n")
      lines[5] += "\u{7}"
      return lines.joined(separator: "\n")
    }
    let result = try Binary.run(["check", control.path])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("\(control.path):6:"), "\(result.stderr)")
    #expect(result.stderr.contains("U+0007"))
    let utf32 = control.deletingLastPathComponent().appendingPathComponent("u32.yaml")
    try Data([0xFF, 0xFE, 0, 0] + Array("multaqa: 1\n".utf8).flatMap { [$0, 0, 0, 0] })
      .write(to: utf32)
    let wide = try Binary.run(["check", utf32.path])
    #expect(wide.status == 2)
    #expect(wide.stderr.contains("is UTF-32 text"))
  }

  /// Fault 18: `days: []` passed `check` and then could not be saved.
  @Test func anEmptyListOfDaysIsRefusedAtLoad() throws {
    let file = try forum {
      emptied("days", before: "rooms", $0, dropping: ["    at: ", "      - {date: "])
        .replacingOccurrences(of: "    unavailable:\n", with: "    unavailable: []\n")
    }
    let result = try Binary.run(["check", file.path])
    #expect(result.status == 2, "\(result.stdout)")
    #expect(result.stderr.contains("\(file.path):20:7: days: the event needs at least one day"))
  }

  /// Fault 19: `format` turned a title `A\u{FEFF}B` into `AB`.
  @Test func formattingKeepsEveryCharacter() throws {
    let file = try forum(retitled(#""A\uFEFFB""#))
    #expect(try Binary.run(["format", file.path]).status == 0)
    let csv = try Binary.run(["export", "csv", file.path, "--no-bom"])
    #expect(csv.stdout.contains("opening,A\u{FEFF}B,"))
  }

  /// Fault 22: `solve` of a file near the size limit worked for its whole budget and then
  /// could not save the result.
  @Test func solveChecksTheSizeLimitBeforeSolving() throws {
    // A thousand bytes under the limit, with no publication records yet: solving adds
    // them, a hundred bytes for each talk.
    let file = try forum { text in
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("    revision: ") }
        .map { $0.hasPrefix("  notes: ") ? "  notes: " : String($0) }
      let notes = String(
        repeating: "n", count: (16 << 20) - 1_000 - lines.joined(separator: "\n").utf8.count)
      return lines.map { $0 == "  notes: " ? $0 + notes : $0 }.joined(separator: "\n")
    }
    #expect(try Binary.run(["check", file.path]).status == 0)
    let before = try Data(contentsOf: file)
    let result = try Binary.run(["solve", file.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("nothing was solved"), "\(result.stderr)")
    #expect(!result.stdout.contains("placed"))
    #expect(try Data(contentsOf: file) == before)
  }

  /// Fault 23: valid tz database names such as `Etc/UTC` and `Etc/GMT-2` were refused.
  @Test(arguments: [
    "Etc/UTC", "Etc/GMT-2", "Asia/Kolkata", "UTC", "America/Argentina/Buenos_Aires",
  ])
  func everyTimeZoneOfTheDatabaseLoads(zone: String) throws {
    let file = try forum {
      $0.replacingOccurrences(of: "timezone: Africa/Algiers", with: "timezone: \(zone)")
    }
    #expect(try Binary.run(["check", file.path]).status == 0)
    let calendar = try Binary.run(["export", "ical", file.path, "--no-record"])
    #expect(calendar.status == 0)
    #expect(calendar.stdout.contains("BEGIN:VTIMEZONE\r\nTZID:\(zone)\r\n"))
    #expect(calendar.stdout.contains("DTSTART;TZID=\(zone):20100314T090000"))
  }

  @Test(arguments: ["GMT+0530", "Foo/Bar", "Africa/Algier", "utc"])
  func namesThatAreNotTimeZonesAreRefused(zone: String) throws {
    let file = try forum {
      $0.replacingOccurrences(of: "timezone: Africa/Algiers", with: "timezone: \(zone)")
    }
    let result = try Binary.run(["check", file.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("is not a time zone of the tz database"))
  }
}

/// YAML quoting for the tests' own edits of the fixture.
enum YAML {
  static func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"")
      + "\""
  }
}
