import Foundation
import Testing

@testable import Formats
@testable import Scheduling

@Suite struct ICalendarTests {
  static let sample = try! ScheduleFile.load(Samples.forum)
  static let now = "20100301T120000Z"

  func export(_ schedule: Schedule = sample, _ options: ICalendarOptions = ICalendarOptions())
    -> String
  {
    ICalendar.render(schedule, options: options, now: Self.now)
  }

  /// Content lines with folding undone.
  func unfolded(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter {
      !$0.isEmpty
    }
  }

  /// Fault 8: whatever a schedule holds (it may come from an import, or a file edited by
  /// hand), no value ends its content line and starts another.
  @Test(arguments: 1...6 as ClosedRange<UInt64>)
  func noValueInjectsAContentLine(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let hostile = [
      "\r\nX-INJ:1", "\nX-INJ:2", "\rX-INJ:3", "a;b,c\\d", "\u{0}\u{7}\u{1B}[2J", "\u{85}\u{2028}",
      "\"quoted\";x=y:z", "normal",
    ]
    var schedule = Self.sample
    schedule.event.title += random.pick(hostile)
    schedule.event.venue += random.pick(hostile)
    for i in schedule.talks.indices {
      schedule.talks.modify(at: i) { talk in
        talk.title += random.pick(hostile)
        talk.titles["ar"] = (talk.titles["ar"] ?? "") + random.pick(hostile)
        talk.notes = random.pick(hostile)
        talk.abstract = random.chance(0.5) ? random.pick(hostile) : nil
        talk.revision = Revision(
          sequence: random.below(3), fingerprint: "f",
          modified: "20100301T090000Z" + random.pick(hostile))
      }
    }
    for i in schedule.rooms.indices {
      schedule.rooms.modify(at: i) { $0.name += random.pick(hostile) }
    }
    for language in ["en", "ar", "en\r\nX-INJ:4", "fr;X-INJ=5", "de\"x"] {
      let text = ICalendar.render(
        schedule, options: ICalendarOptions(language: language), now: Self.now)
      #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
      #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
      for line in unfolded(text) {
        #expect(!line.hasPrefix("X-INJ"), "\(line)")
        #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\t" }, "\(line)")
        // NAME, then parameters, then the value: the name is letters, digits and hyphens.
        let name = line.prefix { $0 != ":" && $0 != ";" }
        #expect(
          !name.isEmpty
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
      }
      #expect(!text.contains("LANGUAGE=en\r") && !text.contains("X-INJ=5"))
    }
  }

  @Test func linesEndWithCRLFAndAreFoldedAt75Octets() {
    let text = export()
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    for line in text.components(separatedBy: "\r\n") {
      #expect(line.utf8.count <= 75, "\(line)")
    }
    // Arabic titles are long in octets: folding happened, at character boundaries.
    #expect(text.contains("\r\n "))
  }

  @Test func foldingNeverSplitsAUTF8Sequence() {
    let long = "SUMMARY:" + String(repeating: "الملتقى العربي للصناعات 会议 é ", count: 8)
    let folded = ICalendar.fold(long)
    for part in folded.components(separatedBy: "\r\n") {
      #expect(part.utf8.count <= 75)
      #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil)
    }
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
  }

  @Test func textIsEscaped() {
    #expect(ICalendar.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
  }

  @Test func theCalendarHasItsHeaderAndNoMethod() {
    let lines = unfolded(export())
    #expect(
      lines.prefix(4) == [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Multaqa//Multaqa conference scheduler//EN",
        "CALSCALE:GREGORIAN",
      ])
    #expect(!lines.contains { $0.hasPrefix("METHOD") })
    #expect(!lines.contains { $0.hasPrefix("ORGANIZER") })
  }

  @Test func oneEventPerPlacedTalkWithItsTimesPlaceAndStatus() {
    let lines = unfolded(export())
    let placed = Self.sample.talks.filter { $0.at != nil }
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == placed.count)
    #expect(lines.contains("UID:opening@arabsmi5.multaqa"))
    #expect(lines.contains("DTSTART;TZID=Africa/Algiers:20100314T090000"))
    #expect(lines.contains("DTEND;TZID=Africa/Algiers:20100314T100000"))
    #expect(lines.contains("SUMMARY;LANGUAGE=en:Opening ceremony"))
    #expect(lines.contains("LOCATION:Plenary hall\\, Hilton hotel\\, Algiers"))
    #expect(lines.contains("DTSTAMP:20100301T120000Z"))
    #expect(lines.contains("STATUS:CANCELLED"))
    #expect(lines.contains("STATUS:TENTATIVE"))
    #expect(lines.contains { $0.hasPrefix("DESCRIPTION:Rachid Benmoussa (Ministry of SMEs") })
    #expect(lines.contains { $0.hasPrefix("CATEGORIES:The reality of SMEs") })
  }

  @Test func titlesInTheChosenLanguageAreUntouched() {
    let lines = unfolded(export(Self.sample, ICalendarOptions(language: "ar")))
    #expect(lines.contains("SUMMARY;LANGUAGE=ar:حفل الافتتاح"))
    #expect(lines.contains("LOCATION:القاعة الكبرى\\, Hilton hotel\\, Algiers"))
  }

  @Test func uidsAreStableWhateverMovesOrTheOrder() {
    var moved = Self.sample
    moved.talks.modify(at: moved.talks.index(of: "t-clusters-1")!) {
      $0.at?.start = TimeOfDay(hour: 10, minute: 0)!
    }
    let reordered = Schedule(
      event: moved.event, days: moved.days, rooms: moved.rooms, themes: moved.themes,
      speakers: moved.speakers, talks: Catalog(moved.talks.reversed()))
    let uids = { (s: Schedule) in Set(self.unfolded(self.export(s)).filter { $0.hasPrefix("UID:") })
    }
    #expect(uids(Self.sample) == uids(reordered))
  }

  @Test func movingATalkRaisesItsSequenceAndNothingElse() {
    let first = Publication.stamp(Self.sample, previous: nil, now: Self.now)
    var moved = first
    moved.talks.modify(at: moved.talks.index(of: "t-clusters-1")!) {
      $0.at?.start = TimeOfDay(hour: 10, minute: 0)!
    }
    let second = Publication.stamp(moved, previous: first, now: "20100305T090000Z")
    for (a, b) in zip(first.talks, second.talks) {
      if a.id == "t-clusters-1" {
        #expect(b.revision?.sequence == (a.revision?.sequence ?? 0) + 1)
        #expect(b.revision?.modified == "20100305T090000Z")
      } else {
        #expect(a.revision == b.revision, "\(a.id)")
      }
    }
    let lines = unfolded(export(second))
    let block = lines.drop { $0 != "UID:t-clusters-1@arabsmi5.multaqa" }.prefix {
      $0 != "END:VEVENT"
    }
    #expect(block.contains("SEQUENCE:1"))
    #expect(block.contains("LAST-MODIFIED:20100305T090000Z"))
    // Undoing the move in the editor does not lower the sequence calendars have seen.
    let undone = Publication.stamp(first, previous: second, now: "20100306T090000Z")
    #expect(undone.talks[id: "t-clusters-1"]?.revision?.sequence == 2)
  }

  @Test func filtersAndCalendarsPerSpeaker() {
    let lines = unfolded(export(Self.sample, ICalendarOptions(speaker: "s-mansouri")))
    let ids = lines.filter { $0.hasPrefix("UID:") }.map { $0.dropFirst(4).split(separator: "@")[0] }
    #expect(Set(ids) == ["opening", "k-aidmo", "p-charter", "closing"])
    #expect(
      lines.contains("X-WR-CALNAME:5th Arab Forum for Small and Medium Industries — محمد المنصوري"))
    let room = unfolded(
      export(
        Self.sample, ICalendarOptions(days: [CalendarDate(iso: "2010-03-15")!], room: "tassili")))
    #expect(room.filter { $0 == "BEGIN:VEVENT" }.count == 4)
  }

  /// A chair's calendar holds the session they chair, whole, once; another speaker's does not.
  @Test(arguments: ["en", "fr"])
  func aChairsCalendarHoldsTheSessionTheyChair(language: String) throws {
    var schedule = Self.sample
    let talk = try #require(schedule.talks[id: "t-clusters-1"])
    let at = try #require(talk.at)
    schedule.sessions.append(
      Session(
        id: "s-clusters", title: "Clusters", titles: ["fr": "Grappes"], theme: "clusters",
        chair: "s-mansouri", at: at, duration: 90, talks: [talk.id]))
    let lines = unfolded(
      export(schedule, ICalendarOptions(speaker: "s-mansouri", language: language)))
    #expect(lines.filter { $0.hasPrefix("UID:session.s-clusters@") }.count == 1)
    let summary = language == "fr" ? "Président de séance: Grappes" : "Chair: Clusters"
    #expect(lines.contains("SUMMARY;LANGUAGE=\(language):\(summary)"))
    #expect(lines.contains("DTSTART;TZID=Africa/Algiers:20100314T111500"))
    #expect(lines.contains("DTEND;TZID=Africa/Algiers:20100314T124500"))
    // The chair is not a speaker of the talk: the talk itself stays out of their calendar.
    #expect(!lines.contains { $0.hasPrefix("UID:t-clusters-1@") })
    let other = unfolded(export(schedule, ICalendarOptions(speaker: "s-karoui")))
    #expect(!other.contains { $0.hasPrefix("UID:session.") })
    #expect(other.contains { $0.hasPrefix("UID:t-clusters-1@") })
    // On another day it is filtered out like a talk.
    let monday = unfolded(
      export(
        schedule,
        ICalendarOptions(days: [CalendarDate(iso: "2010-03-15")!], speaker: "s-mansouri")))
    #expect(!monday.contains { $0.hasPrefix("UID:session.") })
  }

  // MARK: VTIMEZONE

  func observances(_ zone: String, year: Int) -> [[String]] {
    var schedule = Self.sample
    schedule.event.timezone = zone
    schedule.days = [
      Day(
        date: CalendarDate(year: year, month: 3, day: 14)!, opens: TimeOfDay(hour: 9, minute: 0)!,
        closes: TimeOfDay(hour: 18, minute: 0)!)
    ]
    schedule.talks = []
    let lines = unfolded(export(schedule))
    var result: [[String]] = []
    var current: [String]?
    for line in lines {
      if line == "BEGIN:STANDARD" || line == "BEGIN:DAYLIGHT" {
        current = [line]
      } else if line.hasPrefix("END:STANDARD") || line.hasPrefix("END:DAYLIGHT") {
        result.append(current!)
        current = nil
      } else if current != nil {
        current!.append(line)
      }
    }
    #expect(lines.contains("TZID:\(zone)"))
    return result
  }

  @Test func algiersHasOneOffsetAllYear() {
    let list = observances("Africa/Algiers", year: 2010)
    #expect(list.count == 1)
    #expect(list[0].contains("TZOFFSETFROM:+0100"))
    #expect(list[0].contains("TZOFFSETTO:+0100"))
  }

  @Test func parisChangesAtTheEndOfMarchAndOctober() {
    let list = observances("Europe/Paris", year: 2010)
    #expect(
      list.contains([
        "BEGIN:DAYLIGHT", "DTSTART:20100328T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "TZNAME:CEST",
      ])
        || list.contains([
          "BEGIN:DAYLIGHT", "DTSTART:20100328T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        ]))
    #expect(
      list.contains {
        $0.starts(with: [
          "BEGIN:STANDARD", "DTSTART:20101031T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        ])
      })
    #expect(list.contains { $0.starts(with: ["BEGIN:DAYLIGHT", "DTSTART:20090329T020000"]) })
  }

  @Test func newYorkChangesInMarchAndNovember() {
    let list = observances("America/New_York", year: 2010)
    #expect(
      list.contains {
        $0.starts(with: [
          "BEGIN:DAYLIGHT", "DTSTART:20100314T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        ])
      })
    #expect(
      list.contains {
        $0.starts(with: [
          "BEGIN:STANDARD", "DTSTART:20101107T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        ])
      })
  }

  @Test func utcTimesAreFormattedForICalendar() {
    #expect(Publication.utcNow(Date(timeIntervalSince1970: 1_268_571_600)) == "20100314T130000Z")
  }
}

/// Fault 12: sequences saturate at iCalendar's largest INTEGER; they never trap.
@Suite struct SequenceTests {
  @Test func aSequenceAtTheLargestStaysThere() {
    var schedule = Generator.event(.forum, seed: 3)
    for i in schedule.talks.indices {
      schedule.talks.modify(at: i) {
        $0.revision = Revision(
          sequence: Publication.maximumSequence, fingerprint: "0", modified: "20100301T090000Z")
      }
    }
    let stamped = Publication.stamp(schedule, previous: schedule, now: "20100302T090000Z")
    #expect(stamped.talks.allSatisfy { $0.revision?.sequence == Publication.maximumSequence })
    #expect(stamped.talks.allSatisfy { $0.revision?.modified == "20100302T090000Z" })
  }
}
