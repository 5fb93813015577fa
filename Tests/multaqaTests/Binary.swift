import Foundation

/// Runs the built `multaqa` executable, as a user would from the repository's root.
enum Binary {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The executable next to the test bundle (SwiftPM builds it with the tests).
  static let path: String = {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      here.appendingPathComponent("multaqa").path,
      root.appendingPathComponent(".build/debug/multaqa").path,
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], in folder: URL = root, environment: [String: String] = [:])
    throws -> Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var env = ProcessInfo.processInfo.environment
    // The interface in English whatever the tester's locale, unless a test says otherwise.
    env["MULTAQA_UI"] = "en"
    env.merge(environment) { $1 }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting, so that a large output cannot fill the pipe and stall the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("multaqa-cli-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The tests' own copy of the sample forum: organizers edit the sample itself, which no
  /// test reads.
  static var sample: URL { root.appendingPathComponent("Tests/Fixtures/forum-2010.yaml") }

  /// A copy of the fixture, `forum.yaml` in a fresh folder, optionally edited.
  static func sampleCopy(_ edit: (String) -> String = { $0 }) throws -> URL {
    let file = try folder().appendingPathComponent("forum.yaml")
    let text = try String(contentsOf: sample, encoding: .utf8)
    try edit(text).write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  /// A fresh folder holding the fixture where the sample would be, so that commands run
  /// without a file name find it: the default path, tested without the real sample.
  static func defaultWorkspace() throws -> URL {
    let folder = try self.folder()
    let schedules = folder.appendingPathComponent("Schedules")
    try FileManager.default.createDirectory(at: schedules, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: sample, to: schedules.appendingPathComponent("forum-2010.yaml"))
    return folder
  }
}
