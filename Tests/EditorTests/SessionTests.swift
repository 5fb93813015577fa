import Foundation
import Testing

@testable import Editor
@testable import Formats
@testable import Scheduling
@testable import Terminal

/// Scripted runs on the in-memory terminal, with real files.
@Suite struct SessionTests {
  @Test func moveUndoRedoAndSave() throws {
    let file = try Sample.copy()
    let backend = MemoryBackend(width: 120, height: 40)
    let session = EditorSession(schedule: try ScheduleFile.load(file), file: file, backend: backend)
    // To t-clusters-1 (Atlas, 11:15), carry it to 10:00, drop; undo, redo; save; quit.
    backend.queue(Array(repeating: .down, count: 9) + [.right, .enter])
    backend.queue(
      Array(repeating: .up, count: 5) + [.enter, .character("u"), .control("y"), .control("s")])
    session.run(untilIdle: true)
    #expect(session.state.message?.text == "Saved forum.yaml")
    let saved = try ScheduleFile.load(file)
    #expect(saved.talks[id: "t-clusters-1"]?.at?.start == TimeOfDay(hour: 10, minute: 0))
    #expect(ConflictIndex(saved).errorCount == 0)
    #expect(FileManager.default.fileExists(atPath: file + ".bak"))
    // The saved file differs from the sample only in that talk's line.
    let before = try String(contentsOfFile: Sample.path, encoding: .utf8).split(separator: "\n")
      .drop { $0.hasPrefix("#") }
    let after = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").drop {
      $0.hasPrefix("#")
    }
    // Its place, and its publication record: calendars will see the change.
    let changed = zip(before, after).filter { $0 != $1 }
    #expect(changed.count == 2)
    #expect(changed.first?.1.contains("start: \"10:00\"") == true)
    #expect(changed.last?.1.contains("revision: {sequence: 1,") == true)
    backend.queue([.character("q")])
    session.run(untilIdle: true)
    #expect(session.isFinished)
    #expect(!FileManager.default.fileExists(atPath: session.lock.path))
  }

  @Test func swapAndEditThroughTheForm() throws {
    let file = try Sample.copy()
    let backend = MemoryBackend(width: 100, height: 30)
    let session = EditorSession(schedule: try ScheduleFile.load(file), file: file, backend: backend)
    backend.queue(
      Array(repeating: .down, count: 9) + [.right, .character("s"), .right, .character("s")])
    backend.queue([.character("e"), .down, .control("u")])
    backend.type("Networks of the Maghreb")
    backend.queue([.control("s"), .character("w")])
    session.run(untilIdle: true)
    let saved = try ScheduleFile.load(file)
    #expect(saved.talks[id: "t-clusters-1"]?.at?.room == "casbah")
    #expect(saved.talks[id: "t-ip-1"]?.at?.room == "atlas")
    // The cursor stayed in the Casbah room, where t-clusters-1 now is: that is the one edited.
    #expect(saved.talks[id: "t-clusters-1"]?.title == "Networks of the Maghreb")
  }

  @Test func everyChangeIsJournaledAndOfferedBack() throws {
    let file = try Sample.copy()
    let backend = MemoryBackend(width: 100, height: 30)
    var session: EditorSession? = EditorSession(
      schedule: try ScheduleFile.load(file), file: file, backend: backend)
    backend.queue([.character("p")])
    session!.run(untilIdle: true)
    let journal = session!.journal.locations[0]
    #expect(FileManager.default.fileExists(atPath: journal))
    // The editor dies without saving; the next one offers the journal.
    session = nil
    let next = EditorSession(schedule: try ScheduleFile.load(file), file: file, backend: backend)
    guard case .question(let question) = next.state.mode else {
      Issue.record("no recovery offered")
      return
    }
    #expect(question.purpose == .restoreJournal)
    backend.queue([.character("r")])
    next.run(untilIdle: true)
    #expect(next.state.schedule.talks[id: "opening"]?.pinned == false)
    #expect(next.state.dirty)
    // Saving removes the journal.
    backend.queue([.character("w")])
    next.run(untilIdle: true)
    #expect(!FileManager.default.fileExists(atPath: journal))
  }

  @Test func aSecondEditorIsToldAndCanOpenReadOnly() throws {
    let file = try Sample.copy()
    let first = EditorSession(
      schedule: try ScheduleFile.load(file), file: file, backend: MemoryBackend())
    #expect(first.state.mode == .normal)
    #expect(first.lock.isHeld)
    let backend = MemoryBackend()
    let second = EditorSession(schedule: try ScheduleFile.load(file), file: file, backend: backend)
    guard case .question(let question) = second.state.mode,
      case .lockedElsewhere(let pid) = question.purpose
    else {
      Issue.record("the second editor was not told")
      return
    }
    #expect(pid == Int(getpid()))
    backend.queue([.character("r"), .character("p"), .character("w")])
    second.run(untilIdle: true)
    #expect(second.state.readOnly)
    #expect(try ScheduleFile.load(file) == Sample.schedule)
    // The read-only editor leaves the first one's lock alone.
    #expect(FileManager.default.fileExists(atPath: first.lock.path))
  }

  @Test func savingAFileChangedOnDiskAsks() throws {
    let file = try Sample.copy()
    let backend = MemoryBackend(width: 100, height: 30)
    let session = EditorSession(schedule: try ScheduleFile.load(file), file: file, backend: backend)
    backend.queue([.character("p")])
    session.run(untilIdle: true)
    // Someone else changes the file.
    var text = try String(contentsOfFile: file, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "venue: Hilton hotel, Algiers", with: "venue: Hilton Algiers")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    backend.queue([.character("w")])
    session.run(untilIdle: true)
    guard case .question(let question) = session.state.mode else {
      Issue.record("no question")
      return
    }
    #expect(question.text.contains("changed on disk"))
    backend.queue([.character("r")])
    session.run(untilIdle: true)
    #expect(session.state.schedule.event.venue == "Hilton Algiers")
    #expect(session.state.schedule.talks[id: "opening"]?.pinned == true)
  }

  /// Fault 5: `P` to a link that leads to itself crashed the editor, leaving the terminal raw.
  @Test func thePlanKeyToALinkLoopSaysSo() throws {
    let file = try Sample.copy()
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    #expect(symlink("loop", folder.appendingPathComponent("loop").path) == 0)
    let backend = MemoryBackend(width: 100, height: 30)
    let session = EditorSession(schedule: try ScheduleFile.load(file), file: file, backend: backend)
    backend.queue([.character("P"), .control("u")])
    backend.type("loop")
    backend.queue([.enter])
    session.run(untilIdle: true)
    #expect(session.state.message?.kind == .error)
    #expect(session.state.message?.text.contains("too many symbolic links") == true)
    #expect(!session.isFinished)
  }

  @Test func thePlanKeyWritesTheDaysPlanBesideTheFile() throws {
    let file = try Sample.copy()
    let backend = MemoryBackend(width: 100, height: 30)
    let session = EditorSession(schedule: try ScheduleFile.load(file), file: file, backend: backend)
    backend.queue([.character("P"), .enter])
    session.run(untilIdle: true)
    let plan = URL(fileURLWithPath: file).deletingLastPathComponent()
      .appendingPathComponent("forum-2010-03-14.txt").path
    #expect(session.state.message?.text == "Wrote \(plan)")
    let text = try String(contentsOfFile: plan, encoding: .utf8)
    #expect(text.contains("Sunday 14 March 2010"))
  }

  @Test func resizingRelaysOut() throws {
    let backend = MemoryBackend(width: 120, height: 40)
    let session = EditorSession(
      schedule: Sample.schedule, file: try Sample.copy(), backend: backend, lock: false)
    session.run(untilIdle: true)
    backend.resize(width: 40, height: 12)
    session.run(untilIdle: true)
    #expect(backend.screen.text.contains("Terminal too small"))
    backend.resize(width: 100, height: 30)
    session.run(untilIdle: true)
    #expect(backend.screen.width == 100)
    #expect(backend.screen.text.contains("5th Arab Forum"))
  }

  @Test func theSolverRunsInTheBackground() throws {
    var schedule = Sample.schedule
    for i in schedule.talks.indices where !schedule.talks[i].pinned {
      schedule.talks.modify(at: i) { $0.at = nil }
    }
    let backend = MemoryBackend(width: 120, height: 40)
    let session = EditorSession(
      schedule: schedule, file: try Sample.copy(), backend: backend, lock: false)
    // A budget of moves, not of seconds: the same answer on a busy machine.
    session.solverOptions = SolverOptions(iterations: 5_000, keep: true, exact: false)
    backend.queue([.character("S")])
    session.run(untilIdle: true)
    guard case .report = session.state.mode else {
      Issue.record("no report after solving: \(session.state.mode)")
      return
    }
    #expect(session.state.index.errorCount == 0)
    #expect(session.state.unscheduledTalks.isEmpty)
  }
}
