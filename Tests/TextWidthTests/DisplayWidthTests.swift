import Testing
import TextWidth

@Suite struct DisplayWidthTests {
  @Test func asciiAndAccents() {
    #expect("Forum".displayWidth == 5)
    #expect("Séance de clôture".displayWidth == 17)
    // A decomposed accent is a combining mark: zero columns.
    #expect("e\u{301}".displayWidth == 1)
  }

  @Test func arabicLettersTakeOneColumnAndHarakatNone() {
    #expect("ملتقى".displayWidth == 5)
    #expect("مُلْتَقَى".displayWidth == 5)
    #expect("الملتقى العربي".displayWidth == 14)
  }

  @Test func wideCharactersTakeTwo() {
    #expect("会议".displayWidth == 4)
    #expect("ｆｕｌｌ".displayWidth == 8)
    #expect("한국".displayWidth == 4)
    #expect("🎤".displayWidth == 2)
    #expect("👩‍💻".displayWidth == 2)
  }

  @Test func controlsAndFormatCharactersTakeNone() {
    #expect("a\u{200B}b".displayWidth == 2)
    #expect("\u{200D}".displayWidth == 0)
    #expect("\u{7}".displayWidth == 0)
  }

  @Test func truncationNeverSplitsAWideCharacter() {
    #expect("会议中心".truncated(toWidth: 5) == "会议…")
    #expect("会议中心".truncated(toWidth: 4) == "会…")
    #expect("Opening ceremony".truncated(toWidth: 8) == "Opening…")
    #expect("short".truncated(toWidth: 8) == "short")
    #expect("abc".truncated(toWidth: 0) == "")
    for width in 0..<12 {
      #expect("会议 مُلْتَقَى café".fitted(toWidth: width).displayWidth == width)
    }
  }

  @Test func fittedAligns() {
    #expect("ab".fitted(toWidth: 5, alignment: .trailing) == "   ab")
    #expect("ab".fitted(toWidth: 5, alignment: .center) == " ab  ")
  }

  @Test func wrapping() {
    #expect("one two three".wrapped(toWidth: 7) == ["one two", "three"])
    #expect("abcdefghij".wrapped(toWidth: 4) == ["abcd", "efgh", "ij"])
    #expect("a\nb".wrapped(toWidth: 10) == ["a", "b"])
    for line in "نحو تعزيز قدرات الصناعات الصغيرة والمتوسطة 会议中心会议中心".wrapped(toWidth: 10) {
      #expect(line.displayWidth <= 10)
    }
  }
}

extension DisplayWidthTests {
  /// The fast answers for busy blocks agree with the Unicode properties they stand for.
  @Test func theCommonBlocksAgreeWithUnicode() {
    let ranges: [ClosedRange<UInt32>] = [
      0x0600...0x06FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC, 0x2000...0x206F, 0x2190...0x2193,
      0x2500...0x257F,
    ]
    for range in ranges {
      for v in range {
        guard let scalar = Unicode.Scalar(v), scalar.properties.generalCategory != .unassigned
        else { continue }
        let category = scalar.properties.generalCategory
        let zero = [.nonspacingMark, .enclosingMark, .format].contains(category)
        let expected = zero ? 0 : (scalar.properties.isEmojiPresentation ? 2 : 1)
        #expect(DisplayWidth.of(scalar) == expected, "U+\(String(v, radix: 16))")
      }
    }
  }
}
