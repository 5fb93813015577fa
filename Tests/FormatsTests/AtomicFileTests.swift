import Foundation
import Testing

@testable import Formats
@testable import Scheduling

@Suite struct AtomicFileTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "multaqa-atomic-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func contents(_ name: String) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func writesAndKeepsABackup() throws {
    let path = folder.appendingPathComponent("s.yaml").path
    try AtomicFile.write("one", to: path)
    #expect(contents("s.yaml") == "one")
    #expect(contents("s.yaml.bak") == nil)
    try AtomicFile.write("two", to: path)
    #expect(contents("s.yaml") == "two")
    #expect(contents("s.yaml.bak") == "one")
    try AtomicFile.write("three", to: path)
    #expect(contents("s.yaml.bak") == "two")
    // No temporary file is left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["s.yaml", "s.yaml.bak"])
  }

  @Test func keepsThePermissions() throws {
    let path = folder.appendingPathComponent("p.yaml").path
    try AtomicFile.write("one", to: path)
    chmod(path, 0o640)
    try AtomicFile.write("two", to: path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
  }

  @Test func writesThroughASymbolicLink() throws {
    let real = folder.appendingPathComponent("real.yaml").path
    let link = folder.appendingPathComponent("link.yaml").path
    try AtomicFile.write("one", to: real)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.yaml")
    try AtomicFile.write("two", to: link)
    #expect(contents("real.yaml") == "two")
    let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link)
    #expect(destination == "real.yaml")
  }

  /// Fault 5: a link that leads back to itself recursed until the stack died.
  @Test func aSymbolicLinkLoopIsAnErrorNotACrash() throws {
    let loop = folder.appendingPathComponent("loop").path
    #expect(symlink("loop", loop) == 0)
    #expect {
      try AtomicFile.write("x", to: loop)
    } throws: { error in
      (error as? SaveError)?.message.contains("too many symbolic links") == true
    }
    // Two links that lead to each other, and a chain one longer than the kernel allows.
    #expect(symlink("b", folder.appendingPathComponent("a").path) == 0)
    #expect(symlink("a", folder.appendingPathComponent("b").path) == 0)
    #expect(throws: SaveError.self) {
      try AtomicFile.write("x", to: folder.appendingPathComponent("a").path)
    }
    for i in 0..<AtomicFile.maximumLinks {
      #expect(symlink("c\(i + 1)", folder.appendingPathComponent("c\(i)").path) == 0)
    }
    try AtomicFile.write("end of the chain", to: folder.appendingPathComponent("c0").path)
    #expect(contents("c\(AtomicFile.maximumLinks)") == "end of the chain")
    #expect(symlink("c0", folder.appendingPathComponent("c-1").path) == 0)
    #expect(throws: SaveError.self) {
      try AtomicFile.write("x", to: folder.appendingPathComponent("c-1").path)
    }
  }

  /// Fault 6: a link planted in an output folder led the write, and its backup, outside.
  @Test func replacingALinkNeverWritesWhereItLeads() throws {
    let outside = folder.appendingPathComponent("outside")
    let output = folder.appendingPathComponent("out")
    for url in [outside, output] {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    try "precious".write(to: outside.appendingPathComponent("x"), atomically: true, encoding: .utf8)
    let planted = output.appendingPathComponent("s0.ics").path
    #expect(symlink("../outside/x", planted) == 0)
    try AtomicFile.write("calendar", to: planted, links: .replace)
    #expect(contents("outside/x") == "precious")
    #expect(contents("out/s0.ics") == "calendar")
    var info = stat()
    #expect(lstat(planted, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["x"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["s0.ics"])
    // Written again, the file it now is gets its backup beside it.
    try AtomicFile.write("calendar 2", to: planted, links: .replace)
    #expect(contents("out/s0.ics.bak") == "calendar")
  }

  @Test func aFailedWriteLeavesTheOriginalAlone() throws {
    let path = folder.appendingPathComponent("ro/s.yaml").path
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("ro"), withIntermediateDirectories: true)
    try AtomicFile.write("original", to: path)
    chmod(folder.appendingPathComponent("ro").path, 0o555)
    defer { chmod(folder.appendingPathComponent("ro").path, 0o755) }
    // Root may write anywhere; the check only means something for other users.
    if geteuid() != 0 {
      #expect(throws: SaveError.self) { try AtomicFile.write("new", to: path) }
      #expect(contents("ro/s.yaml") == "original")
    }
    #expect(throws: SaveError.self) {
      try AtomicFile.write("x", to: folder.appendingPathComponent("missing/dir/s.yaml").path)
    }
  }

  /// `-o /dev/null` and pipes must be written to, never replaced by a renamed file.
  @Test func devicesAndPipesAreWrittenToNotReplaced() throws {
    let fifo = folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let received = Received()
    let reader = Thread {
      // Read until the writer closes: a pipe has no size to read up to.
      let data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
      received.text = String(decoding: data, as: UTF8.self)
      received.done.signal()
    }
    reader.start()
    try AtomicFile.write("through the pipe", to: fifo)
    received.done.wait()
    var info = stat()
    #expect(stat(fifo, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFIFO)
    #expect(received.text == "through the pipe")
    #expect(!FileManager.default.fileExists(atPath: fifo + ".bak"))
  }

  final class Received: @unchecked Sendable {
    var text = ""
    let done = DispatchSemaphore(value: 0)
  }

  @Test func savingAScheduleRoundTrips() throws {
    let path = folder.appendingPathComponent("forum.yaml").path
    let schedule = Generator.event(.forum, seed: 9)
    try ScheduleFile.save(schedule, to: path, stamp: false)
    #expect(try ScheduleFile.load(path) == schedule)
    // A stamping save records what calendars will be told, and changes nothing else.
    let written = try ScheduleFile.save(schedule, to: path)
    let loaded = try ScheduleFile.load(path)
    #expect(loaded == written)
    #expect(loaded.sameProgramme(as: schedule))
    #expect(loaded.talks.allSatisfy { $0.revision?.sequence == 0 })
  }

  @Test func aScheduleThatWouldNotLoadIsNotSaved() throws {
    let path = folder.appendingPathComponent("forum.yaml").path
    var schedule = Generator.event(.forum, seed: 9)
    try ScheduleFile.save(schedule, to: path, stamp: false)
    let before = contents("forum.yaml")
    schedule.talks.update(
      {
        var t = schedule.talks[0]; t.language = "not a language"; return t
      }())
    #expect(throws: SaveError.self) { try ScheduleFile.save(schedule, to: path) }
    #expect(contents("forum.yaml") == before)
  }
}
