import Foundation
import Testing

@testable import Editor
@testable import Formats
@testable import Scheduling
@testable import Terminal

enum Sample {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  /// The tests' own copy of the sample forum (organizers edit the sample itself).
  static let path = root.appendingPathComponent("Tests/Fixtures/forum-2010.yaml").path
  static let schedule: Schedule = try! ScheduleFile.load(path)

  /// The sample in a state of the given size.
  static func state(width: Int = 120, height: Int = 40, color: Bool = true, unicode: Bool = true)
    -> EditorState
  {
    EditorState(
      schedule: schedule, file: "Tests/Fixtures/forum-2010.yaml", width: width, height: height,
      color: color, unicode: unicode)
  }

  /// A copy of the sample in a fresh folder.
  static func copy() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "multaqa-editor-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("forum.yaml").path
    try FileManager.default.copyItem(atPath: path, toPath: file)
    return file
  }
}

/// Sends keys through the update, collecting the effects.
@discardableResult
func press(_ keys: [Key], _ state: inout EditorState) -> [Effect] {
  var effects: [Effect] = []
  for key in keys { effects += update(&state, .key(key)) }
  return effects
}

@discardableResult
func type(_ text: String, _ state: inout EditorState) -> [Effect] {
  press(text.map { Key.character($0) }, &state)
}

/// Compares a screen's text with a stored snapshot in `Snapshots/NAME.txt`.
///
/// With `MULTAQA_RECORD=1` a missing or different snapshot is written and the test fails,
/// so that recording never passes silently: run again to check.
func expectSnapshot(
  _ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots")
  let file = folder.appendingPathComponent(name + ".txt")
  let actual = screen.text + "\n"
  let expected = try? String(contentsOf: file, encoding: .utf8)
  if expected == actual { return }
  if ProcessInfo.processInfo.environment["MULTAQA_RECORD"] == "1" {
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    Issue.record("recorded snapshot \(name); run the tests again", sourceLocation: sourceLocation)
    return
  }
  guard let expected else {
    Issue.record(
      "no snapshot \(name) (record it with MULTAQA_RECORD=1)", sourceLocation: sourceLocation)
    return
  }
  let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let line = Array(zip(a, e)).firstIndex { $0 != $1 } ?? min(a.count, e.count)
  Issue.record(
    "snapshot \(name) differs at line \(line + 1):\n  expected: \(line < e.count ? String(e[line]) : "")\n  actual:   \(line < a.count ? String(a[line]) : "")",
    sourceLocation: sourceLocation)
}
