import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// Sessions on paper and in exports: the printed plan groups talks under their session and
/// chair; iCalendar and frab, which have no sessions, name it in each talk's description.
@Suite struct SessionPrintTests {
  /// A generated forum in sessions, the first session's title and chair made recognizable.
  static let schedule: Schedule = {
    var s = Generator.withSessions(Generator.event(.forum, seed: 5), seed: 5)
    let i = s.sessions.indices.first {
      s.sessions[$0].chair != nil && s.sessions[$0].talks.count > 1
    }!
    s.sessions.modify(at: i) {
      $0.title = "Clusters and networks"
      $0.titles = ["fr": "Grappes et réseaux", "ar": "العناقيد والشبكات"]
    }
    return s
  }()

  static var session: Session { schedule.sessions.first { $0.title == "Clusters and networks" }! }
  static var chair: Speaker { schedule.speakers[id: session.chair!]! }
  static var day: Day { schedule.day(session.at!.date)! }

  func talkTitles(_ language: String) -> [String] {
    Self.session.talks.map { Self.schedule.talks[id: $0]!.title(in: language, primary: "en") }
  }

  @Test(arguments: [
    ("en", "Clusters and networks", "Chair"), ("fr", "Grappes et réseaux", "Président de séance"),
    ("ar", "العناقيد والشبكات", "رئيس الجلسة"),
  ])
  func theTextPlanListsASessionsTalksUnderItsTitleAndChair(
    language: String, title: String, chair: String
  ) throws {
    let text = PlanText.render(
      Self.schedule, options: PlanOptions(days: [Self.day.date], language: language, width: 120))
    let lines = text.split(separator: "\n").map(String.init)
    let heading = try #require(lines.firstIndex { $0.contains(title) })
    #expect(lines[heading + 1].contains("\(chair): \(Self.chair.name(in: language))"))
    // Its talks follow, in order, before anything else starts.
    var cursor = heading + 1
    for talk in talkTitles(language) {
      let found = try #require(
        lines[cursor...].firstIndex { $0.contains(talk) }, "\(talk) under \(title)")
      #expect(found > cursor)
      cursor = found
    }
    #expect(lines[(heading + 1)..<cursor].allSatisfy { !$0.isEmpty })
  }

  @Test func theHTMLPlanHasOneCellPerSessionWithItsTalksInside() throws {
    let html = PlanHTML.render(Self.schedule, options: PlanOptions(days: [Self.day.date]))
    let start = try #require(html.range(of: "<bdi>Clusters and networks</bdi>"))
    let cellStart = try #require(
      html[..<start.lowerBound].range(of: "<td class=\"session", options: .backwards))
    let cellEnd = try #require(html[start.upperBound...].range(of: "</td>"))
    let cell = String(html[cellStart.lowerBound..<cellEnd.upperBound])
    #expect(cell.contains("rowspan="))
    #expect(cell.contains("Chair: \(Self.chair.name)"))
    for talk in talkTitles("en") { #expect(cell.contains(Markup.escape(talk))) }
    #expect(
      cell.components(separatedBy: "class=\"in-session").count - 1 == Self.session.talks.count)
  }

  @Test func markdownPutsTheSessionInItsRoomsColumn() {
    let md = PlanMarkdown.render(Self.schedule, options: PlanOptions(days: [Self.day.date]))
    let row = md.split(separator: "\n").first { $0.contains("**Clusters and networks**") }
    #expect(row?.contains("*Chair: \(PlanMarkdown.cell(Self.chair.name))*") == true)
    for talk in talkTitles("en") { #expect(row?.contains(PlanMarkdown.cell(talk)) == true) }
  }

  @Test func calendarsAndFrabNameTheSessionInEachTalksDescription() {
    let ics = ICalendar.render(
      Self.schedule, options: ICalendarOptions(language: "fr"), now: "20100301T090000Z")
    let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
    let note = "Grappes et réseaux · Président de séance: \(Self.chair.name(in: "fr"))"
    let descriptions = unfolded.components(separatedBy: "\r\n").filter {
      $0.hasPrefix("DESCRIPTION:") && $0.contains(note)
    }
    #expect(descriptions.count == Self.session.talks.count)
    let xml = Frab.xml(Self.schedule)
    #expect(
      xml.components(separatedBy: "<description>Clusters and networks · Chair: ").count - 1
        == Self.session.talks.count)
  }

  @Test func theDoorSignHeadsASessionsTalksWithItsTitleAndChair() throws {
    let options = PlanOptions(days: [Self.day.date], room: Self.session.at!.room)
    let html = DoorSignHTML.render(Self.schedule, options: options)
    let heading = try #require(html.range(of: "<li class=\"session"))
    let entry = try #require(html[heading.lowerBound...].range(of: "</li>"))
    let head = html[heading.lowerBound..<entry.upperBound]
    #expect(head.contains("<bdi>Clusters and networks</bdi>"))
    #expect(head.contains("<bdi>\(Markup.escape("Chair: \(Self.chair.name)"))</bdi>"))
    // Its talks follow it, indented, in order.
    var cursor = entry.upperBound
    for talk in talkTitles("en") {
      let found = try #require(html[cursor...].range(of: "<bdi>\(Markup.escape(talk))</bdi>"))
      let item = try #require(html[..<found.lowerBound].range(of: "<li ", options: .backwards))
      #expect(html[item.lowerBound..<found.lowerBound].contains("in-session"))
      cursor = found.upperBound
    }
  }

  @Test func theBookletNamesEachTalksSessionAndChair() {
    let html = BookletHTML.render(
      Self.schedule, options: PlanOptions(days: [Self.day.date], language: "fr"))
    let line =
      "<p class=\"meta session\"><bdi>Grappes et réseaux</bdi> · <bdi>"
      + Markup.escape("Président de séance: \(Self.chair.name(in: "fr"))") + "</bdi></p>"
    #expect(html.components(separatedBy: line).count - 1 == Self.session.talks.count)
  }

  @Test func aScheduleWithoutSessionsPrintsAsBefore() {
    var plain = Self.schedule
    plain.sessions = []
    let text = PlanText.render(plain, options: PlanOptions(days: [Self.day.date]))
    #expect(!text.contains("Chair:"))
    #expect(!PlanHTML.render(plain, options: PlanOptions()).contains("<td class=\"session"))
    #expect(!DoorSignHTML.render(plain, options: PlanOptions()).contains("li class=\"session"))
    #expect(!BookletHTML.render(plain, options: PlanOptions()).contains("meta session"))
  }
}
