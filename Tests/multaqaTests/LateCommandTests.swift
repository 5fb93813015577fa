import Foundation
import Testing

/// `multaqa late`: the real binary on a copy of the fixture.
@Suite struct LateCommandTests {
  @Test func shiftsTheRestOfTheDayInOneRoom() throws {
    let file = try Binary.sampleCopy()
    let result = try Binary.run([
      "late", file.path, "--day", "2010-03-14", "--from", "16:30", "--by", "15", "--room",
      "plenary",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains("t-reality-3: 14 Mar 16:30 Plenary hall -> 14 Mar 16:45 Plenary hall"))
    #expect(
      result.stdout.contains("t-reality-4: 14 Mar 17:15 Plenary hall -> 14 Mar 17:30 Plenary hall"))
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("at: {date: 2010-03-14, room: plenary, start: \"16:45\"}"))
    #expect(text.contains("at: {date: 2010-03-14, room: casbah, start: \"17:15\"}"))
    #expect(FileManager.default.fileExists(atPath: file.path + ".bak"))
  }

  @Test func aDryRunWritesNothingAndPastTheClosingIsReported() throws {
    let file = try Binary.sampleCopy()
    let original = try Data(contentsOf: file)
    let result = try Binary.run([
      "late", file.path, "--day", "2010-03-14", "--from", "16:30", "--by", "60", "--room",
      "plenary", "--dry-run",
    ])
    #expect(result.status == 3)
    #expect(try Data(contentsOf: file) == original)
    #expect(result.stdout.contains("Would change"))
    #expect(
      result.stdout.contains("t-reality-4: would end after the day closes; left where it was"))
    #expect(result.stdout.contains("New conflicts"))
    #expect(result.stdout.contains("error room-overlap"))
  }

  @Test func badArgumentsExitWithOne() throws {
    let file = try Binary.sampleCopy()
    for arguments in [
      ["--day", "2010-03-14", "--from", "16:30", "--by", "0"],
      ["--day", "2010-03-14", "--from", "25:00", "--by", "10"],
      ["--day", "2010-03-16", "--from", "16:30", "--by", "10"],
      ["--day", "2010-03-14", "--from", "16:30", "--by", "10", "--room", "attic"],
    ] {
      let result = try Binary.run(["late", file.path] + arguments)
      #expect(result.status == 1, "\(arguments): \(result.stderr)")
      #expect(!result.stderr.isEmpty)
    }
    let help = try Binary.run(["late", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("pinned talk does not move"))
  }
}
