import Foundation
import Testing

/// The printed programme, door signs and booklet as Chromium prints them to PDF, read back
/// with Poppler: how many pages, and that no talk is cut between two of them.
@Suite struct PrintedPagesTests {
  /// Prints `arguments` to HTML with the real binary, then to PDF with the browser.
  func printed(_ file: URL, _ arguments: [String]) throws -> (html: String, pdf: Browser.PDF) {
    let folder = try Binary.folder()
    let page = folder.appendingPathComponent("printed.html")
    let run = try Binary.run(["print", file.path, "--format", "html", "-o", page.path] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    return (try String(contentsOf: page, encoding: .utf8), try Browser.print(page))
  }

  /// Each talk's title and its last speaker's name, as the HTML has them.
  func talks(_ html: String) -> [(title: String, last: String?)] {
    html.components(separatedBy: "<span class=\"title\"><bdi>").dropFirst().map { part in
      let title = String(part.prefix { $0 != "<" })
      let speakers = part.components(separatedBy: "<span class=\"speakers\">").dropFirst().first
      let end = speakers.flatMap { $0.range(of: "</span>")?.lowerBound }
      let last = speakers.flatMap { s in end.map { s[..<$0] } }?
        .components(separatedBy: "<br>").last?
        .components(separatedBy: "<bdi>").dropFirst(2).first?.prefix { $0 != "<" }
      return (unescaped(title), last.map { unescaped(String($0)) })
    }
  }

  func unescaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Every talk's title and its last speaker are on one page.
  func expectNoTalkCut(_ html: String, _ pdf: Browser.PDF, _ what: String) {
    let talks = talks(html)
    #expect(talks.count > 5, "\(what): \(talks.count) talks found")
    // pdftotext gives Arabic words in visual order (wrapped in embedding marks): a run in
    // Arabic is found by its words.
    // A line may also break after a hyphen ("sous-" / "traitance").
    let pages = pdf.pages.map { page in
      String(page.unicodeScalars.filter { !(0x202A...0x202E).contains($0.value) })
        .replacingOccurrences(of: "- ", with: "-")
    }
    func found(_ text: String, _ page: String) -> Bool {
      let text = text.replacingOccurrences(of: "- ", with: "-")
      let arabic = text.unicodeScalars.contains { (0x600...0x6FF).contains($0.value) }
      guard arabic else { return page.contains(text) }
      let words = Set(page.split(separator: " "))
      return text.split(separator: " ").allSatisfy(words.contains)
    }
    for (title, last) in talks {
      let whole = pages.contains { page in
        found(title, page) && (last.map { found($0, page) } ?? true)
      }
      #expect(whole, "\(what): \"\(title)\" (\(last ?? "no speaker")) is not whole on a page")
    }
  }

  @Test(
    .enabled(if: Browser.printsPDF, "needs Chromium and poppler-utils (.ci/run installs them)"),
    arguments: ["en", "fr", "ar"])
  func eachDayOfTheForumIsOneA4Page(language: String) throws {
    let (html, pdf) = try printed(Binary.sample, ["--lang", language])
    #expect(pdf.pages.count == 2, "\(language): \(pdf.pages.count) pages for two days")
    // pdftotext reads Arabic in visual order: titles are compared in the Latin languages.
    if language != "ar" { expectNoTalkCut(html, pdf, language) }
  }

  /// A fifth room used on Sunday (it took three pages before).
  @Test(.enabled(if: Browser.printsPDF, "needs Chromium and poppler-utils (.ci/run installs them)"))
  func aFifthRoomStillFitsTheDay() throws {
    let file = try Binary.sampleCopy { text in
      text.replacingOccurrences(
        of: "rooms:\n",
        with: "rooms:\n  - {id: dar, name: Dar el Beida, capacity: 60, features: [projector]}\n"
      ).replacingOccurrences(
        of: "room: tassili, start: \"16:30\"", with: "room: dar, start: \"16:30\""
      ).replacingOccurrences(
        of: "room: casbah, start: \"12:00\"", with: "room: dar, start: \"12:00\"")
    }
    let source = try String(contentsOf: file, encoding: .utf8)
    #expect(source.components(separatedBy: "room: dar").count > 2, "the fixture changed")
    let (html, pdf) = try printed(file, ["--lang", "fr"])
    #expect(html.contains("Dar el Beida"))
    #expect(pdf.pages.count == 2, "\(pdf.pages.count) pages for two days")
    expectNoTalkCut(html, pdf, "five rooms")
  }

  /// A generated event whose days cannot fit a page: they break between time rows only.
  @Test(.enabled(if: Browser.printsPDF, "needs Chromium and poppler-utils (.ci/run installs them)"))
  func aDayTooFullForAPageBreaksBetweenRows() throws {
    let file = try Binary.folder().appendingPathComponent("medium.yaml")
    let generated = try Binary.run(
      ["generate", "--size", "medium", "--seed", "3", "-o", file.path])
    #expect(generated.status == 0, "\(generated.stderr)")
    let (html, pdf) = try printed(file, [])
    let sheets = html.components(separatedBy: "<section class=\"sheet").count - 1
    #expect(sheets > 3, "the generated days fit their pages; the test needs fuller ones")
    #expect(pdf.pages.count == sheets, "\(sheets) sheets printed on \(pdf.pages.count) pages")
    // Every page repeats the rooms' header.
    for (number, page) in pdf.pages.enumerated() {
      #expect(page.hasPrefix("Time") || page.contains(" Time "), "page \(number + 1): no header")
    }
    expectNoTalkCut(html, pdf, "medium")
  }

  @Test(
    .enabled(if: Browser.printsPDF, "needs Chromium and poppler-utils (.ci/run installs them)"),
    arguments: ["fr", "ar"])
  func doorSignsAreOnePagePerRoomAndDayInLargeType(language: String) throws {
    let (html, pdf) = try printed(Binary.sample, ["--door-signs", "--lang", language])
    let signs = html.components(separatedBy: "<section class=\"sign\">").count - 1
    #expect(signs == 8, "four rooms on two days: \(signs) signs")
    #expect(pdf.pages.count == signs, "\(signs) signs on \(pdf.pages.count) pages")
    let names =
      language == "fr"
      ? ["Salle plénière", "Salle Atlas", "Salle Casbah", "Salle Tassili"]
      : ["القاعة الكبرى", "قاعة الأطلس", "قاعة القصبة", "قاعة الطاسيلي"]
    for (number, words) in pdf.words.enumerated() {
      // A box's height is about 1.16 times the type size: the largest words are the room's
      // name, in 40 pt or more.
      let tallest = words.map(\.height).max() ?? 0
      #expect(tallest >= 40 * 1.16, "page \(number + 1): largest type \(tallest / 1.16) pt")
    }
    if language == "fr" {
      for (number, page) in pdf.pages.enumerated() {
        #expect(names.contains { page.contains($0) }, "page \(number + 1) names no room")
      }
      expectNoTalkCut(html, pdf, "door signs")
    }
  }
}
