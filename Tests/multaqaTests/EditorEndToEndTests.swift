import Foundation
import Testing

/// The real binary in a real terminal (tmux), driven by keys.
@Suite(.serialized) struct EditorEndToEndTests {
  func workspace() throws -> (Tmux, URL) {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: file)
    return (Tmux(folder: folder), file)
  }

  /// Back on the grid, quits and discards the unsaved changes; the editor exits cleanly.
  func quitDiscarding(_ tmux: Tmux) throws {
    try tmux.wait(for: "Tab day")
    try tmux.send("q")
    try tmux.wait(for: "before quitting?")
    try tmux.send("d")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func moveUndoRedoSaveAndQuit() throws {
    let (tmux, file) = try workspace()
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "5th Arab Forum for Small and Medium Industries")
    // Down to 11:15, right to the Atlas room: t-clusters-1. Carry it to 10:00 and drop.
    for _ in 0..<9 { try tmux.send("j") }
    try tmux.send("l", "Enter")
    try tmux.wait(for: "Moving t-clusters-1")
    for _ in 0..<5 { try tmux.send("Up") }
    try tmux.send("Enter")
    try tmux.wait(for: "Moved t-clusters-1 to Sun 14 Mar 10:00 Atlas room")
    try tmux.send("u")
    try tmux.wait(for: "Undid: Moved t-clusters-1")
    try tmux.send("C-y")
    try tmux.wait(for: "Redid: Moved t-clusters-1")
    try tmux.send("C-s")
    try tmux.wait(for: "Saved forum.yaml")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
    let check = try Binary.run(["check", file.path])
    #expect(check.status == 0)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("  - id: t-clusters-1\n"))
    let block = text.components(separatedBy: "  - id: t-clusters-1\n")[1].components(
      separatedBy: "\n\n")[0]
    #expect(block.contains("at: {date: 2010-03-14, room: atlas, start: \"10:00\"}"))
  }

  @Test func aSessionAddedInTheSessionsListIsSaved() throws {
    let (tmux, file) = try workspace()
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "5th Arab Forum for Small and Medium Industries")
    try tmux.send("G")
    try tmux.wait(for: "a add")
    try tmux.send("a")
    try tmux.wait(for: "New session")
    // The id as offered (s1), a title, and the first track.
    try tmux.send("Down")
    try tmux.type("Clusters and networks")
    for _ in 0..<3 { try tmux.send("Down") }
    try tmux.send("Right", "C-s")
    try tmux.wait(for: "Added session s1")
    try tmux.send("Escape", "C-s")
    try tmux.wait(for: "Saved forum.yaml")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
    let text = try String(contentsOf: file, encoding: .utf8)
    let block = try #require(text.components(separatedBy: "sessions:\n").dropFirst().first)
    #expect(block.hasPrefix("  - id: s1\n    title: Clusters and networks\n"), "\(block)")
    #expect(block.contains("    theme: "))
    #expect(try Binary.run(["check", file.path]).status == 0)
  }

  @Test func resizingToTooSmallAndBackLeavesNoGarbage() throws {
    let (tmux, _) = try workspace()
    try tmux.start("\(Binary.path) edit forum.yaml")
    let before = try tmux.wait(for: "5th Arab Forum")
    try tmux.resize(width: 40, height: 12)
    try tmux.wait(for: "Terminal too small")
    try tmux.resize(width: 120, height: 40)
    let deadline = Date().addingTimeInterval(10)
    var after = ""
    while Date() < deadline {
      after = try tmux.screen()
      if after == before { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(after == before)
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func quittingWithUnsavedChangesAsks() throws {
    let (tmux, file) = try workspace()
    let original = try Data(contentsOf: file)
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "5th Arab Forum")
    try tmux.send("p")
    try tmux.wait(for: "Unpinned opening")
    try tmux.send("q")
    try tmux.wait(for: "Save the changes to forum.yaml before quitting?")
    try tmux.send("c")
    try quitDiscarding(tmux)
    #expect(try Data(contentsOf: file) == original)
  }

  @Test func helpAndEscAnswerAtOnce() throws {
    let (tmux, _) = try workspace()
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "5th Arab Forum")
    try tmux.send("?")
    try tmux.wait(for: "Move up a slot")
    try tmux.send("Escape")
    try tmux.wait(for: "Tab day")
    try tmux.send("End")
    try tmux.wait(for: "Tab day")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func aTerminationSignalRestoresTheTerminalAndKeepsTheJournal() throws {
    let (tmux, folder) = try workspace()
    // After the editor ends, the shell records the terminal's modes.
    try tmux.start(
      "\(Binary.path) edit forum.yaml </dev/tty & echo $! > pid; wait; stty -a > stty.txt; echo done"
    )
    try tmux.wait(for: "5th Arab Forum")
    try tmux.send("p")
    try tmux.wait(for: "Unpinned opening")
    let dir = folder.deletingLastPathComponent()
    kill(try tmux.pid(), SIGTERM)
    try tmux.wait(for: "done")
    let stty = try String(contentsOf: dir.appendingPathComponent("stty.txt"), encoding: .utf8)
    #expect(stty.contains(" icanon") && stty.contains(" echo"))
    #expect(
      FileManager.default.fileExists(
        atPath: dir.appendingPathComponent(".forum.yaml.multaqa-journal").path))
    // The next start offers the unsaved change back.
    try tmux.tmux(["kill-server"], output: false)
    let next = Tmux(folder: dir)
    try next.start("\(Binary.path) edit forum.yaml")
    try next.wait(for: "A recovery journal holds changes to forum.yaml")
    try next.send("r")
    try next.wait(for: "Restored the unsaved changes")
    #expect(try next.quitDiscarding() == 0)
  }

  /// Fault 5: any fatal signal, not only a crash's, leaves the terminal as it found it:
  /// cooked, echoing, out of the alternate screen, no mouse reports.
  @Test(arguments: [SIGSEGV, SIGBUS, SIGABRT, SIGUSR1, SIGALRM, SIGXCPU])
  func aFatalSignalDoesNotLeaveTheTerminalRaw(signal: Int32) throws {
    let (tmux, folder) = try workspace()
    try tmux.start(
      "\(Binary.path) edit forum.yaml </dev/tty & echo $! > pid; wait; stty -a > stty.txt; echo done"
    )
    try tmux.wait(for: "5th Arab Forum")
    #expect(try tmux.modes().alternateScreen)
    let dir = folder.deletingLastPathComponent()
    kill(try tmux.pid(), signal)
    try tmux.wait(for: "done")
    let stty = try String(contentsOf: dir.appendingPathComponent("stty.txt"), encoding: .utf8)
    #expect(stty.contains(" icanon") && stty.contains(" echo"), "signal \(signal)")
    let modes = try tmux.modes()
    #expect(!modes.alternateScreen, "signal \(signal)")
    #expect(!modes.mouse, "signal \(signal)")
    #expect(try tmux.screen().contains("multaqa: stopped by signal \(signal)"))
  }

  /// Fault 22: without a usable TERM, ncurses said only "Error opening terminal".
  @Test(arguments: [
    ("env -u TERM", "TERM is not set"), ("env TERM=nosuchterminal", "is not known on this machine"),
    ("env TERM=dumb", "cannot place the cursor"),
  ])
  func anUnusableTerminalIsExplained(environment: String, explanation: String) throws {
    let (tmux, _) = try workspace()
    try tmux.start("\(environment) \(Binary.path) edit forum.yaml")
    #expect(try tmux.waitForExit() == 2)
    let screen = try tmux.screen().replacingOccurrences(of: "\n", with: "")
    #expect(screen.contains(explanation), "\(screen)")
    #expect(screen.contains("multaqa check forum.yaml"))
  }

  @Test func aSecondEditorIsToldTheFileIsOpen() throws {
    let (tmux, file) = try workspace()
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "5th Arab Forum")
    let second = Tmux(folder: file.deletingLastPathComponent())
    try second.start("\(Binary.path) edit forum.yaml")
    try second.wait(for: "is open in another Multaqa")
    try second.send("r")
    try second.wait(for: "[read-only]")
    try second.send("q")
    #expect(try second.waitForExit() == 0)
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func withoutAUTF8LocaleTheEditorStillWorks() throws {
    let (tmux, _) = try workspace()
    try tmux.start("\(Binary.path) edit forum.yaml", lang: "C")
    let screen = try tmux.wait(for: "UTF-8 locale")
    #expect(screen.contains("5th Arab Forum"))
    #expect(screen.contains("?"))
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  /// Fault 4: a journal and a lock planted as links in a shared folder led the editor's
  /// writes to their targets.
  @Test func plantedLinksBesideTheFileAreNotWrittenThrough() throws {
    let (tmux, file) = try workspace()
    let folder = file.deletingLastPathComponent()
    let outside = folder.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    for (name, target) in [("journal", "target"), ("lock", "lock-target")] {
      try "precious".write(
        to: outside.appendingPathComponent(target), atomically: true, encoding: .utf8)
      #expect(
        symlink(
          "outside/\(target)", folder.appendingPathComponent(".forum.yaml.multaqa-\(name)").path)
          == 0)
    }
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "5th Arab Forum")
    try tmux.send("p")
    try tmux.wait(for: "Unpinned opening")
    #expect(try tmux.quitDiscarding() == 0)
    for target in ["target", "lock-target"] {
      let text = try String(contentsOf: outside.appendingPathComponent(target), encoding: .utf8)
      #expect(text == "precious", "\(target)")
    }
  }

  /// Fault 7: the same file opened through a symbolic or a hard link got past the lock.
  @Test func theSameFileUnderAnotherNameIsLocked() throws {
    let (tmux, file) = try workspace()
    let folder = file.deletingLastPathComponent()
    #expect(symlink("forum.yaml", folder.appendingPathComponent("alias.yaml").path) == 0)
    #expect(link(file.path, folder.appendingPathComponent("hard.yaml").path) == 0)
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "5th Arab Forum")
    for name in ["alias.yaml", "hard.yaml"] {
      let second = Tmux(folder: folder)
      try second.start("\(Binary.path) edit \(name)")
      try second.wait(for: "is open in another Multaqa")
      try second.send("q")
      #expect(try second.waitForExit() == 0)
    }
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  /// Fault 20: a lock naming a live pid on another host was obeyed with no way out, and
  /// one naming a process of this host that is no editor blocked the file too.
  @Test func locksOfOtherHostsAndOfOtherProgramsAreNoDeadEnd() throws {
    let (tmux, file) = try workspace()
    let lock = file.deletingLastPathComponent().appendingPathComponent(".forum.yaml.multaqa-lock")
    try "1 otherhost\n".write(to: lock, atomically: true, encoding: .utf8)
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "locked by Multaqa pid 1 on otherhost")
    try tmux.send("t")
    try tmux.wait(for: "Took over the lock from otherhost")
    try tmux.send("p")
    try tmux.wait(for: "Unpinned opening")
    #expect(try tmux.quitDiscarding() == 0)
    // pid 1 on this host is init, not an editor: its lock is stale.
    var name = [CChar](repeating: 0, count: 256)
    gethostname(&name, 255)
    let host = String(
      decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    try "1 \(host)\n".write(to: lock, atomically: true, encoding: .utf8)
    let next = Tmux(folder: file.deletingLastPathComponent())
    try next.start("\(Binary.path) edit forum.yaml")
    try next.wait(for: "Tab day")
    try next.send("p")
    try next.wait(for: "Unpinned opening")
    #expect(try next.quitDiscarding() == 0)
  }

  /// Fault 21: `x_y.yaml` and `x/y.yaml` shared one journal name in the state folder, and
  /// opening one offered the other's unsaved changes.
  @Test func journalsOfTwoFilesNeverCross() throws {
    let folder = try Binary.folder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("ro/x"), withIntermediateDirectories: true)
    for name in ["ro/x_y.yaml", "ro/x/y.yaml"] {
      let file = folder.appendingPathComponent(name)
      try FileManager.default.copyItem(at: Binary.sample, to: file)
      // Nothing can be written beside either: both journals go to the state folder.
      let journal = file.deletingLastPathComponent().appendingPathComponent(
        ".\(file.lastPathComponent).multaqa-journal")
      try FileManager.default.createDirectory(at: journal, withIntermediateDirectories: false)
    }
    let tmux = Tmux(folder: folder)
    try tmux.start("\(Binary.path) edit ro/x_y.yaml </dev/tty & echo $! > pid; wait")
    try tmux.wait(for: "5th Arab Forum")
    try tmux.send("p")
    try tmux.wait(for: "Recovery journal kept in")
    kill(try tmux.pid(), SIGKILL)
    try tmux.tmux(["kill-server"], output: false)
    let other = Tmux(folder: folder)
    try other.start("\(Binary.path) edit ro/x/y.yaml")
    let screen = try other.wait(for: "Tab day")
    #expect(!screen.contains("recovery journal"))
    try other.send("q")
    #expect(try other.waitForExit() == 0)
    let same = Tmux(folder: folder)
    try same.start("\(Binary.path) edit ro/x_y.yaml")
    try same.wait(for: "A recovery journal holds changes to x_y.yaml")
    try same.send("d")
    try same.send("q")
    #expect(try same.waitForExit() == 0)
  }

  /// Fault 1 as it was found: on a full disk, an edit and `kill -9` lost the edit without a
  /// word. Needs a real full file system: a 64 KB tmpfs, where the tests may mount one.
  @Test(.enabled(if: SmallDisk.canMount)) func onAFullDiskTheEditorSaysSoAndKeepsTheJournal()
    throws
  {
    let folder = try Binary.folder()
    let disk = try SmallDisk(at: folder.appendingPathComponent("full"))
    defer { disk.unmount() }
    try FileManager.default.copyItem(
      at: Binary.sample, to: disk.folder.appendingPathComponent("f.yaml"))
    disk.fill()
    let tmux = Tmux(folder: folder)
    try tmux.start("\(Binary.path) edit full/f.yaml </dev/tty & echo $! > pid; wait")
    try tmux.wait(for: "5th Arab Forum")
    // The lock file's holder cannot be written, and the status line says so.
    try tmux.wait(for: "cannot be written")
    try tmux.send("p")
    try tmux.wait(for: "Recovery journal kept in")
    kill(try tmux.pid(), SIGKILL)
    try tmux.tmux(["kill-server"], output: false)
    let next = Tmux(folder: folder)
    try next.start("\(Binary.path) edit full/f.yaml")
    try next.wait(for: "A recovery journal")
    try next.send("r")
    try next.wait(for: "Restored the unsaved changes")
    try next.tmux(["kill-server"], output: false)
  }
}

/// A tiny tmpfs, to fill up: the real thing a full disk is.
struct SmallDisk {
  let folder: URL

  /// Whether this machine lets the tests mount one (root, in most containers and CI).
  static let canMount: Bool = {
    guard geteuid() == 0, let folder = try? Binary.folder() else { return false }
    let disk = try? SmallDisk(at: folder.appendingPathComponent("probe"))
    disk?.unmount()
    return disk != nil
  }()

  init(at folder: URL) throws {
    self.folder = folder
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]) else {
      throw Tmux.Failure("cannot mount a tmpfs at \(folder.path)")
    }
  }

  /// Writes until the disk is full.
  func fill() {
    let fd = open(folder.appendingPathComponent("filler").path, O_WRONLY | O_CREAT, 0o644)
    let block = [UInt8](repeating: 0x2E, count: 512)
    while block.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) > 0 {}
    let byte: [UInt8] = [0x2E]
    while byte.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, 1) }) > 0 {}
    close(fd)
  }

  func unmount() { _ = Self.run("/bin/umount", ["-l", folder.path]) }

  private static func run(_ tool: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}

extension EditorEndToEndTests {
  /// Someone else saves the file while the editor is open: the status line says so within
  /// a few seconds, without a key pressed, and w then asks what to do.
  @Test func aChangeOnDiskIsSaidWithoutWaitingForASave() throws {
    let (tmux, file) = try workspace()
    try tmux.start("\(Binary.path) edit forum.yaml")
    try tmux.wait(for: "5th Arab Forum for Small and Medium Industries")
    let text = try String(contentsOf: file, encoding: .utf8)
    try (text + "\n# edited elsewhere\n").write(to: file, atomically: true, encoding: .utf8)
    try tmux.wait(for: "forum.yaml changed on disk")
    try tmux.send("p", "w")
    try tmux.wait(for: "overwrite")
    try tmux.send("c")
    try quitDiscarding(tmux)
    #expect(try String(contentsOf: file, encoding: .utf8).hasSuffix("# edited elsewhere\n"))
  }
}
