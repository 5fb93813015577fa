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
  /// Spawned directly with posix_spawn and reaped with waitpid: Foundation's Process can
  /// miss the exit of a client whose server it forked.
  @discardableResult
  func tmux(_ arguments: [String], output: Bool = true) throws -> String {
    let argv = ["tmux", "-L", socket] + arguments
    var pipe: [Int32] = [-1, -1]
    if output { guard Glibc.pipe(&pipe) == 0 else { throw Failure("pipe failed") } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if output {
      posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipe[0])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // Start tmux (and so the program under test) with no signal blocked or ignored, as a
    // shell would, whatever the test runner's threads block.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let cArgs = argv.map { strdup($0) } + [nil]
    defer { cArgs.forEach { free($0) } }
    guard posix_spawnp(&pid, "tmux", &actions, &attributes, cArgs, environ) == 0 else {
      throw Failure("cannot run tmux (is it installed?)")
    }
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
        "--", "sh", "-c", wrapped,
      ], output: false)
  }

  func send(_ keys: String...) throws { try tmux(["send-keys"] + keys) }
  func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

  func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-x", String(width), "-y", String(height)])
  }

  /// Waits until the screen shows `text`; returns the screen.
  @discardableResult
  func wait(for text: String, timeout: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure("timed out waiting for “\(text)”; the screen was:\n\(last)")
  }

  /// Waits until the program ends; returns its exit status.
  func waitForExit(timeout: Double = 10) throws -> Int {
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
