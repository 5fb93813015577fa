import Foundation
import Testing

@Suite struct CheckCommandTests {
  /// Run in a folder of its own that holds the fixture where the sample would be: the
  /// default path is tested, never the sample organizers edit.
  @Test func withoutATerminalTheDefaultCommandPrintsTheCheck() throws {
    let folder = try Binary.defaultWorkspace()
    let result = try Binary.run([], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr.contains("not a terminal"))
    #expect(
      result.stdout.contains(
        "Schedules/forum-2010.yaml: 5th Arab Forum for Small and Medium Industries"))
    #expect(result.stdout.contains("0 errors"))
    let explicit = try Binary.run(["check", "Schedules/forum-2010.yaml"], in: folder)
    #expect(explicit.status == 0)
    #expect(explicit.stdout == result.stdout)
  }

  @Test func jsonOutputParses() throws {
    let result = try Binary.run(["check", "--format", "json"], in: try Binary.defaultWorkspace())
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["errors"] as? Int == 0)
    #expect((object?["conflicts"] as? [Any])?.isEmpty == false)
  }

  @Test func errorsExitWithOne() throws {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("clash.yaml")
    var text = try String(contentsOf: Binary.sample, encoding: .utf8)
    // Put the second talk of the Atlas room on top of the first.
    text = text.replacingOccurrences(
      of: "at: {date: 2010-03-14, room: atlas, start: \"12:00\"}",
      with: "at: {date: 2010-03-14, room: atlas, start: \"11:30\"}")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let result = try Binary.run(["check", file.path], environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("room-overlap"))
    #expect(result.stdout.contains("Sunday 14 March 2010"))
    #expect(!result.stdout.contains("\u{1B}["))
  }

  @Test func unreadableFilesExitWithTwo() throws {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("typo.yaml")
    var text = try String(contentsOf: Binary.sample, encoding: .utf8)
    text = text.replacingOccurrences(of: "    duration: 60\n", with: "    duraton: 60\n")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let result = try Binary.run(["check", file.path])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("\(file.path):"))
    #expect(result.stderr.contains("(opening).duraton: unknown field (did you mean duration?)"))
    #expect(try Binary.run(["check", "/no/such/file.yaml"]).status == 2)
    #expect(try Binary.run(["check", folder.path]).status == 2)
  }

  @Test func badArgumentsExitNonZero() throws {
    let result = try Binary.run(["check", "--format", "xml"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("xml"))
  }

  @Test func generatedEventsCheckWithoutErrors() throws {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("medium.yaml").path
    let generated = try Binary.run(["generate", "--size", "medium", "--seed", "4", "-o", file])
    #expect(generated.status == 0)
    let result = try Binary.run(["check", file])
    #expect(result.status == 0)
  }

  @Test func formatRewritesInTheSavedLayout() throws {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: file)
    #expect(try Binary.run(["format", "--check", file.path]).status == 1)  // The header comment.
    #expect(try Binary.run(["format", file.path]).status == 0)
    #expect(FileManager.default.fileExists(atPath: file.path + ".bak"))
    #expect(try Binary.run(["format", "--check", file.path]).status == 0)
  }
}

extension CheckCommandTests {
  /// `check --ui fr` speaks French; its JSON is the same in every language.
  @Test func theReportSpeaksTheInterfaceLanguage() throws {
    let file = try Binary.sampleCopy()
    let french = try Binary.run(["check", file.path, "--ui", "fr"], environment: ["NO_COLOR": "1"])
    #expect(french.stdout.contains("avertissement"))
    #expect(french.stdout.contains("n'a pas encore de place"))
    #expect(!french.stdout.contains("warning"))
    let arabic = try Binary.run(
      ["check", file.path],
      environment: ["NO_COLOR": "1", "MULTAQA_UI": "", "LC_ALL": "", "LANG": "ar_DZ.UTF-8"])
    #expect(arabic.stdout.contains("تنبيه"))
    let json = try Binary.run(["check", file.path, "--format", "json"])
    let jsonFrench = try Binary.run(["check", file.path, "--format", "json", "--ui", "fr"])
    #expect(json.stdout == jsonFrench.stdout)
  }
}

extension CheckCommandTests {
  /// `solve --ui ar` reports in Arabic.
  @Test func theSolverSpeaksArabic() throws {
    let file = try Binary.sampleCopy()
    let out = file.deletingLastPathComponent().appendingPathComponent("solved.yaml")
    let solve = try Binary.run(
      ["solve", file.path, "-o", out.path, "--ui", "ar", "--explain", "-q"],
      environment: ["NO_COLOR": "1"])
    #expect(solve.status == 0, "\(solve.stderr)")
    #expect(solve.stdout.contains("النتيجة"))
    #expect(!solve.stdout.contains("lower is better"))
  }
}

extension CheckCommandTests {
  /// What is wrong in a file is said in the interface's language, at the same line, column
  /// and field (the field's name is the file's own), and nothing changes.
  @Test func aBrokenFileIsExplainedInTheInterfaceLanguage() throws {
    let file = try Binary.sampleCopy {
      $0.replacingOccurrences(of: "timezone: Africa/Algiers", with: "timezone: Africa/Algeirs")
        .replacingOccurrences(of: "duration: 45", with: "duration: 50")
    }
    let english = try Binary.run(["check", file.path], environment: ["NO_COLOR": "1"])
    let french = try Binary.run(
      ["check", file.path, "--ui", "fr"], environment: ["NO_COLOR": "1"])
    let arabic = try Binary.run(
      ["check", file.path, "--ui", "ar"], environment: ["NO_COLOR": "1"])
    #expect(english.status == 2 && french.status == 2 && arabic.status == 2)
    #expect(english.stderr.contains("is not a time zone of the tz database"))
    #expect(english.stderr.contains("(did you mean Africa/Algiers?)"))
    #expect(french.stderr.contains("n'est pas un fuseau horaire de la base tz"))
    #expect(french.stderr.contains("(vouliez-vous dire Africa/Algiers ?)"))
    #expect(french.stderr.contains("n'est pas un multiple du créneau"))
    #expect(arabic.stderr.contains("ليس منطقة زمنية في قاعدة tz"))
    // The same places and fields in every language: `FILE:LINE:COLUMN: path:`.
    func places(_ text: String) -> [String] {
      text.split(separator: "\n").compactMap { line in
        line.contains(file.lastPathComponent)
          ? line.split(separator: ":").prefix(4).joined(separator: ":") : nil
      }
    }
    #expect(!places(english.stderr).isEmpty)
    #expect(places(english.stderr) == places(french.stderr))
    #expect(places(english.stderr) == places(arabic.stderr))
  }
}

extension CheckCommandTests {
  /// A mistyped command is said to be one, not read as a file; a negative time limit is
  /// refused as a number.
  @Test func mistypedCommandsAndNegativeLimitsAreSaidPlainly() throws {
    let folder = try Binary.folder()
    let typo = try Binary.run(["chek"], in: folder)
    #expect(typo.status == 1)
    #expect(typo.stderr.contains("unknown command 'chek'; did you mean check?"), "\(typo.stderr)")
    #expect(!typo.stderr.contains("no such file"))
    let file = try Binary.sampleCopy()
    let limit = try Binary.run(["solve", file.path, "--time-limit", "-1", "-o", "/dev/null"])
    #expect(limit.status == 1)
    #expect(limit.stderr.contains("--time-limit must be positive"), "\(limit.stderr)")
  }
}
