import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// The `sessions:` section: layout of talks without `at`, references checked at their
/// position, and files without sessions unchanged.
@Suite struct SessionFileTests {
  static let base =
    LoaderErrorTests.valid + """
        - id: t2
          title: Second
          duration: 30
        - id: t3
          title: Third
          duration: 45
          at: null
      sessions:
        - id: S1
          title: Clusters
          titles: {fr: Grappes}
          theme: x
          chair: s1
          at: {date: 2010-03-14, room: a, start: "14:00"}
          talks: [t2, t3]

      """

  func load(_ text: String) throws(LoadError) -> Schedule {
    try ScheduleFile.decode(Array(text.utf8), file: "f.yaml")
  }

  func problems(_ text: String) -> [String] {
    do {
      _ = try load(text)
      return []
    } catch {
      return error.problems.map { "\($0.line):\($0.column): \($0.message)" }
    }
  }

  @Test func talksWithoutAtAreLaidOutBackToBack() throws {
    let s = try load(Self.base)
    let session = try #require(s.sessions[id: "S1"])
    // Without a duration the session lasts as long as its talks: 30 + 45.
    #expect(session.duration == 75)
    #expect(session.chair == "s1")
    #expect(session.titles["fr"] == "Grappes")
    #expect(s.talks[id: "t2"]?.at?.start == TimeOfDay(hour: 14, minute: 0))
    // `at: null` keeps a talk of a scheduled session unscheduled.
    #expect(s.talks[id: "t3"]?.at == nil)
    let placed = try load(Self.base.replacingOccurrences(of: "    at: null\n", with: ""))
    #expect(placed.talks[id: "t3"]?.at?.start == TimeOfDay(hour: 14, minute: 30))
    #expect(ConflictIndex(placed).conflicts.filter { $0.severity == .error }.isEmpty)
  }

  @Test func savingKeepsTheSessionAndTheUnscheduledTalk() throws {
    let s = try load(Self.base)
    let text = ScheduleFile.encode(s)
    #expect(text.contains("sessions:\n  - id: S1\n"))
    #expect(text.contains("    at: null\n"))
    #expect(try load(text) == s)
  }

  @Test func aTalkWithItsOwnStartKeepsItAndTheNextFollows() throws {
    let text = Self.base.replacingOccurrences(of: "    at: null\n", with: "")
      .replacingOccurrences(
        of: "    title: Second\n    duration: 30\n",
        with:
          "    title: Second\n    duration: 30\n    at: {date: 2010-03-14, room: a, start: \"14:15\"}\n"
      )
    let s = try load(text)
    #expect(s.talks[id: "t2"]?.at?.start == TimeOfDay(hour: 14, minute: 15))
    #expect(s.talks[id: "t3"]?.at?.start == TimeOfDay(hour: 14, minute: 45))
  }

  @Test func badReferencesNameTheirField() {
    let found = problems(
      Self.base.replacingOccurrences(of: "chair: s1", with: "chair: s2")
        .replacingOccurrences(of: "talks: [t2, t3]", with: "talks: [t2, t4, t2]"))
    #expect(
      found.contains("39:12: sessions[0] (S1).chair: s2 is not a known speaker (did you mean s1?)"))
    #expect(
      found.contains("41:17: sessions[0] (S1).talks: t4 is not a known talk (did you mean t1?)"))
    #expect(found.contains("41:21: sessions[0] (S1).talks: t2 is listed twice"))
  }

  @Test func aTalkInTwoSessionsIsRefused() {
    let text =
      Self.base + """
          - id: S2
            title: Again
            talks: [t3]

        """
    #expect(problems(text) == ["44:13: sessions[1] (S2).talks: t3 is already in session S1"])
  }

  @Test func mixedTracksFalseIsReadAndWritten() throws {
    let text = Self.base.replacingOccurrences(
      of: "  slot: 15\n", with: "  slot: 15\n  mixed-tracks: false\n")
    let s = try load(text)
    #expect(!s.event.mixedTracks)
    #expect(ScheduleFile.encode(s).contains("  mixed-tracks: false\n"))
  }
}

/// Track wishes in the file: read, written, and their references checked at their place.
@Suite struct TrackWishFileTests {
  static let text = LoaderErrorTests.valid.replacingOccurrences(
    of: "  - {id: x, name: Theme X}\n",
    with: """
        - id: x
          name: Theme X
          prefer: {date: 2010-03-14, from: "09:00"}
          avoid: {session: S9}
          rooms: [a, z]
          apart: [x]
          consecutive: true

      """)

  @Test func badReferencesAreReportedAtTheirField() {
    do {
      _ = try ScheduleFile.decode(Array(Self.text.utf8), file: "f.yaml")
      Issue.record("loaded")
    } catch {
      let found = error.problems.map { "\($0.line):\($0.column): \($0.message)" }
      #expect(
        found.contains { $0.contains("themes[0] (x).avoid.session: S9 is not a known session") })
      #expect(found.contains { $0.contains("themes[0] (x).rooms: z is not a known room") })
      #expect(
        found.contains { $0.contains("themes[0] (x).apart: a track cannot be apart from itself") })
    }
  }

  @Test func wishesRoundTrip() throws {
    let good = Self.text.replacingOccurrences(of: "{session: S9}", with: "{from: \"17:00\"}")
      .replacingOccurrences(of: "[a, z]", with: "[a]").replacingOccurrences(
        of: "apart: [x]", with: "apart: []")
    let s = try ScheduleFile.decode(Array(good.utf8), file: "f.yaml")
    let theme = try #require(s.themes[id: "x"])
    #expect(theme.rooms == ["a"])
    #expect(theme.consecutive)
    #expect(theme.avoid?.from == TimeOfDay(hour: 17, minute: 0))
    #expect(try ScheduleFile.decode(Array(ScheduleFile.encode(s).utf8), file: "f") == s)
  }
}

/// A remote presenter's zone: checked against the tz database, and their clock worked out
/// for each day of the event (New York moved to daylight time on 14 March 2010).
@Suite struct SpeakerZoneFileTests {
  @Test func theShiftFollowsTheTzDatabase() throws {
    let text = LoaderErrorTests.valid.replacingOccurrences(
      of: "    name: Speaker\n", with: "    name: Speaker\n    zone: America/New_York\n")
    let s = try ScheduleFile.decode(Array(text.utf8), file: "f.yaml")
    #expect(s.speakers[0].zone == "America/New_York")
    // Algiers is UTC+1; New York on 14 March 2010 at noon is UTC-4.
    #expect(s.speakers[0].shifts.values.allSatisfy { $0 == -300 })
    #expect(ScheduleFile.encode(s).contains("    zone: America/New_York\n"))
  }

  @Test func eachDayHasTheShiftOfItsOwnDate() throws {
    // The event moved a day earlier: the 13th is still winter time in New York.
    let text = LoaderErrorTests.valid.replacingOccurrences(
      of: "    name: Speaker\n", with: "    name: Speaker\n    zone: America/New_York\n"
    ).replacingOccurrences(of: "2010-03-14", with: "2010-03-13")
      .replacingOccurrences(
        of: "\nrooms:\n",
        with: "\n  - date: 2010-03-14\n    opens: \"09:00\"\n    closes: \"17:00\"\nrooms:\n")
    let s = try ScheduleFile.decode(Array(text.utf8), file: "f.yaml")
    let d13 = try #require(CalendarDate(iso: "2010-03-13"))
    let d14 = try #require(CalendarDate(iso: "2010-03-14"))
    #expect(s.speakers[0].shifts == [d13: -360, d14: -300])
  }

  @Test func anUnknownZoneIsReportedAtItsField() {
    let text = LoaderErrorTests.valid.replacingOccurrences(
      of: "    name: Speaker\n", with: "    name: Speaker\n    zone: America/New_Yrok\n")
    do {
      _ = try ScheduleFile.decode(Array(text.utf8), file: "f.yaml")
      Issue.record("loaded")
    } catch {
      #expect(
        error.problems.map(\.message).contains {
          $0.contains("speakers[0] (s1).zone: \"America/New_Yrok\" is not a time zone")
            && $0.contains("did you mean America/New_York?")
        })
    }
  }
}
