import Foundation
import Testing

@testable import Formats
@testable import Scheduling

@Suite struct NameUUIDTests {
  func hex(_ bytes: [UInt8]) -> String {
    bytes.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
  }

  @Test func sha1MatchesTheStandardVectors() {
    #expect(hex(SHA1.hash(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(hex(SHA1.hash([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    #expect(
      hex(SHA1.hash(Array(repeating: UInt8(ascii: "a"), count: 1000)))
        == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    // Two blocks of padding: 56 to 63 bytes of message.
    #expect(
      hex(SHA1.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
        == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
  }

  @Test func uuidsAreVersion5AndAgreeWithPython() {
    // python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, "multaqa:arabsmi5:opening"))'
    #expect(NameUUID.make("multaqa:arabsmi5:opening") == "298768cd-78e1-5e71-8e1a-969c743ec874")
    let uuid = NameUUID.make("ملتقى")
    #expect(uuid.count == 36)
    #expect(Array(uuid)[14] == "5")
    #expect("89ab".contains(Array(uuid)[19]))
  }
}

@Suite struct FrabTests {
  static let sample = try! ScheduleFile.load(Samples.forum)

  /// The JSON export, parsed.
  func events(_ schedule: Schedule, language: String? = nil) throws -> [[String: Any]] {
    let text = Frab.json(schedule, options: Frab.Options(language: language))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let conference = try #require(
      (root["schedule"] as? [String: Any])?["conference"] as? [String: Any])
    var events: [[String: Any]] = []
    for day in try #require(conference["days"] as? [[String: Any]]) {
      for (_, list) in try #require(day["rooms"] as? [String: Any]) {
        events += try #require(list as? [[String: Any]])
      }
    }
    return events
  }

  @Test func everyPlacedActiveTalkIsAnEventAndCancelledOnesAreNot() throws {
    let events = try events(Self.sample)
    let expected = Self.sample.talks.filter { $0.at != nil && $0.status.isActive }
    #expect(events.count == expected.count)
    let titles = Set(events.compactMap { $0["title"] as? String })
    #expect(titles == Set(expected.map(\.title)))
    let cancelled = try #require(
      Self.sample.talks.first { $0.status == .cancelled && $0.at != nil })
    #expect(!titles.contains(cancelled.title))
  }

  @Test func startsAgreeWithDatesAndIdsAreUnique() throws {
    let events = try events(Self.sample)
    var ids = Set<Int>()
    var guids = Set<String>()
    for event in events {
      let date = try #require(event["date"] as? String)
      let start = try #require(event["start"] as? String)
      #expect(date.dropFirst(11).prefix(5) == start, "\(date) \(start)")
      #expect(date.hasSuffix("+01:00"), "Algiers is UTC+1 all year: \(date)")
      ids.insert(try #require(event["id"] as? Int))
      guids.insert(try #require(event["guid"] as? String))
    }
    #expect(ids.count == events.count)
    #expect(guids.count == events.count)
    // The XML says the same.
    let xml = Frab.xml(Self.sample)
    for event in events {
      let guid = event["guid"] as! String
      #expect(xml.contains("guid=\"\(guid)\""))
      #expect(xml.contains("<date>\(event["date"] as! String)</date>"))
    }
  }

  @Test func guidsSurviveReordersEditsAndReexports() throws {
    func guids(_ schedule: Schedule) throws -> [String: String] {
      Dictionary(
        uniqueKeysWithValues: try events(schedule).map {
          ($0["slug"] as! String, $0["guid"] as! String)
        })
    }
    let before = try guids(Self.sample)
    var changed = Self.sample
    changed.talks = Catalog(changed.talks.reversed())
    let moved = try #require(changed.talks.first { $0.at != nil && !$0.pinned })
    changed.talks.update(
      {
        var t = moved; t.at!.start = TimeOfDay(minutes: t.at!.start.minutes + 15)!; t.title += "!";
        return t
      }())
    #expect(try guids(changed) == before)
    #expect(Frab.xml(Self.sample) == Frab.xml(Self.sample))
  }

  @Test func versionFollowsTheContent() {
    var changed = Self.sample
    changed.talks.update(
      {
        var t = changed.talks[0]; t.title = "Changed"; return t
      }())
    let version = { (text: String) in
      text.components(separatedBy: "<version>")[1].components(separatedBy: "</version>")[0]
    }
    #expect(version(Frab.xml(Self.sample)) == version(Frab.xml(Self.sample)))
    #expect(version(Frab.xml(changed)) != version(Frab.xml(Self.sample)))
  }

  @Test func arabicExportTranslatesTitlesRoomsAndTracksAndEscapesXML() throws {
    let events = try events(Self.sample, language: "ar")
    let opening = try #require(events.first { ($0["slug"] as? String) == "arabsmi5-opening" })
    let talk = Self.sample.talks[id: "opening"]!
    #expect(opening["title"] as? String == talk.titles["ar"])
    #expect(opening["room"] as? String == "القاعة الكبرى")
    var awkward = Self.sample
    awkward.talks.update(
      {
        var t = awkward.talks[id: "opening"]!; t.title = "R&D <now> \"quoted\""; return t
      }())
    let xml = Frab.xml(awkward)
    #expect(xml.contains("<title>R&amp;D &lt;now&gt; &quot;quoted&quot;</title>"))
  }
}
