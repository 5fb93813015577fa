import Testing

@testable import Terminal

/// One glyph table: an ASCII-only screen shows each glyph's twin, other text as `?`.
@Suite struct GlyphTests {
  @Test func anASCIIScreenShowsTheTwins() {
    var screen = Screen(width: 40, height: 2)
    screen.asciiOnly = true
    screen.put("Tab day · Enter ✓ ‹x› ⚠ ↑↓ ░", x: 0, y: 0, style: .plain)
    screen.put("حفل الافتتاح is long enough to be cut", x: 0, y: 1, width: 20, style: .plain)
    let lines = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("Tab day | Enter + <x> ! ^v ."))
    #expect(lines[1].hasPrefix("??? ???????? is lon~"))
    #expect(screen.shows("░", x: 27, y: 0))
  }

  @Test func twinsAreOneASCIIColumnEach() {
    for (glyph, twin) in Glyphs.twins {
      #expect(!glyph.isASCII)
      #expect(
        twin.isASCII && twin.unicodeScalars.count == 1 && twin.unicodeScalars.first!.value >= 0x20)
    }
  }
}
