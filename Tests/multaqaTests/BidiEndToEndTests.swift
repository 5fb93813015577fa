import Formats
import Foundation
import Scheduling
import Testing

/// Arabic in a terminal that does no bidi (tmux): the editor writes visual order itself and
/// says so to the terminal, checked on the real binary against an independent UAX #9.
@Suite(.serialized) struct BidiEndToEndTests {
  static var pythonBidi: String? {
    guard let python = Validators.python,
      (try? Validators.run(python, ["-c", "import bidi"]))?.status == 0
    else { return nil }
    return python
  }
  static var available: Bool { pythonBidi != nil || Validators.required }

  /// Runs the editor under `script`, which records every byte it writes, switches the
  /// titles to Arabic and returns the captured screen and the recorded bytes.
  func run(bidi: String) throws -> (screens: [String], bytes: [UInt8], file: URL) {
    let folder = try Binary.folder()
    let file = folder.appendingPathComponent("forum.yaml")
    try FileManager.default.copyItem(at: Binary.sample, to: file)
    let tmux = Tmux(folder: folder)
    try tmux.start("script -qfec '\(Binary.path) edit forum.yaml --bidi \(bidi)' raw.log")
    try tmux.wait(for: "5th Arab Forum")
    try tmux.send("L")
    let first = try tmux.wait(for: "Titles in ar")
    try tmux.send("Tab")
    let second = try tmux.wait(for: "2 Mon 15 Mar")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
    let bytes = try Array(Data(contentsOf: folder.appendingPathComponent("raw.log")))
    return ([first, second], bytes, file)
  }

  /// The Arabic titles of day `d` short enough to show whole in their cells: talks'
  /// (a plenary's cell spans every room) and breaks' (a break spans the grid).
  func titles(in file: URL, day d: Int) throws -> [String] {
    let schedule = try ScheduleFile.load(file.path)
    let day = schedule.days[d]
    let talks = schedule.talks.compactMap { talk -> String? in
      guard let at = talk.at, at.date == day.date, at.start.minutes < 16 * 60,
        talk.status.isActive, let title = talk.titles["ar"],
        title.count <= (talk.kind.isExclusive ? 60 : 14)
      else { return nil }
      return title
    }
    return talks + day.breaks.filter { $0.start.minutes < 16 * 60 }.compactMap { $0.titles["ar"] }
  }

  func missing(_ titles: [String], on screen: String) throws -> [String] {
    let python = try #require(Self.pythonBidi, "python-bidi is needed: run .ci/run")
    let folder = try Binary.folder()
    let screenFile = folder.appendingPathComponent("screen.txt")
    let titlesFile = folder.appendingPathComponent("titles.json")
    try screen.write(to: screenFile, atomically: true, encoding: .utf8)
    try JSONSerialization.data(withJSONObject: titles).write(to: titlesFile)
    let result = try Validators.run(
      python,
      [
        Validators.script.appendingPathComponent("bidi_order.py").path, screenFile.path,
        titlesFile.path,
      ])
    #expect(result.status == 0, "\(result.output)")
    let list = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String]
    return list ?? titles
  }

  static func occurrences(_ pattern: String, in bytes: [UInt8]) -> [Int] {
    let needle = Array(pattern.utf8)
    guard bytes.count >= needle.count else { return [] }
    return (0...(bytes.count - needle.count)).filter {
      Array(bytes[$0..<$0 + needle.count]) == needle
    }
  }

  @Test(.enabled(if: available)) func withBidiOnArabicTitlesReadInVisualOrder() throws {
    let (screens, bytes, file) = try run(bidi: "on")
    var shown = 0
    for (d, screen) in screens.enumerated() {
      let titles = try titles(in: file, day: d)
      shown += titles.count
      #expect(try missing(titles, on: screen) == [], "day \(d + 1)")
    }
    #expect(shown >= 4)
    // Explicit mode before the first Arabic letter is drawn, implicit mode at the end.
    let explicit = Self.occurrences("\u{1B}[8l", in: bytes)
    let implicit = Self.occurrences("\u{1B}[8h", in: bytes)
    let firstArabic = bytes.firstIndex(of: 0xD8) ?? bytes.firstIndex(of: 0xD9) ?? bytes.count
    #expect(explicit.first.map { $0 < firstArabic } == true, "no CSI 8 l before the text")
    #expect(implicit.last.map { $0 > (explicit.last ?? 0) } == true, "no CSI 8 h at the end")
  }

  /// A crash (here SIGSEGV) and a termination (SIGTERM) put the terminal back in implicit
  /// mode too: the last mode the recorded bytes set is implicit.
  @Test(arguments: [SIGSEGV, SIGTERM])
  func everyExitPathRestoresImplicitMode(signal: Int32) throws {
    let folder = try Binary.folder()
    try FileManager.default.copyItem(
      at: Binary.sample, to: folder.appendingPathComponent("forum.yaml"))
    let tmux = Tmux(folder: folder)
    try tmux.start(
      "script -qfc 'echo $$ > pid; exec \(Binary.path) edit forum.yaml --bidi on' raw.log")
    try tmux.wait(for: "5th Arab Forum")
    kill(try tmux.pid(), signal)
    _ = try tmux.waitForExit()
    let bytes = try Array(Data(contentsOf: folder.appendingPathComponent("raw.log")))
    let explicit = Self.occurrences("\u{1B}[8l", in: bytes)
    let implicit = Self.occurrences("\u{1B}[8h", in: bytes)
    #expect(!explicit.isEmpty)
    #expect(implicit.last.map { $0 > explicit.last! } == true, "signal \(signal)")
  }

  @Test(.enabled(if: available)) func withBidiOffTheLogicalOrderIsWritten() throws {
    let (screens, bytes, file) = try run(bidi: "off")
    for (d, screen) in screens.enumerated() {
      for title in try titles(in: file, day: d) { #expect(screen.contains(title), "\(title)") }
    }
    #expect(Self.occurrences("\u{1B}[8l", in: bytes).isEmpty)
  }
}

/// The real editor with `--ui ar` and `--ui fr`: the interface's words in that language,
/// at the common sizes.
@Suite(.serialized) struct InterfaceEndToEndTests {
  static let english = [
    "errors", "warnings", "? help", "Details", "Unscheduled", "Conflicts", "Sun 14", "Mon 15",
  ]

  @Test(arguments: [("ar", 120, 40), ("ar", 80, 24), ("fr", 120, 40), ("fr", 80, 24)])
  func theEditorSpeaksTheChosenLanguage(ui: String, width: Int, height: Int) throws {
    let folder = try Binary.folder()
    try FileManager.default.copyItem(
      at: Binary.sample, to: folder.appendingPathComponent("forum.yaml"))
    let tmux = Tmux(folder: folder)
    try tmux.start(
      "\(Binary.path) edit forum.yaml --ui \(ui) --bidi on", width: width, height: height)
    let marker = ui == "fr" ? "dim. 14 mars" : "ﺱﺭﺎﻣ 14 ﺪﺣﺄﻟﺍ"
    let screen = try tmux.wait(for: marker)
    for word in Self.english {
      #expect(!screen.contains(word), "\(ui) \(width)×\(height): \(word)")
    }
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }
}
