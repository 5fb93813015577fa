import Foundation
import Testing

/// The faults found by trying to break Multaqa as a hostile user or an unlucky organizer
/// would (issue 9), each through the real binary, as it was found.
@Suite struct FaultTests {
  /// A copy of the fixture in a fresh folder, optionally edited.
  func forum(_ edit: (String) -> String = { $0 }) throws -> URL {
    let file = try Binary.folder().appendingPathComponent("forum.yaml")
    let text = try String(contentsOf: Binary.sample, encoding: .utf8)
    try edit(text).write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  func contents(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

  // MARK: Following planted links

  /// Fault 5: `-o` to a link that leads to itself died with SIGSEGV (rc 139).
  @Test func anOutputPathThatIsALinkLoopIsAClearError() throws {
    let file = try forum()
    let folder = file.deletingLastPathComponent()
    #expect(symlink("loop", folder.appendingPathComponent("loop").path) == 0)
    for command in [["export", "csv"], ["print"], ["export", "ical"], ["export", "frab"]] {
      let result = try Binary.run(command + [file.path, "-o", "loop"], in: folder)
      #expect(result.status == 1, "\(command): \(result.status)")
      #expect(result.stderr.contains("loop: too many symbolic links"), "\(result.stderr)")
    }
  }

  /// Fault 6: `--per-speaker DIR` followed `DIR/s0.ics -> ../outside/x` and overwrote `x`,
  /// leaving a `.bak` outside DIR.
  @Test func perSpeakerCalendarsReplaceLinksInTheirFolder() throws {
    let file = try forum()
    let folder = file.deletingLastPathComponent()
    let outside = folder.appendingPathComponent("outside")
    let speakers = folder.appendingPathComponent("speakers")
    for url in [outside, speakers] {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    let x = outside.appendingPathComponent("x")
    try "not a calendar".write(to: x, atomically: true, encoding: .utf8)
    let planted = speakers.appendingPathComponent("s-benmoussa.ics")
    #expect(symlink("../outside/x", planted.path) == 0)
    let result = try Binary.run([
      "export", "ical", file.path, "--per-speaker", speakers.path, "--no-record",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(contents(x) == "not a calendar")
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["x"])
    #expect(contents(planted)?.hasPrefix("BEGIN:VCALENDAR") == true)
    let attributes = try FileManager.default.attributesOfItem(atPath: planted.path)
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
  }
}
