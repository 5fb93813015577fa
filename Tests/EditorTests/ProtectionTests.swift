import Foundation
import Testing

@testable import Editor
@testable import Formats
@testable import Scheduling
@testable import Terminal

/// The recovery journal and the lock when the disk, the folder or other people work against
/// them (issue 9: faults 1, 4, 7, 20 and 21).
@Suite struct ProtectionTests {
  let folder: URL
  let file: String
  let state: String

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "multaqa-protection-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    file = folder.appendingPathComponent("forum.yaml").path
    try FileManager.default.copyItem(atPath: Sample.path, toPath: file)
    state = folder.appendingPathComponent("state").path
  }

  var environment: [String: String] { ["XDG_STATE_HOME": state, "HOME": folder.path] }
  var beside: String { folder.appendingPathComponent(".forum.yaml.multaqa-journal").path }
  var lockPath: String { folder.appendingPathComponent(".forum.yaml.multaqa-lock").path }

  func session(
    _ backend: MemoryBackend = MemoryBackend(width: 160, height: 40), at path: String? = nil
  )
    throws -> EditorSession
  {
    let path = path ?? file
    return EditorSession(
      schedule: try ScheduleFile.load(path), file: path, backend: backend,
      environment: environment)
  }

  func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

  // MARK: Fault 1: a journal or a lock that cannot be written

  @Test func aJournalThatCannotBeWrittenBesideTheFileGoesToTheStateFolder() throws {
    // Something that is not a file stands where the journal goes (as a full disk would).
    try FileManager.default.createDirectory(atPath: beside, withIntermediateDirectories: false)
    let backend = MemoryBackend(width: 160, height: 40)
    var first: EditorSession? = try session(backend)
    backend.queue([.character("p")])
    first!.run(untilIdle: true)
    let stateJournal = first!.journal.locations[1]
    #expect(stateJournal.hasPrefix(state + "/multaqa/forum.yaml-"))
    #expect(read(stateJournal)?.hasPrefix("# multaqa-journal: \"\(RealPath.of(file))\"\n") == true)
    #expect(first!.state.alerts.journal?.text.contains(stateJournal) == true)
    #expect(backend.screen.text.contains("Recovery journal kept in"))
    // The editor dies without saving: the next start offers the change from there.
    first = nil
    let next = try session()
    guard case .question(let question) = next.state.mode, question.purpose == .restoreJournal
    else {
      Issue.record("no recovery offered: \(next.state.mode)")
      return
    }
    #expect(question.text.contains(stateJournal))
  }

  @Test func aJournalWrittenNowhereIsSaidAtOnceAndUntilItIsWritten() throws {
    try FileManager.default.createDirectory(atPath: beside, withIntermediateDirectories: false)
    // The state folder cannot be made either: a file stands where it would be.
    try "not a folder".write(toFile: state, atomically: true, encoding: .utf8)
    let backend = MemoryBackend(width: 160, height: 40)
    let editor = try session(backend)
    backend.queue([.character("p")])
    editor.run(untilIdle: true)
    #expect(backend.screen.text.contains("Unsaved changes are NOT protected"))
    #expect(backend.beeps == 1)
    // Other messages come and go; the alert stays on the status line.
    backend.queue([.character("j"), .character("u"), .character("p")])
    editor.run(untilIdle: true)
    let statusRow = backend.screen.line(backend.screen.height - 1)
    #expect(statusRow.contains("NOT protected"), "\(statusRow)")
    // With nothing unsaved, nothing is at risk; once the journal can be written, it is.
    try FileManager.default.removeItem(atPath: beside)
    backend.queue([.character("u")])
    editor.run(untilIdle: true)
    #expect(!editor.state.dirty)
    #expect(!backend.screen.text.contains("NOT protected"))
    backend.queue([.character("p")])
    editor.run(untilIdle: true)
    #expect(!backend.screen.text.contains("NOT protected"))
    #expect(FileManager.default.fileExists(atPath: beside))
  }

  @Test func aLockThatCannotBeTakenIsSaid() throws {
    try FileManager.default.createDirectory(atPath: lockPath, withIntermediateDirectories: false)
    let backend = MemoryBackend(width: 160, height: 40)
    let editor = try session(backend)
    editor.run(untilIdle: true)
    #expect(editor.state.mode == .normal)
    #expect(editor.state.alerts.lock?.text.hasPrefix("No lock: ") == true)
    #expect(backend.screen.line(backend.screen.height - 1).contains("No lock"))
  }

  // MARK: Fault 4: links planted where the journal and the lock go

  @Test func plantedLinksAreNeverWrittenThrough() throws {
    let outside = folder.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    let target = outside.appendingPathComponent("target").path
    let lockTarget = outside.appendingPathComponent("lock-target").path
    try "precious".write(toFile: target, atomically: true, encoding: .utf8)
    try "also precious".write(toFile: lockTarget, atomically: true, encoding: .utf8)
    #expect(symlink(target, beside) == 0)
    #expect(symlink(lockTarget, lockPath) == 0)
    let backend = MemoryBackend(width: 160, height: 40)
    let editor = try session(backend)
    backend.queue([.character("p")])
    editor.run(untilIdle: true)
    #expect(read(target) == "precious")
    #expect(read(lockTarget) == "also precious")
    #expect(editor.state.alerts.lock?.text.contains("symbolic link") == true)
    // The change is journaled where no link leads it.
    #expect(read(editor.journal.locations[1])?.contains("multaqa-journal") == true)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: beside) == target)
    editor.lock.release()
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: lockPath) == lockTarget)
  }

  @Test func aJournalThatIsALinkIsNotOffered() throws {
    // A real journal of this file, reached through a link planted beside it.
    var changed = Sample.schedule
    changed.talks.modify(at: 0) { $0.pinned.toggle() }
    let elsewhere = folder.appendingPathComponent("elsewhere.journal").path
    try (Journal.header(RealPath.of(file)) + ScheduleFile.encode(changed)).write(
      toFile: elsewhere, atomically: true, encoding: .utf8)
    #expect(symlink(elsewhere, beside) == 0)
    let editor = try session()
    #expect(editor.state.mode == .normal)
    #expect(editor.state.message?.text.contains("not a regular file") == true)
  }

  // MARK: Fault 7: one lock whatever name the file is opened by, taken atomically

  @Test func linksAndHardLinksToTheFileShareItsLock() throws {
    let alias = folder.appendingPathComponent("alias.yaml").path
    let hard = folder.appendingPathComponent("hard.yaml").path
    #expect(symlink("forum.yaml", alias) == 0)
    #expect(link(file, hard) == 0)
    let first = try session()
    #expect(first.lock.isHeld)
    for other in [alias, hard] {
      let second = try session(at: other)
      guard case .question(let question) = second.state.mode,
        case .lockedElsewhere = question.purpose
      else {
        Issue.record("\(other) opened with write access beside the first editor")
        continue
      }
    }
  }

  @Test func twoEditorsStartedAtOnceNeverBothGetTheLock() throws {
    for _ in 0..<40 {
      let locks = [EditLock(file: file), EditLock(file: file)]
      let outcomes = Outcomes()
      let start = DispatchSemaphore(value: 0)
      let group = DispatchGroup()
      for lock in locks {
        let holder = Holder(lock)
        DispatchQueue.global().async(group: group) {
          start.wait()
          outcomes.append(holder.lock.acquire())
        }
      }
      start.signal()
      start.signal()
      group.wait()
      let acquired = outcomes.all.filter { if case .acquired = $0 { true } else { false } }
      #expect(acquired.count == 1, "\(outcomes.all)")
      locks.forEach { $0.release() }
    }
  }

  final class Outcomes: @unchecked Sendable {
    private let guardLock = NSLock()
    private var items: [EditLock.Outcome] = []
    func append(_ outcome: EditLock.Outcome) {
      guardLock.lock()
      items.append(outcome)
      guardLock.unlock()
    }
    var all: [EditLock.Outcome] {
      guardLock.lock()
      defer { guardLock.unlock() }
      return items
    }
  }

  struct Holder: @unchecked Sendable {
    let lock: EditLock
    init(_ lock: EditLock) { self.lock = lock }
  }

  // MARK: Fault 20: locks that name a process that is not an editor, or another host

  @Test func aLockOfThisHostWhoseProcessIsNotMultaqaIsStale() throws {
    // pid 1 is alive, and is not an editor.
    try "1 \(EditLock.hostName)\n".write(toFile: lockPath, atomically: true, encoding: .utf8)
    let editor = try session()
    #expect(editor.state.mode == .normal)
    #expect(read(lockPath) == "\(getpid()) \(EditLock.hostName)\n")
  }

  @Test func aLockFromAnotherHostCanBeTakenOverAfterConfirmation() throws {
    try "1 otherhost\n".write(toFile: lockPath, atomically: true, encoding: .utf8)
    let backend = MemoryBackend(width: 160, height: 40)
    let editor = try session(backend)
    guard case .question(let question) = editor.state.mode,
      question.purpose == .lockedOnOtherHost(pid: 1, host: "otherhost")
    else {
      Issue.record("not asked: \(editor.state.mode)")
      return
    }
    #expect(question.text.contains("otherhost"))
    backend.queue([.character("t")])
    editor.run(untilIdle: true)
    #expect(!editor.state.readOnly)
    #expect(read(lockPath) == "\(getpid()) \(EditLock.hostName)\n")
    // Declining leaves the other host's lock as it was.
    editor.lock.release()
    try "1 otherhost\n".write(toFile: lockPath, atomically: true, encoding: .utf8)
    let declined = MemoryBackend(width: 160, height: 40)
    let second = try session(declined)
    declined.queue([.character("r")])
    second.run(untilIdle: true)
    #expect(second.state.readOnly)
    #expect(read(lockPath) == "1 otherhost\n")
  }

  // MARK: Fault 21: journals in the state folder never collide

  @Test func journalsOfDistinctPathsHaveDistinctNamesAndNeverCross() throws {
    let ro = folder.appendingPathComponent("ro")
    try FileManager.default.createDirectory(
      at: ro.appendingPathComponent("x"), withIntermediateDirectories: true)
    let a = ro.appendingPathComponent("x_y.yaml").path
    let b = ro.appendingPathComponent("x/y.yaml").path
    for path in [a, b] { try FileManager.default.copyItem(atPath: Sample.path, toPath: path) }
    let ja = Journal(file: a, environment: environment)
    let jb = Journal(file: b, environment: environment)
    #expect(ja.locations[1] != jb.locations[1])
    // A's journal under B's name is refused: it says which file it belongs to.
    var changed = Sample.schedule
    changed.talks.modify(at: 0) { $0.pinned.toggle() }
    try FileManager.default.createDirectory(
      atPath: (jb.locations[1] as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    try (Journal.header(ja.file) + ScheduleFile.encode(changed)).write(
      toFile: jb.locations[1], atomically: true, encoding: .utf8)
    let (recovery, refused) = jb.recoverable(comparedTo: Sample.schedule)
    #expect(recovery == nil)
    #expect(refused.first?.contains("belongs to another file") == true)
    // Its own journal is offered.
    try (Journal.header(jb.file) + ScheduleFile.encode(changed)).write(
      toFile: jb.locations[1], atomically: true, encoding: .utf8)
    #expect(jb.recoverable(comparedTo: Sample.schedule).0?.schedule == changed)
  }
}
