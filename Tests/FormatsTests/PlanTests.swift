import Foundation
import TestSupport
import Testing
import TextWidth

@testable import Formats
@testable import Scheduling

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct PlanTests {
  static let sample = try! ScheduleFile.load(Samples.forum)
  static let sunday = CalendarDate(iso: "2010-03-14")!

  func text(_ options: PlanOptions) -> String { PlanText.render(Self.sample, options: options) }

  @Test(arguments: ["en", "fr", "ar"], [60, 100, 140])
  func textPlansFitTheirWidthInEveryLanguage(language: String, width: Int) {
    let plan = text(PlanOptions(language: language, width: width))
    for line in plan.split(separator: "\n") {
      #expect(line.displayWidth <= width, "\(language) \(width): \(line)")
    }
    // Two days, two pages.
    #expect(plan.filter { $0 == "\u{0C}" }.count == 1)
  }

  @Test func aDayPlanHasWhatAWallNeeds() {
    let plan = text(PlanOptions(days: [Self.sunday], width: 120))
    #expect(plan.hasPrefix("5th Arab Forum for Small and Medium Industries\n"))
    #expect(plan.contains("Hilton hotel, Algiers · Sunday 14 March 2010"))
    #expect(plan.contains("09:00–10:00  Plenary hall · all rooms"))
    #expect(plan.contains("10:45–11:15  ── Coffee break ──"))
    #expect(plan.contains("Rachid Benmoussa (Ministry of SMEs and Traditional Industry, Algeria)"))
    // Parallel talks side by side: the rooms in one line.
    #expect(
      plan.split(separator: "\n").contains {
        $0.contains("Atlas room") && $0.contains("Casbah room")
      })
    #expect(plan.contains("Themes:"))
    #expect(plan.contains("[B] Clusters and networks of SMEs"))
    #expect(!plan.contains("\u{0C}"))
  }

  @Test func narrowPlansListTalksWithTheirRooms() {
    let plan = text(PlanOptions(days: [Self.sunday], width: 60))
    #expect(plan.contains("11:15–12:00  Atlas room"))
    #expect(!plan.contains("│"))
  }

  @Test func headingsAndDatesInTheChosenLanguage() {
    #expect(
      text(PlanOptions(days: [Self.sunday], language: "fr")).contains("dimanche 14 mars 2010"))
    let arabic = text(PlanOptions(days: [Self.sunday], language: "ar", width: 100))
    #expect(arabic.contains("الأحد 14 مارس 2010"))
    #expect(arabic.contains("حفل الافتتاح"))
    // Right to left: lines are set against the right margin.
    let heading = arabic.split(separator: "\n")[0]
    #expect(heading.hasPrefix(" "))
    #expect(heading.displayWidth == 100)
  }

  @Test func cancelledTalksAreMarkedOrLeftOut() {
    let monday = CalendarDate(iso: "2010-03-15")!
    let plan = text(PlanOptions(days: [monday], width: 60))
    #expect(plan.contains("[̶c̶a̶n̶c̶e̶l̶l̶e̶d̶]̶"))
    let hidden = text(PlanOptions(days: [monday], width: 60, hideCancelled: true))
    #expect(!hidden.contains("Franchising"))
    #expect(plan.contains("[tentative]") == false)  // Monday's tentative talks are unplaced.
  }

  @Test func aDoorSignShowsOneRoom() {
    let plan = text(PlanOptions(days: [Self.sunday], room: "tassili", width: 100))
    #expect(plan.contains("Workshop: e-commerce for small manufacturers"))
    #expect(!plan.contains("Industrial clusters in the Maghreb"))
    // Plenaries concern every room, this one too.
    #expect(plan.contains("Opening ceremony"))
  }

  @Test(arguments: ["en", "fr", "ar"])
  func textPlanSnapshots(language: String) {
    let plan = text(PlanOptions(days: [Self.sunday], language: language, width: 100))
    expectTextSnapshot(plan, "plan-sunday-\(language)-100")
  }

  @Test func htmlIsWellFormedEscapedAndPrintable() throws {
    var schedule = Self.sample
    schedule.talks.modify(at: 0) { $0.title = "<script>alert('x')</script> & \"quotes\"" }
    let html = PlanHTML.render(schedule, options: PlanOptions())
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
    #expect(
      html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    #expect(!html.contains("<script>"))
    #expect(html.contains("@page { size: A4"))
    #expect(html.components(separatedBy: "<section class=\"day\">").count == 3)
    #expect(html.contains("rowspan="))
    #expect(html.contains("colspan=\"4\""))
    #expect(!html.contains("http"))  // No external assets.
    // Well-formed: an XML parser reads it (entities aside, which are all predefined ones).
    let xml = html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")
      .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"utf-8\"/>")
      .replacingOccurrences(of: "initial-scale=1\">", with: "initial-scale=1\"/>")
      .replacingOccurrences(of: "<br>", with: "<br/>").replacingOccurrences(
        of: "<hr>", with: "<hr/>")
    let parser = XMLParser(data: Data(xml.utf8))
    #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
    let arabic = PlanHTML.render(Self.sample, options: PlanOptions(language: "ar"))
    #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(arabic.contains("الملتقى العربي الخامس"))
  }

  /// Each name, affiliation, room, theme and title is a bidi run of its own: an Arabic name
  /// with a Latin affiliation keeps its brackets in place on a right-to-left page.
  @Test func htmlIsolatesEveryRun() {
    let arabic = PlanHTML.render(Self.sample, options: PlanOptions(language: "ar"))
    #expect(
      arabic.contains(
        "<bdi><bdi>محمد المنصوري</bdi> (<bdi>Arab Industrial Development and Mining Organization (AIDMO)</bdi>)</bdi>"
      ))
    #expect(arabic.contains("<th><bdi>القاعة الكبرى</bdi> <small>"))
    #expect(arabic.contains("<span class=\"title\"><bdi>حفل الافتتاح</bdi></span>"))
    // No text of a talk stands outside an isolate.
    for span in arabic.components(separatedBy: "<span class=\"title\">").dropFirst() {
      #expect(span.hasPrefix("<bdi>"))
    }
  }

  @Test func markdownHasATablePerDay() {
    let markdown = PlanMarkdown.render(Self.sample, options: PlanOptions())
    #expect(markdown.components(separatedBy: "\n## ").count == 2)
    #expect(markdown.contains("| Time | Plenary hall | Atlas room | Casbah room | Tassili room |"))
    #expect(markdown.contains("| 10:45–11:15 | *Coffee break* |"))
    #expect(markdown.contains("~~**Franchising as a growth path for SMEs**~~"))
    // Every table row has as many cells as the header.
    for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
      let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
      #expect(cells == 6, "\(line)")
    }
  }
}
