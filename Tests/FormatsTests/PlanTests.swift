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
    #expect(html.components(separatedBy: "<section class=\"sheet ").count == 3)
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

  /// The layout's estimate for the sample: each day on one page (Chromium's page count is
  /// checked by `PrintedPagesTests`).
  @Test(arguments: ["en", "fr", "ar"])
  func eachDayOfTheSampleIsLaidOutOnOnePage(language: String) {
    for day in Self.sample.days {
      let plan = DayPlan(
        Self.sample, day: day, options: PlanOptions(language: language), shown: { $0 })
      let grid = PlanHTML.grid(plan)
      let layout = PlanLayout.choose(grid, title: "Title", subtitle: "Venue", legend: [])
      #expect(layout.sheets == [0..<grid.rows], "\(language) \(day.date.iso)")
      #expect(PlanLayout.sizes.contains(layout.size))
    }
  }

  /// Seeded generated events: sheets cover every row once, in order, and break only where
  /// no talk runs across; type is never below the minimum.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func sheetsBreakOnlyBetweenRowsNoTalkRunsAcross(seed: UInt64) {
    // Seed 3 prints its talks in sessions.
    let generated = Generator.event(.medium, seed: seed)
    let schedule = seed == 3 ? Generator.withSessions(generated, seed: seed) : generated
    for day in schedule.days {
      let plan = DayPlan(schedule, day: day, options: PlanOptions(), shown: { $0 })
      let grid = PlanHTML.grid(plan)
      let layout = PlanLayout.choose(grid, title: "Title", subtitle: "Venue", legend: [])
      #expect(layout.size >= PlanLayout.sizes.last!)
      #expect(layout.sheets.first?.lowerBound == 0)
      #expect(layout.sheets.last?.upperBound == grid.rows)
      for (a, b) in zip(layout.sheets, layout.sheets.dropFirst()) {
        #expect(a.upperBound == b.lowerBound)
        #expect(
          grid.canBreak(before: b.lowerBound), "seed \(seed): a talk is cut at row \(b.lowerBound)")
        #expect(!b.isEmpty)
      }
      // Every talk of the day is in the grid, in exactly one cell.
      let html = PlanHTML.page(plan)
      for item in plan.items where !item.allRooms {
        let title = Markup.escape(plan.title(item.talk))
        #expect(html.contains(title), "seed \(seed): \(item.talk.id) is missing")
      }
    }
  }

  /// Many rooms turn the page to landscape.
  @Test func manyRoomsTurnThePage() {
    let schedule = Generator.event(.large, seed: 1)
    let day = schedule.days[0]
    let plan = DayPlan(schedule, day: day, options: PlanOptions(), shown: { $0 })
    let grid = PlanHTML.grid(plan)
    #expect(grid.columns > 4)
    #expect(
      PlanLayout.choose(grid, title: "T", subtitle: "V", legend: []).orientation == .landscape)
  }

  /// A theme's letter is the same on the programme, the door signs and the booklet, on every
  /// day: its place among the event's themes.
  @Test func themeLettersAreTheProgrammes() {
    let options = PlanOptions(language: "fr")
    let programme = PlanHTML.render(Self.sample, options: options)
    let signs = DoorSignHTML.render(Self.sample, options: options)
    let booklet = BookletHTML.render(Self.sample, options: options)
    for (i, theme) in Self.sample.themes.enumerated() {
      let name = theme.names["fr"] ?? theme.name
      let entry = "\(PlanText.legendMark(i))</span> <bdi>\(Markup.escape(name))</bdi></li>"
      for (what, html) in [("programme", programme), ("signs", signs), ("booklet", booklet)] {
        let used = Self.sample.talks.contains { $0.theme == theme.id && $0.at != nil }
        if used {
          #expect(html.contains(entry), "\(what): \(theme.id) is not \(PlanText.legendMark(i))")
        }
      }
    }
  }

  @Test func doorSignsAreOnePagePerRoomAndDay() {
    let signs = DoorSignHTML.render(Self.sample, options: PlanOptions(language: "ar"))
    #expect(signs.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
    #expect(signs.components(separatedBy: "<section class=\"sign\">").count - 1 == 8)
    #expect(signs.contains("h1 { font-size: 44pt;"))
    #expect(signs.contains("<h1><bdi>قاعة الطاسيلي</bdi></h1>"))
    // One room: its signs only, with the plenaries held elsewhere, saying where.
    let tassili = DoorSignHTML.render(
      Self.sample, options: PlanOptions(days: [Self.sunday], room: "tassili"))
    #expect(tassili.components(separatedBy: "<section class=\"sign\">").count - 1 == 1)
    #expect(tassili.contains("Workshop: e-commerce for small manufacturers"))
    #expect(!tassili.contains("Industrial clusters in the Maghreb"))
    #expect(tassili.contains("Opening ceremony"))
    #expect(tassili.contains(" · <bdi>Plenary hall</bdi>"))
  }

  @Test func theBookletHasContentsAbstractsAndAffiliations() {
    var schedule = Self.sample
    let index = schedule.talks.firstIndex { $0.at != nil && $0.kind == .keynote }!
    schedule.talks.modify(at: index) {
      $0.abstract = "First <b>paragraph</b> & more.\n\nSecond paragraph."
    }
    let talk = schedule.talks[index]
    let booklet = BookletHTML.render(schedule, options: PlanOptions(language: "fr"))
    #expect(booklet.contains("<h2>Sommaire</h2>"))
    #expect(booklet.contains("<a href=\"#talk-\(talk.id)\">"))
    #expect(booklet.contains("<article id=\"talk-\(talk.id)\""))
    #expect(booklet.contains("First &lt;b&gt;paragraph&lt;/b&gt; &amp; more.</p>"))
    #expect(booklet.contains(">Second paragraph.</p>"))
    // Every placed talk is in the contents and has its article.
    for placed in schedule.talks where placed.at != nil {
      #expect(booklet.contains("href=\"#talk-\(placed.id)\""))
      #expect(booklet.contains("<article id=\"talk-\(placed.id)\""))
    }
    #expect(booklet.contains("(<bdi>Islamic Development Bank</bdi>)"))
    #expect(booklet.contains("<section class=\"day\" id=\"day-2010-03-15\">"))
    let arabic = BookletHTML.render(schedule, options: PlanOptions(language: "ar"))
    #expect(arabic.contains("<h2>المحتويات</h2>"))
    #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
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
