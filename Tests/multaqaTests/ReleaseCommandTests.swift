import Foundation
import Testing

/// `multaqa release` and `multaqa changes`: a scripted scenario between two versions (a talk
/// moved, one cancelled, one added), in the three languages.
@Suite struct ReleaseCommandTests {
  /// The fixture with version v1, then the three changes, then version v2.
  static func scenario() throws -> URL {
    let file = try Binary.sampleCopy()
    let first = try Binary.run(["release", file.path, "v1", "--notes", "printed programme"])
    #expect(first.status == 0, "\(first.stderr)")
    var text = try String(contentsOf: file, encoding: .utf8)
    // Only the programme changes, not what v1 recorded below it.
    let recorded = try #require(text.range(of: "\n# Named versions"))
    let move = try #require(
      text.range(
        of: "room: plenary, start: \"17:15\"", range: text.startIndex..<recorded.lowerBound))
    text.replaceSubrange(move, with: "room: plenary, start: \"17:30\"")
    let block = try #require(text.range(of: "  - id: w-clusters\n"))
    let status = try #require(
      text.range(of: "    status: confirmed", range: block.upperBound..<text.endIndex))
    text.replaceSubrange(status, with: "    status: cancelled")
    let added = """
        - id: t-late
          title: Closing remarks
          titles:
            ar: كلمة الختام
            fr: Mot de clôture
          kind: talk
          duration: 15
          at: {date: 2010-03-15, room: plenary, start: "17:30"}
          status: confirmed

      """
    let releases = try #require(text.range(of: "\n# Named versions"))
    text.insert(contentsOf: "\n" + added, at: releases.lowerBound)
    try text.write(to: file, atomically: true, encoding: .utf8)
    let second = try Binary.run(["release", file.path, "v2"])
    #expect(second.status == 0, "\(second.stderr)")
    return file
  }

  @Test func changesBetweenTwoVersionsInThreeLanguages() throws {
    let file = try Self.scenario()
    let expected: [(String, [String])] = [
      (
        "en",
        [
          "Sunday 14 March 2010",
          "Moved: Women entrepreneurs in Arab small industries, from 14 Mar 17:15 Plenary hall to 14 Mar 17:30 Plenary hall",
          "Cancelled: Workshop: building a cluster roadmap (14 Mar 16:30 Tassili room)",
          "Monday 15 March 2010", "New: Closing remarks, 15 Mar 17:30 Plenary hall",
        ]
      ),
      ("fr", ["Déplacée :", "Annulée :", "Nouvelle : Mot de clôture"]),
      ("ar", ["نُقلت:", "أُلغيت:", "جديدة: كلمة الختام"]),
    ]
    for (language, lines) in expected {
      let result = try Binary.run([
        "changes", file.path, "--since", "v1", "--until", "v2", "--lang", language,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      for line in lines {
        #expect(result.stdout.contains(line), "\(language): \(line)\n\(result.stdout)")
      }
    }
  }

  @Test func sinceTheLastVersionListAndFormats() throws {
    let file = try Self.scenario()
    let now = try Binary.run(["changes", file.path])
    #expect(now.stdout.contains("No changes."))
    let list = try Binary.run(["release", file.path, "--list"])
    #expect(list.stdout.contains("v1 "))
    #expect(list.stdout.contains("printed programme"))
    #expect(list.stdout.contains("3 changes"))
    let json = try Binary.run([
      "changes", file.path, "--since", "v1", "--format", "json",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let kinds = (object?["changes"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
    #expect(Set(kinds ?? []) == ["moved", "cancelled", "added"])
    let html = try Binary.run([
      "changes", file.path, "--since", "v1", "--format", "html", "--lang", "ar",
    ])
    #expect(html.stdout.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(html.stdout.contains("<li class=\"cancelled\">"))
    // The file still loads and keeps both versions through a save.
    let check = try Binary.run(["format", file.path])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(try String(contentsOf: file, encoding: .utf8).contains("  - name: v2\n"))
  }

  /// The SEQUENCE of each talk's calendar event, from an export of `file`.
  static func sequences(_ file: URL) throws -> [String: Int] {
    let result = try Binary.run(["export", "ical", file.path])
    var found: [String: Int] = [:]
    var uid = ""
    for line in result.stdout.replacingOccurrences(of: "\r\n ", with: "").components(
      separatedBy: "\r\n")
    {
      if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
      if line.hasPrefix("SEQUENCE:") { found[uid] = Int(line.dropFirst(9)) }
    }
    return found
  }

  /// Moves the plenary hall's 17:xx talk of the first day to `start`, in the programme only.
  static func movePlenary(_ file: URL, from old: String, to start: String) throws {
    var text = try String(contentsOf: file, encoding: .utf8)
    let end = text.range(of: "\n# Named versions")?.lowerBound ?? text.endIndex
    let at = try #require(
      text.range(of: "room: plenary, start: \"\(old)\"", range: text.startIndex..<end))
    text.replaceSubrange(at, with: "room: plenary, start: \"\(start)\"")
    try text.write(to: file, atomically: true, encoding: .utf8)
    #expect(try Binary.run(["format", file.path]).status == 0)
  }

  @Test func calendarSequencesRiseOncePerReleaseInWhichATalkChanged() throws {
    let file = try Binary.sampleCopy()
    _ = try Binary.run(["release", file.path, "v1"])
    let v1 = try Self.sequences(file)
    let moved = try #require(v1.keys.first { $0.contains("t-reality-4") })
    let untouched = try #require(v1.keys.first { $0.contains("t-reality-3") })
    // Two saves that move it: calendars see one change until the next release.
    try Self.movePlenary(file, from: "17:15", to: "17:30")
    try Self.movePlenary(file, from: "17:30", to: "17:45")
    let pending = try Self.sequences(file)
    #expect(pending[moved] == v1[moved]! + 1)
    #expect(pending[untouched] == v1[untouched])
    _ = try Binary.run(["release", file.path, "v2"])
    let v2 = try Self.sequences(file)
    #expect(v2[moved] == v1[moved]! + 1)
    #expect(v2[untouched] == v1[untouched])
    // A release without a change to it keeps its sequence.
    _ = try Binary.run(["release", file.path, "v3"])
    #expect(try Self.sequences(file) == v2)
  }

  @Test func badVersionsAreRefused() throws {
    let file = try Binary.sampleCopy()
    let none = try Binary.run(["changes", file.path])
    #expect(none.status == 1)
    #expect(none.stderr.contains("no recorded version yet"))
    _ = try Binary.run(["release", file.path, "v1"])
    let twice = try Binary.run(["release", file.path, "v1"])
    #expect(twice.status == 1)
    #expect(twice.stderr.contains("already has a version named v1"))
    let unknown = try Binary.run(["changes", file.path, "--since", "v9"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no version named v9 (it has v1)"))
  }
}
