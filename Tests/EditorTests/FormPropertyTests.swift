import Testing

@testable import Editor
@testable import Scheduling

/// Every form edits only the fields it shows (issue 9, fault 2): for random schedules, open
/// each kind of form, change one field, accept: the schedule differs from the original in
/// that field only. Accepting a form left alone changes nothing at all.
@Suite struct FormPropertyTests {
  /// Languages of translations: some every form shows (ar, fr, en), some none does.
  static let languages = ["ar", "fr", "en", "de", "es", "zh-Hans", "kab"]

  /// A generated event with translations, notes and publication records everywhere,
  /// including in languages the forms do not show.
  static func schedule(seed: UInt64) -> Schedule {
    var random = SeededRandom(seed: seed)
    var schedule = Generator.event(.forum, seed: seed)
    func translations() -> Translations {
      var result: Translations = [:]
      for language in languages where random.below(3) == 0 {
        result[language] = "\(language) \(random.below(1000)) ;x"
      }
      return result
    }
    for i in schedule.talks.indices {
      schedule.talks.modify(at: i) { talk in
        talk.titles = translations()
        talk.abstract = random.below(2) == 0 ? "Abstract \(random.below(99))" : nil
        talk.language = random.below(2) == 0 ? "fr" : nil
        talk.revision = Revision(
          sequence: random.below(9), fingerprint: "f\(random.below(99))",
          modified: "20100301T090000Z")
      }
    }
    for i in schedule.rooms.indices {
      schedule.rooms.modify(at: i) { room in
        room.names = translations()
        room.notes = "room note \(random.below(9))"
      }
    }
    for i in schedule.themes.indices {
      schedule.themes.modify(at: i) { theme in
        theme.names = translations()
        theme.notes = "theme note"
      }
    }
    for i in schedule.speakers.indices {
      schedule.speakers.modify(at: i) { speaker in
        speaker.names = translations()
        speaker.email = random.below(2) == 0 ? "s\(i)@example.org" : nil
        speaker.notes = random.below(2) == 0 ? "speaker note" : nil
      }
    }
    for i in schedule.days.indices {
      schedule.days.modify(at: i) { day in
        day.notes = "day note"
        for b in day.breaks.indices {
          day.breaks[b].titles = translations()
          // A title with the field's separator in it.
          if random.below(3) == 0 { day.breaks[b].title += "; tea" }
        }
      }
    }
    return schedule
  }

  /// The schedule after accepting `form`.
  func accept(_ form: Form, _ schedule: Schedule) throws -> Schedule {
    var result = schedule
    switch form.edit(in: schedule) {
    case .success(let edit): _ = try edit.apply(to: &result)
    case .failure(let error): Issue.record("the form refused: \(error.message)")
    }
    return result
  }

  func setText(_ form: inout Form, _ key: String, _ text: String) {
    guard let i = form.fields.firstIndex(where: { $0.key == key }) else {
      Issue.record("no field \(key)")
      return
    }
    form.fields[i].value = .text(TextField(text))
  }

  /// One change to a form: which field, how the organizer changes it, and what that must do
  /// to the object the form edits (and nothing else).
  typealias Change<Element> = (
    key: String, edit: (inout Form) -> Void, expected: (inout Element) -> Void
  )

  /// Accepts `form` once left alone and once per change, each time comparing the whole
  /// schedule with what the change alone should make of it.
  func check<Element>(
    _ form: Form, of element: Element, in schedule: Schedule, _ changes: [Change<Element>],
    replacing update: (inout Schedule, Element) -> Void
  ) throws {
    #expect(try accept(form, schedule) == schedule, "\(form.title) left alone")
    for change in changes {
      var edited = form
      change.edit(&edited)
      var wanted = schedule
      var changed = element
      change.expected(&changed)
      update(&wanted, changed)
      #expect(try accept(edited, schedule) == wanted, "\(form.title), field \(change.key)")
    }
  }

  @Test(arguments: 1...12 as ClosedRange<UInt64>)
  func aFormChangesOnlyTheFieldThatWasEdited(seed: UInt64) throws {
    let schedule = Self.schedule(seed: seed)
    var random = SeededRandom(seed: seed &* 7919)
    let slot = schedule.event.slot

    // Talks.
    let talk = schedule.talks[random.below(schedule.talks.count)]
    var talkChanges: [Change<Talk>] = [
      ("title", { setText(&$0, "title", "New title") }, { $0.title = "New title" }),
      ("title.ar", { setText(&$0, "title.ar", "عنوان جديد") }, { $0.titles["ar"] = "عنوان جديد" }),
      ("title.fr", { setText(&$0, "title.fr", "") }, { $0.titles["fr"] = nil }),
      (
        "duration", { setText(&$0, "duration", String(talk.duration + slot)) },
        { $0.duration += slot }
      ),
      ("audience", { setText(&$0, "audience", "77") }, { $0.audience = 77 }),
      ("notes", { setText(&$0, "notes", "A note") }, { $0.notes = "A note" }),
      ("abstract", { setText(&$0, "abstract", "Résumé") }, { $0.abstract = "Résumé" }),
      ("language", { setText(&$0, "language", "ar") }, { $0.language = "ar" }),
      ("at", { setText(&$0, "at", "") }, { $0.at = nil }),
      (
        "prefer", { setText(&$0, "prefer", "\(schedule.days[0].date.iso) 09:00-") },
        { $0.prefer = Preference(date: schedule.days[0].date, from: TimeOfDay(minutes: 540)) }
      ),
      (
        "pinned",
        { form in
          let i = form.fields.firstIndex { $0.key == "pinned" }!
          form.fields[i].value = .choice(
            options: ["no", "yes"], labels: ["no", "yes"], index: talk.pinned ? 0 : 1)
        }, { $0.pinned.toggle() }
      ),
    ]
    let other = schedule.talks.ids.first { $0 != talk.id && !talk.after.contains($0) }!
    talkChanges.append(
      (
        "after",
        { form in
          let i = form.fields.firstIndex { $0.key == "after" }!
          guard case .many(let options, let labels, _) = form.fields[i].value else { return }
          form.fields[i].value = .many(options: options, labels: labels, selected: [other])
        }, { $0.after = [other] }
      ))
    let room = schedule.rooms[random.below(schedule.rooms.count)].id
    let place = Placement(
      date: schedule.days.last!.date, room: room, start: schedule.days.last!.opens)
    talkChanges.append(
      (
        "at", { setText(&$0, "at", "\(place.date.iso) \(place.start) \(room)") },
        { $0.at = place }
      ))
    let kinds = TalkKind.allCases.filter { $0 != talk.kind }
    let kind = kinds[random.below(kinds.count)]
    talkChanges.append(
      (
        "kind",
        { form in
          let i = form.fields.firstIndex { $0.key == "kind" }!
          let options = TalkKind.allCases.map(\.rawValue)
          form.fields[i].value = .choice(
            options: options, labels: options, index: options.firstIndex(of: kind.rawValue)!)
        }, { $0.kind = kind }
      ))
    let speakers = Array(schedule.speakers.ids.prefix(2))
    if talk.speakers != speakers {
      talkChanges.append(
        (
          "speakers",
          { form in
            let i = form.fields.firstIndex { $0.key == "speakers" }!
            guard case .many(let options, let labels, _) = form.fields[i].value else { return }
            form.fields[i].value = .many(options: options, labels: labels, selected: speakers)
          }, { $0.speakers = speakers }
        ))
    }
    try check(
      Form.talk(talk, isNew: false, in: schedule), of: talk, in: schedule, talkChanges,
      replacing: { $0.talks.update($1) })

    // Rooms.
    let someRoom = schedule.rooms[random.below(schedule.rooms.count)]
    try check(
      Form.room(someRoom, in: schedule), of: someRoom, in: schedule,
      [
        ("name", { setText(&$0, "name", "Salle X") }, { $0.name = "Salle X" }),
        ("name.fr", { setText(&$0, "name.fr", "Salle") }, { $0.names["fr"] = "Salle" }),
        ("capacity", { setText(&$0, "capacity", "321") }, { $0.capacity = 321 }),
        (
          "features", { setText(&$0, "features", "wifi, stage") },
          { $0.features = ["stage", "wifi"] }
        ),
      ], replacing: { $0.rooms.update($1) })

    // Themes.
    let theme = schedule.themes[random.below(schedule.themes.count)]
    try check(
      Form.theme(theme, in: schedule), of: theme, in: schedule,
      [
        ("name", { setText(&$0, "name", "Theme X") }, { $0.name = "Theme X" }),
        ("name.ar", { setText(&$0, "name.ar", "محور") }, { $0.names["ar"] = "محور" }),
      ], replacing: { $0.themes.update($1) })

    // Days.
    let day = schedule.days[random.below(schedule.days.count)]
    var dayChanges: [Change<Day>] = []
    if day.opens.minutes >= slot {
      let earlier = TimeOfDay(minutes: day.opens.minutes - slot)!
      dayChanges.append(
        ("opens", { setText(&$0, "opens", earlier.description) }, { $0.opens = earlier }))
    }
    if day.closes.minutes + slot <= 1440 {
      let later = TimeOfDay(minutes: day.closes.minutes + slot)!
      dayChanges.append(
        ("closes", { setText(&$0, "closes", later.description) }, { $0.closes = later }))
    }
    if !day.breaks.isEmpty {
      let b = random.below(day.breaks.count)
      var renamed = day.breaks
      renamed[b].title = "Pause; café"
      dayChanges.append(
        (
          "breaks", { setText(&$0, "breaks", Form.breaksText(renamed)) },
          { $0.breaks[b].title = "Pause; café" }
        ))
    }
    try check(
      Form.day(day, in: schedule), of: day, in: schedule, dayChanges,
      replacing: { $0.days.update($1) })

    // Speakers.
    let speaker = schedule.speakers[random.below(schedule.speakers.count)]
    let date = schedule.days[random.below(schedule.days.count)].date
    let away = Unavailability(
      date: date, from: TimeOfDay(minutes: 9 * 60)!, to: TimeOfDay(minutes: 12 * 60)!)
    try check(
      Form.speaker(speaker, in: schedule), of: speaker, in: schedule,
      [
        ("name", { setText(&$0, "name", "Nadia H.") }, { $0.name = "Nadia H." }),
        ("name.ar", { setText(&$0, "name.ar", "نادية") }, { $0.names["ar"] = "نادية" }),
        ("affiliation", { setText(&$0, "affiliation", "CNAM") }, { $0.affiliation = "CNAM" }),
        ("email", { setText(&$0, "email", "n@example.dz") }, { $0.email = "n@example.dz" }),
        ("phone", { setText(&$0, "phone", "+213 21 00") }, { $0.phone = "+213 21 00" }),
        (
          "unavailable", { setText(&$0, "unavailable", "\(date.iso) 09:00-12:00") },
          { $0.unavailable = [away] }
        ),
        ("notes", { setText(&$0, "notes", "") }, { $0.notes = nil }),
      ], replacing: { $0.speakers.update($1) })
  }

  /// The fault as it was found: editing one break's title in the day form deleted the
  /// Arabic and French names of all the day's breaks.
  @Test func editingABreakTitleKeepsEveryBreaksTranslations() throws {
    let schedule = Sample.schedule
    let day = schedule.days[0]
    var form = Form.day(day, in: schedule)
    var renamed = day.breaks
    renamed[0].title = "Coffee and tea"
    setText(&form, "breaks", Form.breaksText(renamed))
    let result = try accept(form, schedule)
    let breaks = result.days[0].breaks
    #expect(breaks[0].title == "Coffee and tea")
    #expect(breaks.map(\.titles) == day.breaks.map(\.titles))
    #expect(breaks[0].titles["ar"] == "استراحة قهوة")
  }
}
