import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// One rule, every reader: the schedule file, the spreadsheet import and saving all say
/// what the model's rule says, each at its own position.
@Suite struct FieldRuleTests {
  static let rule = "1500 minutes is longer than a day"

  @Test func theFileSaysItAtTheField() {
    let text = LoaderErrorTests.valid.replacingOccurrences(
      of: "duration: 60", with: "duration: 1500")
    #expect(throws: LoadError.self) { try ScheduleFile.decode(Array(text.utf8), file: "f.yaml") }
    do {
      _ = try ScheduleFile.decode(Array(text.utf8), file: "f.yaml")
    } catch {
      #expect(
        error.problems.map(\.description) == ["f.yaml:25:15: talks[0] (t1).duration: \(Self.rule)"])
    }
  }

  @Test func theSpreadsheetSaysItOnTheRow() throws {
    let schedule = try ScheduleFile.decode(Array(LoaderErrorTests.valid.utf8), file: "f.yaml")
    let rows = try CSV.parse("id,title,duration\nt2,Long,1500\nt3,Fine,45\n", delimiter: ",")
    let result = TalkImport.read(rows, into: schedule, file: "talks.csv")
    #expect(result.problems.map(\.description) == ["talks.csv:2: duration: \(Self.rule)"])
    #expect(result.talks.map(\.id) == ["t3"])
  }

  @Test func savingRefusesItAndNamesTheValue() throws {
    var schedule = try ScheduleFile.decode(Array(LoaderErrorTests.valid.utf8), file: "f.yaml")
    schedule.talks.modify(at: 0) { $0.duration = 1500 }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rule-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("f.yaml").path
    #expect(throws: SaveError.self) { try ScheduleFile.save(schedule, to: path) }
    do {
      try ScheduleFile.save(schedule, to: path)
    } catch {
      #expect(error.message == "not saved: talk t1: duration: \(Self.rule)")
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}

extension FieldRuleTests {
  /// A rule about one field of a list item points at that field of that item.
  @Test func anItemsFieldIsNamedAndPointedAt() {
    let text = LoaderErrorTests.valid.replacingOccurrences(
      of: "    name: Speaker\n",
      with:
        "    name: Speaker\n    unavailable:\n      - {date: 2010-03-14, from: \"12:00\", to: \"11:00\"}\n"
    )
    do {
      _ = try ScheduleFile.decode(Array(text.utf8), file: "f.yaml")
      Issue.record("loaded")
    } catch {
      #expect(
        error.problems.map(\.description) == [
          "f.yaml:21:47: speakers[0] (s1).unavailable[0].to: 11:00 is not after 12:00"
        ])
    }
  }
}

extension FieldRuleTests {
  /// A speaker the import creates for one row is known to the rows after it.
  @Test func aSpeakerCreatedByOneRowServesTheNext() throws {
    let schedule = try ScheduleFile.decode(Array(LoaderErrorTests.valid.utf8), file: "f.yaml")
    let rows = try CSV.parse(
      "id,title,duration,speakers\nt2,One,45,Nadia Haddad\nt3,Two,30,Nadia Haddad; Speaker\n",
      delimiter: ",")
    let result = TalkImport.read(rows, into: schedule, file: "talks.csv")
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.speakers.map(\.name) == ["Nadia Haddad"])
    #expect(result.talks.map(\.speakers) == [["s-nadia-haddad"], ["s-nadia-haddad", "s1"]])
  }
}

extension FieldRuleTests {
  /// An item is named by its place in the file even when an item before it is left out.
  @Test func itemsKeepTheirPlaceInTheFile() {
    let text = LoaderErrorTests.valid.replacingOccurrences(
      of: "      - {start: \"10:30\", end: \"11:00\", title: Coffee}\n",
      with:
        "      - {start: \"10:30\", title: Coffee}\n      - {start: \"17:45\", end: \"18:30\"}\n")
    do {
      _ = try ScheduleFile.decode(Array(text.utf8), file: "f.yaml")
      Issue.record("loaded")
    } catch {
      #expect(
        error.problems.map(\.message).contains(
          "days[0].breaks[1]: the break 17:45–18:30 is outside the day (09:00–18:00)"),
        "\(error.problems)")
    }
  }
}
