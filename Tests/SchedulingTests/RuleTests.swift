import Testing

@testable import Scheduling

/// Each rule: a case that passes and a case that fails, through the public index.
@Suite struct RuleTests {
  typealias F = Fixture

  @Test func roomOverlap() {
    let ok = F.schedule([F.talk("t1", "a", 9), F.talk("t2", "a", 10)])
    #expect(F.conflicts(.roomOverlap, in: ok).isEmpty)
    let bad = F.schedule([F.talk("t1", "a", 9), F.talk("t2", "a", 9, 30)])
    let found = F.conflicts(.roomOverlap, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.talks == ["t1", "t2"])
    #expect(found.first?.severity == .error)
    #expect(found.first?.room == "a")
    #expect(found.first?.start == F.time(9, 30))
    #expect(found.first?.end == F.time(10))
    #expect(found.first?.message.contains("Room A") == true)
  }

  @Test func roomOverlapIgnoresCancelledTalks() {
    let s = F.schedule([F.talk("t1", "a", 9), F.talk("t2", "a", 9, status: .cancelled)])
    #expect(ConflictIndex(s).conflicts.isEmpty)
  }

  @Test func speakerOverlap() {
    let ok = F.schedule([
      F.talk("t1", "a", 9, speakers: ["s1"]), F.talk("t2", "b", 9, speakers: ["s2"]),
    ])
    #expect(F.conflicts(.speakerOverlap, in: ok).isEmpty)
    let bad = F.schedule([
      F.talk("t1", "a", 9, speakers: ["s1"]), F.talk("t2", "b", 9, 45, speakers: ["s2", "s1"]),
    ])
    let found = F.conflicts(.speakerOverlap, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.speaker == "s1")
    #expect(found.first?.talks == ["t1", "t2"])
  }

  @Test func speakerOverlapOnlyOnTheSameDay() {
    let s = F.schedule([
      F.talk("t1", "a", 9, speakers: ["s1"]), F.talk("t2", "b", 9, day: F.d2, speakers: ["s1"]),
    ])
    #expect(F.conflicts(.speakerOverlap, in: s).isEmpty)
  }

  @Test func plenaryParallel() {
    let ok = F.schedule([F.talk("p", "hall", 9, kind: .plenary), F.talk("t", "a", 10)])
    #expect(F.conflicts(.plenaryParallel, in: ok).isEmpty)
    let bad = F.schedule([F.talk("p", "hall", 9, kind: .ceremony), F.talk("t", "a", 9, 30)])
    let found = F.conflicts(.plenaryParallel, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("ceremony p") == true)
  }

  @Test func twoPlenariesAtOnceAreOneConflict() {
    let s = F.schedule([
      F.talk("p1", "hall", 9, kind: .plenary), F.talk("p2", "a", 9, kind: .plenary),
    ])
    #expect(F.conflicts(.plenaryParallel, in: s).count == 1)
  }

  @Test func outsideHours() {
    let ok = F.schedule([F.talk("t1", "a", 9), F.talk("t2", "a", 17)])
    #expect(F.conflicts(.outsideHours, in: ok).isEmpty)
    let early = F.schedule([F.talk("t1", "a", 8, 45)])
    #expect(F.conflicts(.outsideHours, in: early).count == 1)
    let late = F.schedule([F.talk("t1", "a", 16, 30, day: F.d2)])
    let found = F.conflicts(.outsideHours, in: late)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("09:00–17:00") == true)
  }

  @Test func breakOverlap() {
    let ok = F.schedule([F.talk("t1", "a", 9, 30), F.talk("t2", "b", 11)])
    #expect(F.conflicts(.breakOverlap, in: ok).isEmpty)
    let bad = F.schedule([F.talk("t1", "a", 10)])
    let found = F.conflicts(.breakOverlap, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.start == F.time(10, 30))
    #expect(found.first?.message.contains("Coffee break") == true)
  }

  @Test func overCapacity() {
    let ok = F.schedule([F.talk("t1", "b", 9, audience: 30)])
    #expect(F.conflicts(.overCapacity, in: ok).isEmpty)
    let bad = F.schedule([F.talk("t1", "b", 9, audience: 31)])
    let found = F.conflicts(.overCapacity, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("31 people") == true)
    #expect(found.first?.message.contains("seats 30") == true)
  }

  @Test func speakerUnavailable() {
    let ok = F.schedule([
      F.talk("t1", "a", 13, speakers: ["s3"]), F.talk("t2", "a", 15, speakers: ["s3"]),
    ])
    #expect(F.conflicts(.speakerUnavailable, in: ok).isEmpty)
    let bad = F.schedule([F.talk("t1", "a", 14, 30, speakers: ["s1", "s3"])])
    let found = F.conflicts(.speakerUnavailable, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.speaker == "s3")
    // The unavailability is on the first day only.
    let otherDay = F.schedule([F.talk("t1", "a", 14, day: F.d2, speakers: ["s3"])])
    #expect(F.conflicts(.speakerUnavailable, in: otherDay).isEmpty)
  }

  @Test func missingFeature() {
    let ok = F.schedule([F.talk("t1", "hall", 9, needs: ["interpretation", "projector"])])
    #expect(F.conflicts(.missingFeature, in: ok).isEmpty)
    let bad = F.schedule([F.talk("t1", "a", 9, needs: ["interpretation", "projector"])])
    let found = F.conflicts(.missingFeature, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("interpretation") == true)
    let unknown = F.schedule([F.talk("t1", "hall", 9, needs: ["hologram"])])
    #expect(F.conflicts(.missingFeature, in: unknown).first?.message.contains("hologram") == true)
  }

  @Test func themeParallel() {
    let ok = F.schedule([F.talk("t1", "a", 9, theme: "x"), F.talk("t2", "b", 9, theme: "y")])
    #expect(F.conflicts(.themeParallel, in: ok).isEmpty)
    let bad = F.schedule([F.talk("t1", "a", 9, theme: "x"), F.talk("t2", "b", 9, 30, theme: "x")])
    let found = F.conflicts(.themeParallel, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.severity == .warning)
    #expect(found.first?.theme == "x")
  }

  @Test func speakerBackToBack() {
    let sameRoom = F.schedule([
      F.talk("t1", "a", 9, speakers: ["s1"]), F.talk("t2", "a", 10, speakers: ["s1"]),
    ])
    #expect(F.conflicts(.speakerBackToBack, in: sameRoom).isEmpty)
    let withGap = F.schedule([
      F.talk("t1", "a", 9, speakers: ["s1"]), F.talk("t2", "b", 10, 15, speakers: ["s1"]),
    ])
    #expect(F.conflicts(.speakerBackToBack, in: withGap).isEmpty)
    let bad = F.schedule([
      F.talk("t1", "a", 9, speakers: ["s1"]), F.talk("t2", "b", 10, speakers: ["s1"]),
    ])
    let found = F.conflicts(.speakerBackToBack, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.start == F.time(10))
    #expect(found.first?.message.contains("ends t1 in Room A at 10:00") == true)
  }

  @Test func unscheduled() {
    let ok = F.schedule([F.talk("t1", "a", 9), F.talk("t2", status: .cancelled)])
    #expect(F.conflicts(.unscheduled, in: ok).isEmpty)
    let bad = F.schedule([F.talk("t1"), F.talk("t2", status: .tentative)])
    #expect(F.conflicts(.unscheduled, in: bad).map(\.talks) == [["t1"], ["t2"]])
  }

  @Test func missingTranslation() {
    let ok = F.schedule([F.talk("t1", "a", 9)])
    #expect(F.conflicts(.missingTranslation, in: ok).isEmpty)
    var talk = F.talk("t2", "b", 9)
    talk.titles["fr"] = nil
    var bad = F.schedule([F.talk("t1", "a", 9), talk])
    let found = F.conflicts(.missingTranslation, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.message.hasSuffix("has no title in fr") == true)
    // A theme without a name in a language the talks use.
    bad.themes.update(Theme(id: "y", name: "Theme Y", names: ["ar": "ص"]))
    let themes = F.conflicts(.missingTranslation, in: bad).filter { $0.theme == "y" }
    #expect(themes.count == 1)
    #expect(themes.first?.talks == [])
  }

  @Test func preferenceMissed() {
    var talk = F.talk("t1", "a", 9)
    talk.prefer = Preference(date: F.d1, from: F.time(9), to: F.time(12))
    #expect(F.conflicts(.preferenceMissed, in: F.schedule([talk])).isEmpty)
    talk.at?.start = F.time(11, 30)
    let found = F.conflicts(.preferenceMissed, in: F.schedule([talk]))
    #expect(found.count == 1)
    #expect(found.first?.message.contains("prefers 14 Mar 09:00–12:00") == true)
  }

  @Test func orderBroken() {
    var keynote = F.talk("k", "hall", 10)
    keynote.after = ["open"]
    let ok = F.schedule([F.talk("open", "hall", 9), keynote])
    #expect(F.conflicts(.orderBroken, in: ok).isEmpty)
    keynote.at?.start = F.time(9, 30)
    let bad = F.schedule([F.talk("open", "hall", 9), keynote])
    let found = F.conflicts(.orderBroken, in: bad)
    #expect(found.count == 1)
    #expect(found.first?.talks == ["k", "open"])
    // Order across days follows the days' order.
    keynote.at = Placement(date: F.d2, room: "a", start: F.time(9))
    #expect(
      F.conflicts(.orderBroken, in: F.schedule([F.talk("open", "hall", 9), keynote])).isEmpty)
  }

  @Test func everyRuleHasAUniqueKindAndTheDocumentedSeverity() {
    let kinds = RuleBook.standard.rules.map(\.kind)
    #expect(Set(kinds).count == kinds.count)
    let errors: Set<ConflictKind> = [
      .roomOverlap, .speakerOverlap, .plenaryParallel, .outsideHours, .breakOverlap,
      .overCapacity, .speakerUnavailable, .missingFeature, .sessionRoom, .sessionTime,
      .sessionTaken, .chairBusy, .mixedTrack,
    ]
    for rule in RuleBook.standard.rules {
      #expect((rule.severity == .error) == errors.contains(rule.kind), "\(rule.kind)")
    }
  }
}
