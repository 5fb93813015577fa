import Foundation

/// Independent checkers of Multaqa's exports: Python's icalendar and jsonschema (in the
/// repository's `.venv`, which `.ci/run` creates) and xmllint.
///
/// The tests that use them run when they are installed; `.ci/run` sets
/// `MULTAQA_REQUIRE_VALIDATORS=1` so that in CI a missing checker is a failure, never a skip.
enum Validators {
  static let python: String? = {
    let path = Binary.root.appendingPathComponent(".venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: path),
      let check = try? run(path, ["-c", "import icalendar, jsonschema"]), check.status == 0
    else { return nil }
    return path
  }()

  static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static var required: Bool {
    ProcessInfo.processInfo.environment["MULTAQA_REQUIRE_VALIDATORS"] == "1"
  }

  static var script: URL { Binary.root.appendingPathComponent("Tests/multaqaTests/Validators") }

  /// Runs a program, returning its status and output (standard output and error together).
  static func run(_ program: String, _ arguments: [String]) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
