import Foundation
import Testing

@testable import Formats
@testable import Scheduling

@Suite struct CSVTests {
  @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
    let text =
      "id,title,notes\r\na,\"Hello, world\",\"say \"\"hi\"\"\"\r\nb,\"two\r\nlines\",\r\n\r\nc,plain,last"
    let rows = try CSV.parse(text, delimiter: ",")
    #expect(rows.map(\.line) == [1, 2, 3, 6])
    #expect(rows[1].fields == ["a", "Hello, world", "say \"hi\""])
    #expect(rows[2].fields == ["b", "two\nlines", ""])
    #expect(rows[3].fields == ["c", "plain", "last"])
  }

  @Test func anUnclosedQuoteNamesItsLine() {
    #expect(throws: CSV.DecodeError.self) { try CSV.parse("a,b\n1,\"open\n2,3\n", delimiter: ",") }
    do {
      _ = try CSV.parse("a,b\n1,\"open\n2,3\n", delimiter: ",")
    } catch {
      #expect(error.line == 2)
      #expect(error.description == "line 2: a quoted field is never closed")
    }
  }

  @Test func delimiterIsDetectedFromTheHeader() {
    #expect(CSV.delimiter(of: "id;title;\"a,b,c\"\n1;2;3") == ";")
    #expect(CSV.delimiter(of: "id\ttitle\tduration\n") == "\t")
    #expect(CSV.delimiter(of: "id,title,duration\n") == ",")
    #expect(CSV.delimiter(of: "title\n") == ",")
  }

  @Test func linesQuoteOnlyWhatNeedsIt() throws {
    let fields = ["plain", "a,b", "say \"hi\"", "two\nlines", " padded ", "نحو تعزيز"]
    let line = CSV.line(fields)
    #expect(line == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",نحو تعزيز\r\n")
    #expect(try CSV.parse(line, delimiter: ",").first?.fields == fields)
  }

  @Test(arguments: CSV.Encoding.allCases)
  func everyEncodingRoundTripsArabicAndFrench(encoding: CSV.Encoding) throws {
    let text =
      "العنوان;المدة\r\nالملكية الفكرية والابتكار;45\r\nLes pôles industriels, à Alger;30\r\n"
    let bytes = try CSV.encode(text, as: encoding)
    let (decoded, detected) = try CSV.decode(bytes)
    #expect(decoded == text)
    #expect(detected == encoding)
    #expect(try CSV.decode(bytes, forced: encoding).0 == text)
  }

  @Test func byteOrderMarksAreReadAndDropped() throws {
    let text = "title\r\nملتقى\r\n"
    let utf8 = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    #expect(try CSV.decode(utf8) == (text, .utf8))
    var big: [UInt8] = [0xFE, 0xFF]
    for unit in text.utf16 { big += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    #expect(try CSV.decode(big) == (text, .utf16))
    #expect(throws: CSV.DecodeError.self) { try CSV.decode([0xFF, 0xFE, 0x41]) }
    #expect(throws: CSV.DecodeError.self) { try CSV.decode([0xC3, 0x28], forced: .utf8) }
  }

  @Test func windows1256HasNoPlaceForEveryCharacter() {
    #expect(throws: CSV.DecodeError.self) { try CSV.encode("中小企业", as: .windows1256) }
    // Arabic letters, French accents, Arabic punctuation all fit.
    #expect((try? CSV.encode("قاعة الأطلس، é à ç؟", as: .windows1256)) != nil)
  }
}
