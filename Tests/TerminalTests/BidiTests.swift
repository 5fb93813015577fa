import Foundation
import Testing

@testable import Terminal

/// Right-to-left text in visual order (GNU FriBidi), checked against the order python-bidi
/// (an independent implementation of UAX #9) gives for the same strings.
@Suite struct BidiTests {
  static func scalars(_ hex: String) -> String {
    String(
      String.UnicodeScalarView(
        hex.split(separator: " ").map { Unicode.Scalar(UInt32($0, radix: 16)!)! }))
  }

  /// Logical text and python-bidi's `get_display` of it.
  static let cases: [(String, String)] = [
    ("حفل الافتتاح", scalars("062D 0627 062A 062A 0641 0627 0644 0627 0020 0644 0641 062D")),
    (
      "Rachid Benmoussa, محمد المنصوري",
      "Rachid Benmoussa, "
        + scalars("064A 0631 0648 0635 0646 0645 0644 0627 0020 062F 0645 062D 0645")
    ),
    (
      "الجلسة 3 (AIDMO)",
      "(AIDMO) 3 " + scalars("0629 0633 0644 062C 0644 0627")
    ),
    ("Opening", "Opening"),
  ]

  @Test(arguments: cases)
  func reorderingMatchesAnIndependentImplementation(logical: String, visual: String) {
    #expect(Bidi.visual(logical, shape: false) == visual)
    // Shaping writes presentation forms: their compatibility form is the reordered text,
    // one cell per letter.
    let shaped = Bidi.visual(logical, shape: true)
    #expect(shaped.precomposedStringWithCompatibilityMapping == visual)
    #expect(shaped.unicodeScalars.count == logical.unicodeScalars.count)
    #expect(shaped.displayWidth == logical.displayWidth)
    if logical.contains("ح") { #expect(shaped != visual, "shaping changed nothing") }
  }

  @Test func marksStayAfterTheirLetters() {
    let visual = Bidi.visual("مُحَمَّد", shape: false)
    // Every mark follows a letter, so that the terminal joins it to that cell.
    let scalars = Array(visual.unicodeScalars)
    #expect(scalars.first?.properties.generalCategory != .nonspacingMark)
    #expect(scalars.filter { $0.properties.generalCategory == .nonspacingMark }.count == 4)
  }

  @Test func aCutTitleKeepsItsBeginningAndTheEllipsisAtItsLogicalEnd() {
    var screen = Screen(width: 8, height: 1)
    screen.bidi = .reorder
    screen.put("حفل الافتتاح", x: 0, y: 0, width: 8, style: .plain)
    // Logically "حفل الا…", shown right to left: the ellipsis on the left edge.
    #expect(screen.text == Bidi.visual("حفل الا…", shape: false))
    #expect(screen.text.hasPrefix("…"))
    var off = Screen(width: 8, height: 1)
    off.put("حفل الافتتاح", x: 0, y: 0, width: 8, style: .plain)
    #expect(off.text == "حفل الا…")
  }

  @Test func automaticModeFollowsTheTerminal() {
    #expect(BidiMode.automatic([:]).mode == .on)
    #expect(BidiMode.automatic(["VTE_VERSION": "7600"]) == (.reorder, "a VTE terminal"))
    #expect(BidiMode.automatic(["KONSOLE_VERSION": "230800"]).mode == .off)
    #expect(BidiMode.automatic(["MLTERM": "3.9"]).mode == .off)
  }
}
