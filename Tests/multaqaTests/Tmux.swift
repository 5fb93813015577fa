import CProcess
import Foundation

/// A tmux server of a test's own, running one program in a pane of a given size.
final class Tmux {
  let socket = "multaqa-test-\(UUID().uuidString.prefix(8))"
  let folder: URL

  init(folder: URL) { self.folder = folder }

  deinit { _ = try? tmux(["kill-server"], output: false) }

  /// Runs a tmux command and returns what it printed. `output: false` for commands that
  /// may start the server, which inherits the client's output and would hold a pipe open.
  ///
  /// Spawned with no descriptor but its own and reaped with waitpid: the tmux server
  /// outlives the command, and must neither keep other tests' pipes open nor be missed by
  /// Foundation's Process.
  @discardableResult
  func tmux(_ arguments: [String], output: Bool = true) throws -> String {
    let argv = ["tmux", "-L", socket] + arguments
    var pipe: [Int32] = [-1, -1]
    if output { guard Glibc.pipe(&pipe) == 0 else { throw Failure("pipe failed") } }
    let cArgs = argv.map { strdup($0) } + [nil]
    defer { cArgs.forEach { free($0) } }
    let pid = mp_spawn_clean("tmux", cArgs, output ? pipe[1] : -1)
    guard pid > 0 else { throw Failure("cannot run tmux (is it installed?)") }
    var data = Data()
    if output {
      close(pipe[1])
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = read(pipe[0], &buffer, buffer.count)
        if n <= 0 { break }
        data.append(contentsOf: buffer[0..<n])
      }
      close(pipe[0])
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return String(decoding: data, as: UTF8.self)
  }

  /// Where the wrapper shell records the program's exit status.
  var statusFile: URL { folder.appendingPathComponent(".exit-\(socket)") }

  /// Starts `command` (a shell command line) in a `width`×`height` pane; a wrapper records
  /// its exit status for ``waitForExit(timeout:)``.
  func start(_ command: String, width: Int = 120, height: Int = 40, lang: String = "C.UTF-8") throws
  {
    try? FileManager.default.removeItem(at: statusFile)
    let wrapped = "\(command); echo $? > '\(statusFile.path)'; sleep 60"
    try tmux(
      [
        "new-session", "-d", "-c", folder.path, "-x", String(width), "-y", String(height),
        "-e", "LANG=\(lang)",
        "-e", "LC_ALL=\(lang)", "-e", "TERM=xterm-256color", "-e", "HOME=\(folder.path)",
        "-e", "MULTAQA_UI=en",
        "--", "sh", "-c", wrapped,
      ], output: false)
  }

  func send(_ keys: String...) throws { try tmux(["send-keys"] + keys) }
  func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

  func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

  /// The pane's terminal modes, as tmux tracks them.
  struct Modes {
    var alternateScreen: Bool
    var mouse: Bool
  }

  func modes() throws -> Modes {
    let flags = try tmux([
      "display-message", "-p",
      "#{alternate_on} #{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}",
    ]).split(separator: " ")
    return Modes(
      alternateScreen: flags.first == "1", mouse: flags.dropFirst().first?.contains("1") == true)
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-x", String(width), "-y", String(height)])
  }

  /// Waits until the screen shows `text`; returns the screen. The timeout only bounds a
  /// failing test: a passing one returns as soon as the text appears, on any machine.
  @discardableResult
  func wait(for text: String, timeout: Double = 60) throws -> String {
    try wait(until: "“\(text)”", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until a line of the screen is `ready`; returns the screen.
  @discardableResult
  func wait(forLine what: String, timeout: Double = 60, _ ready: @escaping (Substring) -> Bool)
    throws -> String
  {
    try wait(until: what, timeout: timeout) { $0.split(separator: "\n").contains(where: ready) }
  }

  private func wait(until what: String, timeout: Double, _ ready: (String) -> Bool) throws
    -> String
  {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if ready(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure("timed out waiting for \(what); the screen was:\n\(last)")
  }

  /// Quits the editor, discarding unsaved changes; returns its exit status.
  func quitDiscarding() throws -> Int {
    try send("q")
    try wait(for: "before quitting?")
    try send("d")
    return try waitForExit()
  }

  /// The pid a command line started as `… & echo $! > pid; wait` wrote.
  func pid() throws -> pid_t {
    let text = try String(contentsOf: folder.appendingPathComponent("pid"), encoding: .utf8)
    return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))!
  }

  /// Waits until the program ends; returns its exit status.
  func waitForExit(timeout: Double = 60) throws -> Int {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: statusFile, encoding: .utf8),
        let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure("the program did not exit; the screen was:\n\(try screen())")
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
