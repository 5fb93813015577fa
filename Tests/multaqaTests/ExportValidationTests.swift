import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// The exports as independent parsers read them.
@Suite struct ExportValidationTests {
  static var pythonAvailable: Bool { Validators.python != nil || Validators.required }

  /// Python's icalendar reading `ics` against the events `expected` (written to `json`).
  static func checkICal(
    _ python: String, _ ics: URL, _ expected: [[String: String]], at json: URL
  ) throws -> (status: Int32, output: String) {
    try JSONSerialization.data(withJSONObject: expected).write(to: json)
    return try Validators.run(
      python, [Validators.script.appendingPathComponent("check_ical.py").path, ics.path, json.path])
  }

  @Test(.enabled(if: pythonAvailable)) func icalendarReadsTheExportWithTheRightTimes() throws {
    let python = try #require(
      Validators.python,
      "Python with icalendar is needed: run .ci/run, or python3 -m venv .venv && .venv/bin/pip install icalendar jsonschema"
    )
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: file)
    for language in ["en", "ar", "fr"] {
      let ics = folder.appendingPathComponent("forum-\(language).ics")
      let export = try Binary.run(["export", "ical", file.path, "-o", ics.path, "--lang", language])
      #expect(export.status == 0, "\(export.stderr)")
      let schedule = try ScheduleFile.load(file.path)
      let zone = TimeZone(identifier: schedule.event.timezone)!
      var expected: [[String: String]] = []
      for talk in schedule.talks {
        guard let at = talk.at else { continue }
        func iso(_ minutes: Int) -> String {
          let utc = TimeZoneRules.utc(at.date, minutes: minutes)
          let offset = zone.secondsFromGMT(for: utc.addingTimeInterval(-3600))
          let sign = offset < 0 ? "-" : "+"
          let h = abs(offset) / 3600
          let m = abs(offset) / 60 % 60
          return
            "\(at.date.iso)T\(TimeOfDay.format(minutes)):00\(sign)\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
        }
        expected.append([
          "uid": ICalendar.uid(talk, schedule), "start": iso(at.start.minutes),
          "end": iso(at.start.minutes + talk.duration),
          "summary": talk.title(in: language, primary: schedule.event.language),
        ])
      }
      let check = try Self.checkICal(
        python, ics, expected, at: folder.appendingPathComponent("expected-\(language).json"))
      #expect(check.status == 0, "\(language): \(check.output)")
      #expect(check.output.contains("ok"))
    }
  }

  @Test(.enabled(if: pythonAvailable)) func zonesWithDaylightSavingConvertCorrectly() throws {
    let python = try #require(Validators.python)
    let folder = try Binary.folder()
    for zone in ["Europe/Paris", "America/New_York"] {
      var schedule = try ScheduleFile.load(Binary.sample.path)
      schedule.event.timezone = zone
      // 14 March 2010: before Paris changes its clocks (28 March), after New York (14 March).
      let ics = ICalendar.render(schedule, now: "20100301T120000Z")
      let path = folder.appendingPathComponent(
        "\(zone.replacingOccurrences(of: "/", with: "-")).ics")
      try ics.write(to: path, atomically: true, encoding: .utf8)
      let offset = zone == "Europe/Paris" ? "+01:00" : "-04:00"
      let opening = schedule.talks[id: "opening"]!
      let expected = [
        [
          "uid": ICalendar.uid(opening, schedule), "start": "2010-03-14T09:00:00\(offset)",
          "end": "2010-03-14T10:00:00\(offset)", "summary": opening.title,
        ]
      ]
      // Only the opening is compared; the count check is for the whole file, so list all.
      var all = expected
      for talk in schedule.talks where talk.at != nil && talk.id != "opening" {
        let at = talk.at!
        let dayOffset = zone == "Europe/Paris" ? "+01:00" : "-04:00"
        all.append([
          "uid": ICalendar.uid(talk, schedule),
          "start": "\(at.date.iso)T\(at.start):00\(dayOffset)",
          "end":
            "\(at.date.iso)T\(TimeOfDay.format(at.start.minutes + talk.duration)):00\(dayOffset)",
          "summary": talk.title,
        ])
      }
      let check = try Self.checkICal(
        python, path, all, at: path.deletingPathExtension().appendingPathExtension("json"))
      #expect(check.status == 0, "\(zone): \(check.output)")
    }
  }

  /// A chair's calendar, with the session they chair, as Python's icalendar reads it.
  @Test(.enabled(if: pythonAvailable)) func aChairsCalendarReadsWithTheSessionsTimes() throws {
    let python = try #require(Validators.python)
    let folder = try Binary.folder()
    var schedule = try ScheduleFile.load(Binary.sample.path)
    let talk = try #require(schedule.talks[id: "t-clusters-1"])
    let at = try #require(talk.at)
    schedule.sessions.append(
      Session(
        id: "s-clusters", title: "Clusters; networks, and \\ more", chair: "s-mansouri", at: at,
        duration: 90, talks: [talk.id]))
    let options = ICalendarOptions(speaker: "s-mansouri", language: "en")
    let path = folder.appendingPathComponent("chair.ics")
    try ICalendar.render(schedule, options: options, now: "20100301T120000Z")
      .write(to: path, atomically: true, encoding: .utf8)
    func local(_ date: CalendarDate, _ minutes: Int) -> String {
      "\(date.iso)T\(TimeOfDay.format(minutes)):00+01:00"
    }
    var expected = ICalendar.talks(schedule, options).map { talk -> [String: String] in
      let at = talk.at!
      return [
        "uid": ICalendar.uid(talk, schedule), "start": local(at.date, at.start.minutes),
        "end": local(at.date, at.start.minutes + talk.duration), "summary": talk.title,
      ]
    }
    let session = try #require(schedule.sessions[id: "s-clusters"])
    expected.append([
      "uid": ICalendar.uid(session, schedule), "start": local(at.date, at.start.minutes),
      "end": local(at.date, at.start.minutes + 90),
      "summary": "Chair: Clusters; networks, and \\ more",
    ])
    let check = try Self.checkICal(
      python, path, expected, at: folder.appendingPathComponent("chair.json"))
    #expect(check.status == 0, "\(check.output)")
  }

  /// An export only reads: the schedule's bytes stay as they were, a read-only schedule
  /// exports, and a talk changed by hand goes out one above its record until a save
  /// records the change (then it stays there).
  @Test func exportsNeverWriteTheSchedule() throws {
    let file = try Binary.sampleCopy {
      $0.replacingOccurrences(
        of: "at: {date: 2010-03-14, room: atlas, start: \"12:00\"}",
        with: "at: {date: 2010-03-14, room: atlas, start: \"17:30\"}")
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
    }
    let before = try Data(contentsOf: file)
    func sequence() throws -> String? {
      let export = try Binary.run(["export", "ical", file.path])
      #expect(export.status == 0, "\(export.stderr)")
      #expect(export.stderr.isEmpty, "\(export.stderr)")
      let lines = export.stdout.replacingOccurrences(of: "\r\n ", with: "")
        .components(separatedBy: "\r\n")
      guard let uid = lines.firstIndex(where: { $0.hasPrefix("UID:t-clusters-2@") }) else {
        return nil
      }
      return lines[uid...].first { $0.hasPrefix("SEQUENCE:") }
    }
    let recorded = try ScheduleFile.load(file.path).talks[id: "t-clusters-2"]!.revision!.sequence
    #expect(try sequence() == "SEQUENCE:\(recorded + 1)")
    #expect(try sequence() == "SEQUENCE:\(recorded + 1)")
    #expect(try Data(contentsOf: file) == before)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
    #expect(try Binary.run(["format", file.path]).status == 0)
    #expect(
      try ScheduleFile.load(file.path).talks[id: "t-clusters-2"]!.revision!.sequence == recorded + 1
    )
    #expect(try sequence() == "SEQUENCE:\(recorded + 1)")
  }

  @Test func exportsRecordWhatTheyPublished() throws {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: file)
    let first = try Binary.run([
      "export", "ical", file.path, "-o", folder.appendingPathComponent("a.ics").path,
    ])
    #expect(first.status == 0)
    // Move a talk, save, export again: only its SEQUENCE rises.
    var text = try String(contentsOf: file, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "at: {date: 2010-03-14, room: atlas, start: \"12:00\"}",
      with: "at: {date: 2010-03-14, room: atlas, start: \"17:30\"}")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let second = try Binary.run([
      "export", "ical", file.path, "-o", folder.appendingPathComponent("b.ics").path,
    ])
    #expect(second.status == 0)
    func sequences(_ name: String) throws -> [String: String] {
      let ics = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        .replacingOccurrences(of: "\r\n ", with: "")
      var result: [String: String] = [:]
      var uid = ""
      for line in ics.components(separatedBy: "\r\n") {
        if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
        if line.hasPrefix("SEQUENCE:") { result[uid] = String(line.dropFirst(9)) }
      }
      return result
    }
    let a = try sequences("a.ics")
    let b = try sequences("b.ics")
    #expect(a.count == b.count)
    for (uid, sequence) in a {
      if uid.hasPrefix("t-clusters-2@") {
        #expect(b[uid] == String(Int(sequence)! + 1))
      } else {
        #expect(b[uid] == sequence, "\(uid)")
      }
    }
  }

  @Test func perSpeakerCalendars() throws {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: file)
    let out = folder.appendingPathComponent("speakers")
    let result = try Binary.run(["export", "ical", file.path, "--per-speaker", out.path])
    #expect(result.status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(files.contains("s-mansouri.ics"))
    let mansouri = try String(
      contentsOf: out.appendingPathComponent("s-mansouri.ics"), encoding: .utf8)
    #expect(mansouri.components(separatedBy: "BEGIN:VEVENT").count == 5)
  }

  @Test func printCommandWritesEveryFormat() throws {
    let folder = try Binary.folder()
    for format in ["text", "html", "markdown"] {
      let out = folder.appendingPathComponent("plan.\(format)")
      let result = try Binary.run([
        "print", Binary.sample.path, "--day", "2010-03-14", "--format", format, "--lang", "ar",
        "-o", out.path,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let text = try String(contentsOf: out, encoding: .utf8)
      #expect(text.contains("الملتقى العربي الخامس"))
    }
    #expect(try Binary.run(["print", Binary.sample.path, "--day", "2010-03-16"]).status == 1)
    #expect(try Binary.run(["print", Binary.sample.path, "--room", "nowhere"]).status == 1)
  }
}
