import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// `export frab`, `export csv` and `import csv` as a user runs them.
@Suite struct InterchangeCommandTests {
  static var xmllintAvailable: Bool { Validators.xmllint != nil || Validators.required }
  static var pythonAvailable: Bool { Validators.python != nil || Validators.required }
  static var schemas: URL { Validators.script.appendingPathComponent("schemas") }

  /// The sample and a generated congress, in a temporary folder.
  func schedules() throws -> (URL, [URL]) {
    let folder = try Binary.folder()
    let forum = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: forum)
    let congress = folder.appendingPathComponent("congress.yaml")
    let generated = try Binary.run([
      "generate", "--size", "congress", "--seed", "7", "-o", congress.path,
    ])
    #expect(generated.status == 0, "\(generated.stderr)")
    return (folder, [forum, congress])
  }

  @Test(.enabled(if: xmllintAvailable)) func frabXMLValidatesAgainstTheXSD() throws {
    let xmllint = try #require(
      Validators.xmllint, "xmllint is needed: apt-get install libxml2-utils")
    let (folder, files) = try schedules()
    for file in files {
      for language in ["en", "ar", "fr"] {
        let out = folder.appendingPathComponent("\(file.lastPathComponent)-\(language).xml")
        let export = try Binary.run([
          "export", "frab", file.path, "--lang", language, "-o", out.path,
        ])
        #expect(export.status == 0, "\(export.stderr)")
        let check = try Validators.run(
          xmllint,
          [
            "--noout", "--schema", Self.schemas.appendingPathComponent("schedule.xml.xsd").path,
            out.path,
          ])
        #expect(check.status == 0, "\(out.lastPathComponent): \(check.output)")
        // What the XSD cannot say: every <start> agrees with its <date>.
        let xml = try String(contentsOf: out, encoding: .utf8)
        let dates = xml.components(separatedBy: "<date>").dropFirst().map { $0.prefix(25) }
        let starts = xml.components(separatedBy: "<start>").dropFirst(2).map { $0.prefix(5) }
        #expect(dates.count > 0 && dates.count == starts.count)
        for (date, start) in zip(dates, starts) {
          #expect(date.dropFirst(11).prefix(5) == start, "\(date) \(start)")
        }
      }
    }
  }

  @Test(.enabled(if: pythonAvailable)) func frabJSONValidatesAgainstTheSchema() throws {
    let python = try #require(
      Validators.python,
      "Python with jsonschema is needed: run .ci/run, or python3 -m venv .venv && .venv/bin/pip install icalendar jsonschema"
    )
    let (folder, files) = try schedules()
    for file in files {
      for language in ["en", "ar"] {
        let out = folder.appendingPathComponent("\(file.lastPathComponent)-\(language).json")
        let export = try Binary.run([
          "export", "frab", file.path, "--format", "json", "--lang", language, "-o", out.path,
        ])
        #expect(export.status == 0, "\(export.stderr)")
        let check = try Validators.run(
          python,
          [
            Validators.script.appendingPathComponent("check_frab_json.py").path,
            Self.schemas.appendingPathComponent("schedule.json").path, out.path,
          ])
        #expect(check.status == 0, "\(out.lastPathComponent): \(check.output)")
        #expect(check.output.hasPrefix("ok "))
      }
    }
  }

  /// The sample without its talks, saved in a temporary folder.
  func emptied() throws -> (URL, URL) {
    let folder = try Binary.folder()
    var schedule = try ScheduleFile.load(Binary.sample.path)
    schedule.talks = Catalog()
    let file = folder.appendingPathComponent("empty.yaml")
    try ScheduleFile.save(schedule, to: file.path)
    return (folder, file)
  }

  func unstamped(_ talks: some Sequence<Talk>) -> [Talk] {
    talks.map {
      var t = $0; t.revision = nil; return t
    }
  }

  @Test(arguments: ["utf-8", "utf-16", "windows-1256"])
  func csvRoundTripThroughEachEncodingGivesTheSameTalks(encoding: String) throws {
    let (folder, file) = try emptied()
    let table = folder.appendingPathComponent("talks.csv")
    let export = try Binary.run([
      "export", "csv", Binary.sample.path, "--encoding", encoding, "-o", table.path,
    ])
    #expect(export.status == 0, "\(export.stderr)")
    let imported = try Binary.run(["import", "csv", table.path, "--into", file.path])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("43 new talk(s)"))
    let sample = try ScheduleFile.load(Binary.sample.path)
    let result = try ScheduleFile.load(file.path)
    #expect(unstamped(result.talks) == unstamped(sample.talks))
    #expect(result.talks[id: "opening"]?.titles["ar"] == "حفل الافتتاح")
    // The saved file checks as the sample does.
    #expect(try Binary.run(["check", file.path]).status == 0)
  }

  @Test func spreadsheetEditsComeBackWithUpdate() throws {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: file)
    let table = folder.appendingPathComponent("talks.csv")
    #expect(try Binary.run(["export", "csv", file.path, "-o", table.path]).status == 0)
    var text = try String(contentsOf: table, encoding: .utf8)
    text = text.replacingOccurrences(of: "Opening ceremony", with: "Official opening")
    try text.write(to: table, atomically: true, encoding: .utf8)
    let refused = try Binary.run(["import", "csv", table.path, "--into", file.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("talks.csv:2: talk opening already exists"))
    let updated = try Binary.run(["import", "csv", table.path, "--into", file.path, "--update"])
    #expect(updated.status == 0, "\(updated.stderr)")
    #expect(updated.stdout.contains("1 changed, 42 unchanged"))
    #expect(try ScheduleFile.load(file.path).talks[id: "opening"]?.title == "Official opening")
  }

  @Test func badRowsWriteNothingUnlessSkipped() throws {
    let (folder, file) = try emptied()
    let before = try Data(contentsOf: file)
    let table = folder.appendingPathComponent("proposals.csv")
    let rows = """
      Titre;Durée;Intervenants;Salle;Jour;Heure
      La sous-traitance industrielle;45;Nadia Haddad;;;
      Sans durée;;Karim Lounis;;;
      Mauvaise salle;30;;Grand amphi;14/03/2010;10h00
      المناولة الصناعية;1h;سليمة بوزيد;قاعة الأطلس;15/03/2010;09h30

      """
    try Data(rows.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: table)

    let dry = try Binary.run(["import", "csv", table.path, "--into", file.path, "--dry-run"])
    #expect(dry.status == 1)
    #expect(dry.stderr.contains("proposals.csv:3: the duration is empty"))
    #expect(dry.stderr.contains("proposals.csv:4: room “Grand amphi” is not a room"))
    #expect(try Data(contentsOf: file) == before)

    let refused = try Binary.run(["import", "csv", table.path, "--into", file.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("nothing was imported"))
    #expect(try Data(contentsOf: file) == before)

    // The same rows, said in French and in Arabic, at the same lines.
    let french = try Binary.run([
      "import", "csv", table.path, "--into", file.path, "--dry-run", "--ui", "fr",
    ])
    #expect(french.stderr.contains("proposals.csv:3: la durée est vide"))
    #expect(french.stderr.contains("proposals.csv:4: la salle « Grand amphi » n'est pas une salle"))
    #expect(french.stderr.contains("rien n'a été importé"))
    let arabic = try Binary.run([
      "import", "csv", table.path, "--into", file.path, "--dry-run", "--skip-bad-rows",
      "--ui", "ar",
    ])
    #expect(arabic.stderr.contains("proposals.csv:3: المدة فارغة"))
    #expect(arabic.stdout.contains("سيضيف إلى"))
    #expect(try Data(contentsOf: file) == before)

    let preview = try Binary.run([
      "import", "csv", table.path, "--into", file.path, "--dry-run", "--skip-bad-rows",
    ])
    #expect(preview.stdout.contains("Would add 2 new talk(s) (1 placed, 1 unscheduled)"))
    #expect(preview.stdout.contains("المناولة الصناعية"))
    #expect(try Data(contentsOf: file) == before)

    let skipped = try Binary.run([
      "import", "csv", table.path, "--into", file.path, "--skip-bad-rows",
    ])
    #expect(skipped.status == 1, "bad rows were left out: the exit says so")
    let schedule = try ScheduleFile.load(file.path)
    #expect(schedule.talks.count == 2)
    let subcontracting = try #require(schedule.talks.first { $0.title == "المناولة الصناعية" })
    #expect(subcontracting.at?.room == "atlas")
    #expect(subcontracting.duration == 60)
    #expect(FileManager.default.fileExists(atPath: file.path + ".bak"))
  }

  @Test func badArgumentsAndFilesExitClearly() throws {
    let (folder, file) = try emptied()
    let missing = try Binary.run([
      "import", "csv", folder.appendingPathComponent("none.csv").path, "--into", file.path,
    ])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("none.csv: cannot be read"))
    let table = folder.appendingPathComponent("t.csv")
    try Data("title,duration\r\n\"never closed,30\r\n".utf8).write(to: table)
    let unclosed = try Binary.run(["import", "csv", table.path, "--into", file.path])
    #expect(unclosed.status == 2)
    #expect(unclosed.stderr.contains("t.csv:2: a quoted field is never closed"))
    #expect(
      try Binary.run(["import", "csv", table.path, "--into", file.path, "--encoding", "latin-9"])
        .status == 1)
    #expect(try Binary.run(["export", "csv", "--encoding", "ebcdic"]).status == 1)
    #expect(try Binary.run(["export", "frab", "--format", "yaml"]).status == 1)
  }
}
