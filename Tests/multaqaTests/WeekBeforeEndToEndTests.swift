import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// The week before the event, in the real binary in tmux: a speaker becomes unavailable on
/// Monday morning (recorded through `K`), a cancelled talk comes back (`U`, `r`), the
/// calendar is exported from the command line (`:`), the file is saved. The saved file
/// differs from the original by exactly those changes.
@Suite(.serialized) struct WeekBeforeEndToEndTests {
  @Test func aSpeakerAwayARestoredTalkAnExportAndASave() throws {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: file)
    let original = try ScheduleFile.load(file.path)
    let monday = try #require(original.days.dropFirst().first?.date)
    // A speaker with no absence yet, and the first cancelled talk.
    let speakerIndex = try #require(original.speakers.firstIndex { $0.unavailable.isEmpty })
    let speaker = original.speakers[speakerIndex]
    let cancelled = try #require(original.talks.first { $0.status == .cancelled })
    // The Unscheduled panel lists the unscheduled talks, then the cancelled ones.
    let panelIndex =
      original.talks.filter { $0.at == nil && $0.status != .cancelled }.count
      + original.talks.filter { $0.status == .cancelled }.firstIndex { $0.id == cancelled.id }!

    let tmux = Tmux(folder: folder)
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "Tab day")

    try tmux.send("K")
    try tmux.wait(for: "Speakers")
    for _ in 0..<speakerIndex { try tmux.send("Down") }
    try tmux.send("Enter")
    try tmux.wait(for: "Speaker \(speaker.id)")
    // Id, three names, affiliation, email, phone, then the unavailability.
    for _ in 0..<7 { try tmux.send("Down") }
    try tmux.type("\(monday.iso) 09:00-12:00")
    try tmux.wait(forLine: "the period in its field") {
      $0.contains("Unavailable") && $0.contains("\(monday.iso) 09:00-12:00")
    }
    try tmux.send("C-s")
    try tmux.wait(for: "↑↓ choose")
    try tmux.send("Escape")
    try tmux.wait(for: "Tab day")

    try tmux.send("U")
    try tmux.wait(for: "✗ \(cancelled.id)")
    for _ in 0..<panelIndex { try tmux.send("Down") }
    try tmux.send("r")
    try tmux.wait(for: "Restored \(cancelled.id)")

    try tmux.send("Escape", ":")
    try tmux.type("export ical")
    try tmux.send("Enter")
    try tmux.wait(for: "Wrote \(folder.path)/forum.ics")

    try tmux.send("w")
    try tmux.wait(for: "Saved forum.yaml")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)

    // The calendar holds the restored talk, no longer cancelled.
    let calendar = try String(
      contentsOf: folder.appendingPathComponent("forum.ics"), encoding: .utf8)
    let event = try #require(
      calendar.components(separatedBy: "BEGIN:VEVENT").first {
        $0.contains("UID:\(ICalendar.uid(cancelled, original))")
      })
    #expect(event.contains("STATUS:CONFIRMED"))

    // The file: exactly the absence and the restored talk (whose calendar record rose once).
    let saved = try ScheduleFile.load(file.path)
    var expected = original
    expected.speakers.modify(at: speakerIndex) {
      $0.unavailable = [
        Unavailability(
          date: monday, from: TimeOfDay(hour: 9, minute: 0)!, to: TimeOfDay(hour: 12, minute: 0)!)
      ]
    }
    let restored = try #require(saved.talks[id: cancelled.id])
    #expect(restored.revision?.sequence == (cancelled.revision?.sequence ?? 0) + 1)
    var back = cancelled
    back.status = .confirmed
    back.revision = restored.revision
    expected.talks.update(back)
    #expect(saved == expected)
  }
}
