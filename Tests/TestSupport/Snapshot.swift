import Foundation
import Testing

/// Compares `actual` with the stored snapshot `Snapshots/NAME.txt` beside the calling test
/// file, and records an issue naming the first line that differs.
///
/// With `MULTAQA_RECORD=1` a missing or different snapshot is written and the test fails,
/// so that recording never passes silently: run again to check.
public func expectTextSnapshot(
  _ actual: String, _ name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let file = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
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
  let wanted = line < e.count ? String(e[line]) : ""
  let found = line < a.count ? String(a[line]) : ""
  Issue.record(
    "snapshot \(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(found)",
    sourceLocation: sourceLocation)
}
