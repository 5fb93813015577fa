import Foundation
import Testing

/// A real CalDAV server for the tests: Radicale from the repository's `.venv` (installed by
/// `.ci/run`), on 127.0.0.1 at a port of its own, with one user, stopped by its process.
final class Radicale {
  let folder: URL
  let port: Int
  let process = Process()
  static let user = "organizer"
  /// Whether the tests can start one: Radicale is installed, or CI requires it (and then a
  /// missing one fails the tests instead of skipping them).
  static let available: Bool = {
    let python = Binary.root.appendingPathComponent(".venv/bin/python").path
    let installed =
      FileManager.default.isExecutableFile(atPath: python)
      && (try? Validators.run(python, ["-c", "import radicale"]).status) == 0
    return installed || Validators.required
  }()
  static let password = "s3cret-pass"

  /// The password file the commands read.
  var passwordFile: String { folder.appendingPathComponent("password").path }
  var log: URL { folder.appendingPathComponent("radicale.log") }
  func collection(_ name: String) -> String { "http://127.0.0.1:\(port)/\(Self.user)/\(name)/" }

  init() throws {
    let python = Binary.root.appendingPathComponent(".venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: python) else {
      throw Missing(message: "no .venv/bin/python with radicale: run .ci/run once")
    }
    folder = try Binary.folder()
    // A port from the pid and a counter: tests in parallel never share one.
    port = 20_000 + Int(getpid() % 10_000) + Radicale.next()
    try "\(Self.user):\(Self.password)\n".write(
      to: folder.appendingPathComponent("users"), atomically: true, encoding: .utf8)
    try "\(Self.password)\n".write(toFile: passwordFile, atomically: true, encoding: .utf8)
    let config = """
      [server]
      hosts = 127.0.0.1:\(port)
      [auth]
      type = htpasswd
      htpasswd_filename = \(folder.appendingPathComponent("users").path)
      htpasswd_encryption = plain
      [storage]
      filesystem_folder = \(folder.appendingPathComponent("collections").path)
      [rights]
      type = owner_only
      [logging]
      level = info
      """
    try config.write(
      to: folder.appendingPathComponent("config"), atomically: true, encoding: .utf8)
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [
      "-m", "radicale", "--config", folder.appendingPathComponent("config").path,
    ]
    let handle = try FileHandle(forWritingTo: log)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    // Ready when it answers; a process that stopped will never be.
    for _ in 0..<200 where process.isRunning {
      if answers() { return }
      usleep(50_000)
    }
    throw Missing(
      message:
        "radicale did not start; its log: \(String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self))"
    )
  }

  private static let counter = Counter()
  private static func next() -> Int { counter.next() }

  /// Whether the server accepts a connection.
  private func answers() -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }

  /// Requests that change data the server has logged so far: PUT, DELETE, MKCALENDAR.
  func writes() -> Int {
    let text = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
    return text.split(separator: "\n").filter { line in
      ["] PUT request", "] DELETE request", "] MKCALENDAR request"].contains {
        line.contains($0)
      }
    }.count
  }

  /// Kills the server. Not SIGTERM: a child of the test process inherits its blocked signal
  /// mask, so Radicale would never see one; its data is thrown away anyway.
  func stop() {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  deinit { stop() }

  struct Missing: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      value += 1
      return value
    }
  }
}
