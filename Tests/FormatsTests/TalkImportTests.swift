import Foundation
import Testing

@testable import Formats
@testable import Scheduling

@Suite struct TalkImportTests {
  static let sample = try! ScheduleFile.load(Samples.forum)

  /// The sample without its talks, for importing them again.
  static var empty: Schedule {
    var schedule = sample
    schedule.talks = Catalog()
    return schedule
  }

  func read(
    _ text: String, into schedule: Schedule = sample, map: [String: String] = [:],
    update: Bool = false
  ) throws -> TalkImport {
    let rows = try CSV.parse(text, delimiter: CSV.delimiter(of: text))
    return TalkImport.read(rows, into: schedule, map: map, update: update, file: "talks.csv")
  }

  /// Talks compared without their publication records, which only saving writes.
  func unstamped(_ talks: some Sequence<Talk>) -> [Talk] {
    talks.map {
      var t = $0; t.revision = nil; return t
    }
  }

  @Test func exportThenImportGivesTheSameTalks() throws {
    let table = TalkTable.export(Self.sample)
    let (text, _) = try CSV.decode(Array(table.utf8))
    let result = try read(text, into: Self.empty)
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.speakers.isEmpty)
    #expect(unstamped(result.applied(to: Self.empty).talks) == unstamped(Self.sample.talks))
  }

  @Test(arguments: CSV.Encoding.allCases)
  func roundTripThroughEveryEncodingKeepsArabic(encoding: CSV.Encoding) throws {
    let bytes = try CSV.encode(TalkTable.export(Self.sample), as: encoding)
    let (text, detected) = try CSV.decode(bytes)
    #expect(detected == encoding)
    let result = try read(text, into: Self.empty)
    #expect(result.problems.isEmpty, "\(result.problems)")
    let opening = try #require(result.talks.first { $0.id == "opening" })
    #expect(opening.titles["ar"] == Self.sample.talks[id: "opening"]!.titles["ar"])
    #expect(unstamped(result.talks) == unstamped(Self.sample.talks))
  }

  @Test func updateReplacesOnlyWhatChangedAndUnchangedRowsAreNoOps() throws {
    let same = try read(TalkTable.export(Self.sample), update: true)
    #expect(same.problems.isEmpty, "\(same.problems)")
    #expect(same.changes(to: Self.sample).changed.isEmpty)
    #expect(same.changes(to: Self.sample).unchanged == Self.sample.talks.count)
    // Without --update the same rows are all refused.
    let refused = try read(TalkTable.export(Self.sample))
    #expect(refused.problems.count == Self.sample.talks.count)
    #expect(refused.problems[0].description.hasPrefix("talks.csv:2: talk opening already exists"))
    // A spreadsheet that moves one talk and leaves out other columns keeps the rest.
    let edited = try read("id,start,date,room\r\nt-ip-1,17:00,2010-03-14,casbah\r\n", update: true)
    #expect(edited.problems.isEmpty, "\(edited.problems)")
    let changes = edited.changes(to: Self.sample)
    #expect(changes.changed.map(\.id) == ["t-ip-1"])
    var expected = Self.sample.talks[id: "t-ip-1"]!
    expected.at = Placement(
      date: CalendarDate(iso: "2010-03-14")!, room: "casbah", start: TimeOfDay(hour: 17, minute: 0)!
    )
    #expect(changes.changed.first == expected)
  }

  @Test func arabicAndFrenchHeadersAndValuesAreUnderstood() throws {
    let arabic = """
      المعرف,العنوان,المحور,النوع,المتدخلون,الهيئة,المدة,التاريخ,القاعة,الساعة
      n-1,دور الحاضنات في دعم الابتكار,الاقطاب والحاضنات الصناعيه,ورشة عمل,محمد المنصوري؛ سليمة بوزيد,؛جامعة الجزائر,1h30,15/03/2010,قاعة الأطلس,14h00
      """
    let result = try read(arabic)
    #expect(result.problems.isEmpty, "\(result.problems)")
    let talk = try #require(result.talks.first)
    #expect(talk.title == "دور الحاضنات في دعم الابتكار")
    #expect(talk.kind == .workshop)
    #expect(talk.duration == 90)
    #expect(
      talk.at
        == Placement(
          date: CalendarDate(iso: "2010-03-15")!, room: "atlas",
          start: TimeOfDay(hour: 14, minute: 0)!))
    // The theme matched by its Arabic name, written without hamza and with hā' for tā' marbūṭa.
    #expect(talk.theme == "incubators")
    // The existing speaker is matched by name; the new one is created with her affiliation.
    #expect(talk.speakers.first == "s-mansouri")
    #expect(result.speakers.map(\.name) == ["سليمة بوزيد"])
    #expect(result.speakers.first?.affiliation == "جامعة الجزائر")

    let french =
      "Titre;Durée;Intervenants;Thème;Type\r\nLes Pôles Industriels;45 min;AMINE CHERIF;Incubators;Table ronde\r\n"
    let fr = try read(french)
    #expect(fr.problems.isEmpty, "\(fr.problems)")
    #expect(fr.talks.first?.kind == .panel)
    #expect(fr.talks.first?.duration == 45)
    #expect(fr.talks.first?.at == nil)
    #expect(fr.talks.first?.speakers == ["s-cherif"])
  }

  @Test func everyBadRowIsReportedWithItsLine() throws {
    let text = """
      id,title,duration,date,room,start,theme,kind
      ok-1,Fine,30,,,,,
      bad-1,,30,,,,,
      bad-2,No duration,,,,,,
      bad-3,Off grid,20,,,,,
      bad-4,Half a place,30,2010-03-14,,,,
      bad-5,Wrong day,30,2010-03-20,atlas,09:00,,
      bad-6,Wrong theme,30,,,,astronomy,
      bad-7,"Wrong kind
      spanning two lines",30,,,,,dance
      opening,Taken id,30,,,,,
      ok-1,Twice,30,,,,,
      """
    let result = try read(text)
    #expect(result.talks.map(\.id) == ["ok-1"])
    let lines = result.problems.map(\.line)
    #expect(lines == [3, 4, 5, 6, 7, 8, 9, 11, 12])
    #expect(result.problems[0].description == "talks.csv:3: the title is empty")
    #expect(result.problems[3].message.contains("date, room and start together"))
    #expect(result.problems[6].message.contains("kind “dance”"))
  }

  @Test func unknownColumnsNeedAMap() throws {
    let text = "title,duration,Sponsor,Salle souhaitée\r\nA talk,30,IDB,Atlas\r\n"
    let refused = try read(text)
    #expect(refused.problems.count == 2)
    #expect(refused.problems[0].line == 1)
    #expect(refused.problems[0].message.contains("Sponsor"))
    let mapped = try read(text, map: ["sponsor": "ignore", "Salle souhaitée": "notes"])
    #expect(mapped.problems.isEmpty, "\(mapped.problems)")
    #expect(mapped.talks.first?.notes == "Atlas")
    let wrong = try read(text, map: ["Sponsor": "money", "Salle souhaitée": "notes"])
    #expect(wrong.problems.map(\.message) == ["--map Sponsor=money: money is not a field"])
  }

  @Test func afterMayNameLaterRowsAndUnknownTalksAreErrors() throws {
    let text = "id,title,duration,after\r\nb,Second,30,a\r\na,First,30,\r\nc,Third,30,nowhere\r\n"
    let result = try read(text, into: Self.empty)
    #expect(result.talks.first { $0.id == "b" }?.after == ["a"])
    #expect(result.problems.map(\.line) == [4])
  }

  @Test func aBadRowCreatesNoSpeakerAndWhatIsImportedLoadsAgain() throws {
    let text = """
      title,duration,speakers,language,prefer_from,prefer_to,prefer_date
      First,30,Nadia Haddad,xx-123456789,,,
      Second,30,Nadia Haddad,fr,,,
      Third,30,,,12:00,10:00,
      Fourth,30,,,,,2010-03-20
      Fifth,2880,,,,,
      """
    let result = try read(text)
    #expect(result.problems.map(\.line) == [2, 4, 5, 6])
    #expect(result.speakers.map(\.name) == ["Nadia Haddad"])
    let second = try #require(result.talks.first)
    #expect(second.speakers == [result.speakers[0].id])
    let applied = result.applied(to: Self.sample)
    let reloaded = try ScheduleFile.decode(Array(ScheduleFile.encode(applied).utf8), file: "x")
    #expect(reloaded == applied)
  }
}
