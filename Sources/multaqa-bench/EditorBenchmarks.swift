import CProcess
import Editor
import Formats
import Foundation
import Scheduling
import Terminal

/// The editor without a terminal: the time from a key to a finished frame (the update and
/// the view into the cell grid), and the whole process's start to its first frame.
enum EditorBenchmarks {
  static func run(samplePath: String) {
    if let sample = try? ScheduleFile.load(samplePath) {
      keys(sample, size: "sample", width: 120, height: 40, talk: "t-clusters-1")
    }
    let congress = Generator.event(.congress, seed: 1)
    let talk = congress.talks.first { !$0.pinned && $0.at != nil }!.id
    keys(congress, size: "congress", width: 200, height: 60, talk: talk)
  }

  /// One frame: the update for `key`, then the view.
  static func frame(_ state: inout EditorState, _ key: Key) -> Double {
    let t0 = Measure.now()
    _ = update(&state, .key(key))
    let screen = view(state)
    let t = Measure.now() - t0
    precondition(screen.width == state.width)
    return t
  }

  static func keys(_ schedule: Schedule, size: String, width: Int, height: Int, talk: String) {
    var state = EditorState(schedule: schedule, file: "bench.yaml", width: width, height: height)
    // Cursor moves, down and back up.
    var samples: [Double] = []
    for i in 0..<400 { samples.append(frame(&state, i % 40 < 20 ? .down : .up)) }
    Measure.report("editor.key-to-frame.move", size: size, unit: .ms, samples: samples)

    // The same with the titles in Arabic, reordered and joined for a terminal without bidi.
    var arabic = state
    arabic.bidi = .on
    if schedule.displayLanguages.contains("ar") { arabic.language = "ar" }
    samples = []
    for i in 0..<400 { samples.append(frame(&arabic, i % 40 < 20 ? .down : .up)) }
    Measure.report("editor.key-to-frame.move-bidi", size: size, unit: .ms, samples: samples)

    // Picking a talk up: its fit marks over the whole day, then the frame.
    let at = schedule.talks[id: talk]!.at!
    var pickups: [Double] = []
    var carrying: [Double] = []
    var drops: [Double] = []
    for _ in 0..<30 {
      var s = state
      jumpTo(at, &s)
      pickups.append(frame(&s, .enter))
      for i in 0..<10 { carrying.append(frame(&s, i < 5 ? .down : .right)) }
      drops.append(frame(&s, .enter))
    }
    Measure.report("editor.key-to-frame.pick-up", size: size, unit: .ms, samples: pickups)
    Measure.report("editor.key-to-frame.carry", size: size, unit: .ms, samples: carrying)
    Measure.report("editor.key-to-frame.drop", size: size, unit: .ms, samples: drops)
  }

  /// Puts the cursor on a placement through the keys a user would press.
  static func jumpTo(_ at: Placement, _ state: inout EditorState) {
    if let d = state.schedule.days.index(of: at.date.iso) {
      _ = update(&state, .key(.character(Character(String(d + 1)))))
    }
    _ = update(&state, .key(.character("g")))
    for c in at.start.description { _ = update(&state, .key(.character(c))) }
    _ = update(&state, .key(.enter))
    let room = state.schedule.rooms.index(of: at.room) ?? 0
    while state.cursor.room < room { _ = update(&state, .key(.right)) }
  }

  /// Starts the real binary in a pseudo-terminal and times until its first frame shows the
  /// event's title; then quits it.
  static func startup(binary: String, file: String) {
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      Measure.emit([
        ("name", .string("editor.start-to-first-frame")),
        ("skipped", .string("no \(binary): run swift build -c release first")),
      ])
      return
    }
    var samples: [Double] = []
    for _ in 0..<10 {
      if let t = firstFrame(binary: binary, file: file) { samples.append(t) }
    }
    Measure.report("editor.start-to-first-frame", size: "sample", unit: .ms, samples: samples)
  }

  private static func firstFrame(binary: String, file: String) -> Double? {
    var name = [CChar](repeating: 0, count: 256)
    let master = mp_open_pty(40, 120, &name, Int32(name.count))
    guard master >= 0 else { return nil }
    defer { close(master) }
    let arguments = [binary, "edit", file]
    let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(NSTemporaryDirectory())"]
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    let start = Measure.now()
    let pid = mp_spawn_on_tty(binary, argv, envp, name)
    guard pid > 0 else { return nil }
    var seen = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    var result: Double?
    let marker = Data("Small and Medium Industries".utf8)
    while Measure.now() - start < 5 {
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, 100) > 0 else { continue }
      let n = read(master, &buffer, buffer.count)
      if n <= 0 { break }
      seen.append(contentsOf: buffer[0..<n])
      if seen.range(of: marker) != nil {
        result = Measure.now() - start
        break
      }
    }
    _ = "q".withCString { write(master, $0, 1) }
    var status: Int32 = 0
    // Drain the output until the editor has quit, so that it is never blocked on writing.
    while waitpid(pid, &status, WNOHANG) == 0 {
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&poller, 1, 50) > 0 { _ = read(master, &buffer, buffer.count) }
      if Measure.now() - start > 10 {
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        break
      }
    }
    return result
  }
}
