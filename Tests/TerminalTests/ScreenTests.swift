import Testing

@testable import Terminal

@Suite struct ScreenTests {
  @Test func wideCharactersTakeTwoCells() {
    var screen = Screen(width: 10, height: 1)
    let used = screen.put("会议a", x: 0, y: 0, style: .plain)
    #expect(used == 5)
    #expect(screen[0, 0].width == 2)
    #expect(screen[1, 0].width == 0)
    #expect(screen.line(0) == "会议a     ")
  }

  @Test func aWideCharacterThatDoesNotFitIsNotSplit() {
    var screen = Screen(width: 10, height: 1)
    screen.put("ab会", x: 0, y: 0, style: .plain, limit: 3)
    #expect(screen.line(0) == "ab        ")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var screen = Screen(width: 6, height: 1)
    screen.put("会议", x: 0, y: 0, style: .plain)
    screen.put("x", x: 1, y: 0, style: .plain)
    #expect(screen.line(0) == " x议  ")
  }

  @Test func combiningMarksStayOnTheirLetter() {
    var screen = Screen(width: 8, height: 1)
    screen.put("مُلْتَقَى", x: 0, y: 0, style: .plain)
    #expect(screen.line(0).count == 8)
    #expect(screen[0, 0].text == "مُ")
    #expect(screen.line(0).hasPrefix("مُلْتَقَى"))
  }

  /// Controls are never sent to the terminal; they show as what they are (issue 9, fault 9).
  @Test func controlCharactersAreShownNotSent() {
    var screen = Screen(width: 10, height: 1)
    screen.put("a\nb\u{1B}c\u{7}\u{9B}", x: 0, y: 0, style: .plain)
    #expect(screen.line(0) == "ab^[c^G\\u{")
    #expect(screen.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.value >= 0x20 } })
  }

  @Test func asciiOnlyScreensShowQuestionMarks() {
    var screen = Screen(width: 8, height: 1)
    screen.asciiOnly = true
    screen.put("café会", x: 0, y: 0, style: .plain)
    #expect(screen.line(0) == "caf??   ")
  }

  @Test func fittedTextIsCutByDisplayWidth() {
    var screen = Screen(width: 12, height: 1)
    screen.put("Opening ceremony", x: 0, y: 0, width: 10, style: .plain)
    #expect(screen.line(0) == "Opening c…  ")
  }

  @Test func keysDecodeControlCharacters() {
    #expect(Key.decode(character: "\u{13}") == .control("s"))
    #expect(Key.decode(character: "\u{1A}") == .control("z"))
    #expect(Key.decode(character: "\u{1B}") == .escape)
    #expect(Key.decode(character: "\r") == .enter)
    #expect(Key.decode(character: "\t") == .tab)
    #expect(Key.decode(character: "\u{7F}") == .backspace)
    #expect(Key.decode(character: "ع") == .character("ع"))
    #expect(Key.control("s").name == "Ctrl-S")
  }
}
