import Foundation
import TestSupport
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

/// Compares a screen's text with the stored snapshot `Snapshots/NAME.txt`.
func expectSnapshot(
  _ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  expectTextSnapshot(screen.text + "\n", name, sourceLocation: sourceLocation)
}
