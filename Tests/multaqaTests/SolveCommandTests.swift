import Foundation
import Testing

@Suite struct SolveCommandTests {
  func sampleCopy(_ edit: (String) -> String = { $0 }) throws -> URL {
    try Binary.sampleCopy(edit)
  }

  /// The sample with every talk that is not pinned unscheduled.
  func unpinnedUnscheduled(_ text: String) -> String {
    text.components(separatedBy: "\n\n").map { block in
      guard !block.contains("pinned: true") else { return block }
      return block.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("    at: ") }.joined(separator: "\n")
    }.joined(separator: "\n\n")
  }

  @Test func solvesTheSampleWithEveryUnpinnedTalkUnscheduled() throws {
    let file = try sampleCopy(unpinnedUnscheduled)
    let before = try Binary.run(["check", file.path, "--format", "json"])
    #expect(before.stdout.contains("\"unscheduled\""))
    let result = try Binary.run(["solve", file.path, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: file.path + ".bak"))
    let after = try Binary.run(["check", file.path, "--format", "json"])
    #expect(after.status == 0)
    #expect(after.stdout.contains("\"errors\" : 0") || after.stdout.contains("\"errors\": 0"))
    #expect(!after.stdout.contains("\"unscheduled\""))
  }

  @Test func writesToAnotherFileAndListsEveryChange() throws {
    let file = try sampleCopy()
    let output = file.deletingLastPathComponent().appendingPathComponent("solved.yaml")
    let original = try Data(contentsOf: file)
    let result = try Binary.run(["solve", file.path, "-o", output.path, "--explain"])
    #expect(result.status == 0)
    #expect(try Data(contentsOf: file) == original)
    #expect(result.stdout.contains("t-crafts: unscheduled -> "))
    #expect(result.stdout.contains("Score (lower is better)"))
    #expect(result.stdout.contains("(proven optimal)"))
    #expect(try Binary.run(["check", output.path]).status == 0)
  }

  @Test func createSessionsMakesASessionOfEachRunOfATrackAndSavesThem() throws {
    let file = try sampleCopy()
    let output = file.deletingLastPathComponent().appendingPathComponent("sessions.yaml")
    let result = try Binary.run(
      ["solve", file.path, "-o", output.path, "--keep", "--create-sessions"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let made =
      result.stdout.components(separatedBy: "Sessions made\n").dropFirst().first?
      .components(separatedBy: "\n\n").first?.split(separator: "\n") ?? []
    #expect(!made.isEmpty, "\(result.stdout)")
    let saved = try String(contentsOf: output, encoding: .utf8)
    for line in made {
      let id = line.trimmingCharacters(in: .whitespaces).prefix { $0 != ":" }
      #expect(saved.contains("  - id: \(id)\n"), "\(id)")
    }
    #expect(try Binary.run(["check", output.path]).status == 0)
    // Once made, they are sessions like any other: a second run makes none.
    let again = try Binary.run(["solve", output.path, "--keep", "--create-sessions"])
    #expect(!again.stdout.contains("Sessions made"), "\(again.stdout)")
  }

  @Test func repairModeMovesOnlyWhatItMustAndSaysWhy() throws {
    // Put t-clusters-2 on top of t-clusters-1 in the Atlas room.
    let file = try sampleCopy {
      $0.replacingOccurrences(
        of: "at: {date: 2010-03-14, room: atlas, start: \"12:00\"}",
        with: "at: {date: 2010-03-14, room: atlas, start: \"11:15\"}")
    }
    #expect(try Binary.run(["check", file.path]).status == 1)
    let result = try Binary.run(["solve", file.path, "--keep"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let moves = result.stdout.split(separator: "\n").filter {
      $0.contains(" -> ") && $0.contains("14 Mar") && !$0.contains("unscheduled ->")
    }
    #expect(moves.count == 1, "\(result.stdout)")
    #expect(moves.first?.contains("removes room-overlap with") == true)
    #expect(try Binary.run(["check", file.path]).status == 0)
  }

  @Test func saysWhyWhenNoScheduleWithoutErrorsExists() throws {
    // A talk for 900 people: no room seats that many.
    let file = try sampleCopy {
      $0.replacingOccurrences(
        of: "    audience: 60\n    status: tentative",
        with: "    audience: 900\n    status: tentative")
    }
    let result = try Binary.run(["solve", file.path])
    #expect(result.status == 3)
    #expect(result.stdout.contains("Could not be placed"))
    #expect(result.stdout.contains("t-crafts needs 900 seats: no room qualifies"))
  }

  @Test func badArgumentsExitWithOne() throws {
    let file = try sampleCopy()
    #expect(try Binary.run(["solve", file.path, "--allow-moves", "2"]).status == 1)
    #expect(try Binary.run(["solve", file.path, "--time-limit", "0"]).status == 1)
    #expect(try Binary.run(["solve", file.path, "--bogus"]).status == 1)
    #expect(try Binary.run(["solve", "/no/such.yaml"]).status == 2)
  }
}
