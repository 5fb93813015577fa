import Foundation
import Testing

@testable import Formats
@testable import Scheduling

@Suite struct CheckReportTests {
  func clash() -> Schedule {
    var schedule = Awkward.minimal()
    schedule.rooms.update(Room(id: "a", name: "Room A", capacity: 10))
    schedule.talks.update(
      Talk(
        id: "t", title: "First", duration: 60,
        at: Placement(date: schedule.days[0].date, room: "a", start: TimeOfDay(minutes: 540)!)))
    schedule.talks.append(
      Talk(
        id: "u", title: "Second", duration: 30, audience: 20,
        at: Placement(date: schedule.days[0].date, room: "a", start: TimeOfDay(minutes: 570)!)))
    schedule.talks.append(Talk(id: "v", title: "Third", duration: 30))
    return schedule
  }

  @Test func jsonHasTheDocumentedShape() throws {
    let text = CheckReport.json(ConflictIndex(clash()))
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    #expect(object["errors"] as? Int == 2)
    #expect(object["warnings"] as? Int == 1)
    let conflicts = object["conflicts"] as! [[String: Any]]
    #expect(conflicts.count == 3)
    let overlap = conflicts.first { $0["kind"] as? String == "room-overlap" }!
    #expect(overlap["severity"] as? String == "error")
    #expect(overlap["talks"] as? [String] == ["t", "u"])
    #expect(overlap["date"] as? String == "2010-03-14")
    #expect(overlap["room"] as? String == "a")
    #expect(overlap["speaker"] is NSNull)
    #expect(overlap["start"] as? String == "09:30")
    #expect(overlap["end"] as? String == "10:00")
    #expect((overlap["message"] as? String)?.isEmpty == false)
    let unscheduled = conflicts.last!
    #expect(unscheduled["kind"] as? String == "unscheduled")
    #expect(unscheduled["date"] is NSNull)
  }

  @Test func textGroupsByDayAndSeverity() {
    let text = CheckReport.text(ConflictIndex(clash()), file: "f.yaml")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "f.yaml: E")
    #expect(lines.contains("Sunday 14 March 2010"))
    #expect(lines.contains("Not on the grid, or event-wide"))
    #expect(lines.last == "2 errors, 1 warning")
    let day = lines.firstIndex(of: "Sunday 14 March 2010")!
    #expect(lines[day + 1].hasPrefix("  error    09:30–10:00  "))
    #expect(!text.contains("\u{1B}["))
    #expect(
      CheckReport.text(ConflictIndex(clash()), file: "f", color: true).contains("\u{1B}[1;31m"))
  }
}
