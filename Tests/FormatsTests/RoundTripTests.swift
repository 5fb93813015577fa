import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// load(save(x)) == x over seeded random schedules with awkward text everywhere.
@Suite struct RoundTripTests {
  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func saveThenLoadGivesTheSameSchedule(seed: UInt64) throws {
    let schedule = Awkward.schedule(seed: seed)
    let text = ScheduleFile.encode(schedule)
    let loaded = try ScheduleFile.decode(Array(text.utf8), file: "round-trip.yaml")
    #expect(loaded == schedule)
    if loaded != schedule {
      for (a, b) in zip(loaded.talks, schedule.talks) where a != b {
        Issue.record("first difference: \(a) vs \(b)")
        break
      }
    }
    // Saving what was loaded gives the same bytes: the layout is stable.
    #expect(ScheduleFile.encode(loaded) == text)
  }

  @Test func theSampleRoundTrips() throws {
    let schedule = try ScheduleFile.load(Samples.forum)
    let again = try ScheduleFile.decode(Array(ScheduleFile.encode(schedule).utf8), file: "x")
    #expect(again == schedule)
  }

  @Test func theSampleIsInTheSavedLayoutApartFromItsHeaderComment() throws {
    let text = try String(contentsOfFile: Samples.forum, encoding: .utf8)
    let saved = ScheduleFile.encode(try ScheduleFile.load(Samples.forum))
    let body = { (s: String) in s.split(separator: "\n").drop { $0.hasPrefix("#") } }
    #expect(Array(body(text)) == Array(body(saved)))
  }

  @Test(arguments: [
    "plain", "09:30", "2010-03-14", "yes", "No", "null", "~", "", " padded ", "a: b", "a #b",
    "#hash", "- dash", "[list]", "{map}", "quote\"s", "back\\slash", "tab\there", "line\nbreak",
    "trailing\n", "\nleading", "ends:", "*star", "&amp", "!tag", "%pct", "@at", "`tick",
    "5th forum", "1e5", "0x1F", "12:30:00", "+1", ".5", "-", "?", "'single'", "\u{0}nul",
    "\u{7}bell", "\u{85}nel", "\u{2028}ls", "الملتقى العربي", "会议", "🎤 talk",
    "e\u{301}", "a,b", "a]b", "{a: 1}", "multi\n\nparagraph", "  indented\nlines",
    "spaces   \nline", "   ", "\r\n",
    // Fault 19: a byte order mark inside or at the start of a text survives a save.
    "A\u{FEFF}B", "\u{FEFF}lead", "\u{FEFF}\u{FEFF}two", "end\u{FEFF}",
  ])
  func anyStringRoundTrips(_ text: String) throws {
    var schedule = Awkward.minimal()
    schedule.event.title = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "x" : text
    schedule.event.notes = text
    schedule.rooms.update(
      Room(
        id: "a", name: text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "x" : text,
        names: ["ar": text], capacity: 1))
    schedule.talks.update(
      Talk(id: "t", title: "t", titles: ["fr": text], duration: 15, abstract: text, notes: text))
    let loaded = try ScheduleFile.decode(Array(ScheduleFile.encode(schedule).utf8), file: "x")
    #expect(loaded == schedule)
  }
}

/// Where the repository's files are, from this source file.
enum Samples {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  /// The tests' own copy of the sample forum (organizers edit the sample itself).
  static let forum = root.appendingPathComponent("Tests/Fixtures/forum-2010.yaml").path
}

/// Random schedules whose every text is awkward for YAML.
enum Awkward {
  static let texts = [
    "Opening: welcome", "yes", "09:30", "# not a comment", "quote \" inside", "it's", "a\\b",
    "نحو تعزيز قدرات الصناعات الصغيرة والمتوسطة", "Vers le renforcement des capacités",
    "中小企业论坛", "emoji 🎤🇩🇿", "line one\nline two", " lead", "trail ", "[x]", "{y}", "- z",
    "null", "~", "1.5", "0755", "é", "multi\n\n\npara", "tab\tstop", "ends\n", "ق\u{64E}",
    "a: b: c", "x,y", "?", ":", "*alias", "&anchor", "!bang", "|pipe", ">fold", "%", "@", "`",
    "A\u{FEFF}B", "\u{FEFF}lead",
  ]

  static func minimal() -> Schedule {
    Schedule(
      event: Event(title: "E", venue: "V", timezone: "Africa/Algiers", slot: 15),
      days: [
        Day(
          date: CalendarDate(iso: "2010-03-14")!, opens: TimeOfDay(minutes: 540)!,
          closes: TimeOfDay(minutes: 1080)!)
      ],
      rooms: [Room(id: "a", name: "A", capacity: 10)],
      talks: [Talk(id: "t", title: "T", duration: 15)])
  }

  static func schedule(seed: UInt64) -> Schedule {
    var random = SeededRandom(seed: seed)
    var s = Generator.event(seed % 2 == 0 ? .forum : .medium, seed: seed)
    func text() -> String { random.pick(texts) }
    s.event.title = text()
    s.event.titles = ["ar": text(), "fr": text()]
    s.event.notes = random.chance(0.5) ? text() : nil
    s.event.acronym = random.chance(0.5) ? "AF\(seed)" : nil
    if random.chance(0.5) {
      s.solver = SolverWeights(
        themeParallel: Double(random.below(20_000)), themeRooms: 500, capacity: 2.5,
        backToBack: Double(random.below(50)), wishes: 0)
    }
    for i in s.days.indices {
      s.days.modify(at: i) { day in
        day.notes = random.chance(0.5) ? text() : nil
        for b in day.breaks.indices {
          day.breaks[b].title = text()
          if random.chance(0.5) { day.breaks[b].titles = ["ar": text()] }
        }
      }
    }
    for i in s.rooms.indices {
      s.rooms.modify(at: i) { room in
        room.name = text()
        room.names = random.chance(0.5) ? ["fr": text()] : [:]
        room.notes = random.chance(0.3) ? text() : nil
      }
    }
    for i in s.themes.indices {
      s.themes.modify(at: i) { theme in
        theme.name = text()
        theme.notes = random.chance(0.3) ? text() : nil
      }
    }
    for i in s.speakers.indices {
      s.speakers.modify(at: i) { speaker in
        speaker.name = text()
        speaker.names = random.chance(0.5) ? ["ar": text(), "fr": text()] : [:]
        speaker.affiliation = random.chance(0.7) ? text() : nil
        speaker.email = random.chance(0.5) ? "s\(i)@example.org" : nil
        speaker.phone =
          random.chance(0.5) ? random.pick(["+213 21 00 00 00", "(021) 12-34.56"]) : nil
        speaker.notes = random.chance(0.2) ? text() : nil
      }
    }
    let ids = s.talks.ids
    for i in s.talks.indices {
      s.talks.modify(at: i) { talk in
        talk.title = text()
        talk.titles = random.chance(0.8) ? ["ar": text(), "fr": text()] : [:]
        talk.abstract = random.chance(0.3) ? text() : nil
        talk.notes = random.chance(0.3) ? text() : nil
        talk.language = random.chance(0.5) ? random.pick(["ar", "fr", "en"]) : nil
        talk.status = random.pick(TalkStatus.allCases)
        if random.chance(0.2) { talk.at = nil }
        if random.chance(0.2) { talk.audience = nil }
        if random.chance(0.2) {
          talk.prefer = Preference(
            date: random.chance(0.5) ? s.days[0].date : nil, from: TimeOfDay(minutes: 540),
            to: random.chance(0.5) ? TimeOfDay(minutes: 720) : nil)
        }
        if random.chance(0.2) { talk.after = [random.pick(ids)].filter { $0 != talk.id } }
        if random.chance(0.2) {
          talk.revision = Revision(
            sequence: random.below(5), fingerprint: "f\(random.below(999))",
            modified: "20100301T120000Z")
        }
      }
    }
    // Sessions of a few consecutive talks, some scheduled, some with untranslated titles.
    var next = 0
    var n = 0
    while next + 3 <= s.talks.count, n < 4 {
      let members = Array(s.talks.ids[next..<next + 1 + random.below(3)])
      next += members.count + random.below(3)
      n += 1
      let first = s.talks[id: members[0]]?.at
      s.sessions.append(
        Session(
          id: "session-\(n)", title: text(), titles: random.chance(0.5) ? ["ar": text()] : [:],
          theme: random.chance(0.7) ? s.themes.first?.id : nil,
          chair: random.chance(0.7) ? s.speakers.first?.id : nil,
          at: random.chance(0.8) ? first : nil, duration: 30 * (1 + random.below(6)),
          talks: members, pinned: random.chance(0.3), notes: random.chance(0.3) ? text() : nil))
    }
    s.event.mixedTracks = random.chance(0.5)
    // Track wishes and avoided times, some naming sessions.
    let roomIDs = s.rooms.ids
    let themeIDs = s.themes.ids
    for i in s.themes.indices {
      s.themes.modify(at: i) { theme in
        if random.chance(0.4) { theme.prefer = Preference(date: s.days[0].date, session: nil) }
        if random.chance(0.4) {
          theme.avoid = Preference(from: TimeOfDay(minutes: 720), session: s.sessions.first?.id)
        }
        if random.chance(0.4) { theme.rooms = [random.pick(roomIDs)] }
        if random.chance(0.3) { theme.apart = [random.pick(themeIDs)].filter { $0 != theme.id } }
        theme.consecutive = random.chance(0.3)
      }
    }
    for i in s.talks.indices where random.chance(0.2) {
      s.talks.modify(at: i) {
        $0.avoid = Preference(to: TimeOfDay(minutes: 600), session: s.sessions.last?.id)
      }
    }
    return s
  }
}
