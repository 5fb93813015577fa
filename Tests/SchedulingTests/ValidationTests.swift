import Testing

@testable import Scheduling

/// The model's field rules, defined once in `Validation.swift` and used by every reader.
@Suite struct ValidationTests {
  static let base = Talk(
    id: "t1", title: "Talk", theme: "x", speakers: ["s1"], duration: 60,
    at: Placement(date: Fixture.d1, room: "a", start: Fixture.time(9)))

  func fields(_ change: (inout Talk) -> Void) -> [String] {
    var talk = Self.base
    change(&talk)
    return talk.problems(in: Fixture.schedule([Self.base])).map(\.field)
  }

  @Test func aValidTalkHasNoProblem() {
    #expect(fields { _ in }.isEmpty)
  }

  @Test func eachRuleNamesItsField() {
    #expect(fields { $0.duration = 1500 } == ["duration"])
    #expect(fields { $0.duration = 50 } == ["duration"])
    #expect(fields { $0.duration = 0 } == ["duration"])
    #expect(fields { $0.title = "  " } == ["title"])
    #expect(fields { $0.id = "two words" } == ["id"])
    #expect(fields { $0.theme = "nope" } == ["theme"])
    #expect(fields { $0.speakers = ["s1", "s9", "s1"] } == ["speakers", "speakers"])
    #expect(fields { $0.audience = -1 } == ["audience"])
    #expect(fields { $0.needs = ["a projector"] } == ["needs"])
    #expect(fields { $0.at?.room = "z" } == ["at.room"])
    #expect(fields { $0.at?.start = Fixture.time(9, 10) } == ["at.start"])
    #expect(fields { $0.at?.date = CalendarDate(iso: "2010-03-16")! } == ["at.date"])
    #expect(fields { $0.prefer = Preference() } == ["prefer"])
    #expect(
      fields { $0.prefer = Preference(from: Fixture.time(12), to: Fixture.time(10)) }
        == ["prefer.to"])
    #expect(fields { $0.after = ["t1"] } == ["after"])
    #expect(fields { $0.after = ["t7"] } == ["after"])
    #expect(fields { $0.language = "not a tag" } == ["language"])
    #expect(fields { $0.titles = ["a b": "x"] } == ["titles"])
  }

  @Test func aListProblemSaysWhichItem() {
    var talk = Self.base
    talk.speakers = ["s1", "s2", "ghost"]
    let problem = talk.problems(in: Fixture.schedule()).first
    #expect(problem?.item == 2)
    #expect(problem?.missing == .init(kind: .speaker, id: "ghost"))
    #expect(problem?.description == "speakers[2]: ghost is not a known speaker")
  }

  @Test func anEditBreakingARuleIsRefusedAndChangesNothing() {
    var schedule = Fixture.schedule([Self.base])
    let before = schedule
    var long = Self.base
    long.duration = 1500
    #expect(throws: EditError("talk t1: duration: 1500 minutes is longer than a day")) {
      try Edit.updateTalk(long).apply(to: &schedule)
    }
    let offGrid = Placement(date: Fixture.d1, room: "a", start: Fixture.time(9, 5))
    #expect(throws: EditError.self) { try Edit.place(talk: "t1", at: offGrid).apply(to: &schedule) }
    var day = schedule.days[0]
    day.breaks.append(Break(start: Fixture.time(10, 45), end: Fixture.time(11, 30), title: "Tea"))
    #expect(throws: EditError.self) { try Edit.updateDay(day).apply(to: &schedule) }
    #expect(throws: EditError.self) {
      try Edit.addRoom(Room(id: "c", name: "", capacity: 10), index: nil).apply(to: &schedule)
    }
    #expect(schedule == before)
  }

  @Test func daysAndSpeakersFollowTheirRules() {
    let schedule = Fixture.schedule()
    var day = schedule.days[0]
    day.closes = Fixture.time(8)
    #expect(day.problems(slot: 15).map(\.field).contains("closes"))
    day = schedule.days[0]
    day.breaks = [
      Break(start: Fixture.time(10), end: Fixture.time(11), title: "A"),
      Break(start: Fixture.time(10, 30), end: Fixture.time(12), title: "B"),
    ]
    #expect(day.problems(slot: 15).map(\.item) == [1])
    let speaker = Speaker(
      id: "s", name: "S",
      unavailable: [
        Unavailability(
          date: CalendarDate(iso: "2010-03-20")!, from: Fixture.time(9), to: Fixture.time(10))
      ])
    #expect(speaker.problems(in: ModelContext(schedule)).map(\.path) == ["unavailable[0].date"])
  }

  /// Every event the generator makes is valid under every rule (the solver's inputs).
  @Test(arguments: [1, 2, 3]) func generatedEventsBreakNoRule(seed: UInt64) {
    for size in Generator.Size.all.prefix(3) {
      let schedule = Generator.event(size, seed: seed)
      #expect(schedule.problems.isEmpty, "\(size.name): \(schedule.problems.prefix(3))")
    }
  }
}

@Suite struct TemplateTests {
  @Test func placeholdersAreFilledOnceAndOthersKept() {
    #expect("{1} and {2}".filled(with: ["a", "{2}"]) == "a and {2}")
    #expect("{3} {1}".filled(with: ["x"]) == "{3} x")
    #expect("{}{x}{12}".filled(with: []) == "{}{x}{12}")
    #expect("“{1}”".filled(with: ["حفل"]) == "“حفل”")
  }
}

extension ValidationTests {
  /// A speaker's contact is checked as far as a mistyped field shows: an email has one `@`
  /// and a domain, a phone number digits; names in other languages have language tags.
  @Test func aSpeakersContactIsChecked() {
    let context = ModelContext(slot: 15) { _, _ in true }
    func fields(_ speaker: Speaker) -> [String] { speaker.problems(in: context).map(\.field) }
    let good = Speaker(
      id: "s1", name: "Nadia Haddad", names: ["ar": "نادية حداد"], email: "n.haddad@example.dz",
      phone: "+213 (0)21 12-34.56")
    #expect(fields(good).isEmpty)
    for email in ["Nadia Haddad", "n@", "@example.org", "n@example", "n @x.org", "a@b@c.org"] {
      var speaker = good
      speaker.email = email
      #expect(fields(speaker) == ["email"], "\(email)")
    }
    for phone in ["call her", "+", "021 12 34 56 ext 3"] {
      var speaker = good
      speaker.phone = phone
      #expect(fields(speaker) == ["phone"], "\(phone)")
    }
    var arabicDigits = good
    arabicDigits.phone = "٠٢١ ١٢ ٣٤"
    #expect(fields(arabicDigits).isEmpty)
    var badTag = good
    badTag.names = ["arabic!": "x"]
    #expect(fields(badTag) == ["names"])
  }
}
