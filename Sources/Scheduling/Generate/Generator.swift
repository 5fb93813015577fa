/// Makes realistic events of a given size from a seed, for benchmarks and property tests.
///
/// Every generated event is built around a known timetable with no error-severity conflict:
/// talks are laid into the rooms' free time first, and speakers, audiences, needs and
/// unavailability are then chosen so that this timetable stays valid. A solver given the
/// event with its talks unscheduled must therefore be able to reach zero errors.
public enum Generator {
  /// The sizes the benchmarks and tests use.
  public struct Size: Sendable, Equatable {
    public var name: String
    public var talks: Int
    public var rooms: Int
    public var days: Int

    public init(name: String, talks: Int, rooms: Int, days: Int) {
      self.name = name
      self.talks = talks
      self.rooms = rooms
      self.days = days
    }

    public static let forum = Size(name: "forum", talks: 40, rooms: 4, days: 2)
    public static let medium = Size(name: "medium", talks: 200, rooms: 6, days: 3)
    public static let large = Size(name: "large", talks: 1000, rooms: 20, days: 4)
    public static let congress = Size(name: "congress", talks: 2000, rooms: 40, days: 4)
    public static let all = [forum, medium, large, congress]

    public static func named(_ name: String) -> Size? { all.first { $0.name == name } }
  }

  private static let features = ["interpretation", "projector", "recording", "whiteboard"]
  private static let wordsEN = [
    "Innovation", "Clusters", "Financing", "Export", "Quality", "Networks", "Incubation",
    "Subcontracting", "Design", "Skills", "Markets", "Digital tools", "Standards", "Energy",
    "Crafts", "Logistics", "Leasing", "Guarantees", "Patents", "Partnerships",
  ]
  private static let wordsAR = [
    "الابتكار", "التجمعات", "التمويل", "التصدير", "الجودة", "الشبكات", "الاحتضان", "المناولة",
    "التصميم", "المهارات", "الأسواق", "الأدوات الرقمية", "المعايير", "الطاقة", "الحرف",
    "الإمداد", "الإيجار التمويلي", "الضمانات", "البراءات", "الشراكات",
  ]
  private static let wordsFR = [
    "Innovation", "Grappes", "Financement", "Exportation", "Qualité", "Réseaux", "Incubation",
    "Sous-traitance", "Design", "Compétences", "Marchés", "Outils numériques", "Normes",
    "Énergie", "Artisanat", "Logistique", "Crédit-bail", "Garanties", "Brevets", "Partenariats",
  ]

  /// An event of `size` whose every talk is placed without error.
  public static func event(_ size: Size, seed: UInt64) -> Schedule {
    var random = SeededRandom(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(size.talks))
    let slot = 15
    let event = Event(
      title: "Generated \(size.name) event \(seed)", titles: ["ar": "ملتقى تجريبي \(seed)"],
      venue: "Conference centre", timezone: "Africa/Algiers", slot: slot)

    // Days: 08:00–19:00 with coffee, lunch and an afternoon pause.
    let first = CalendarDate(year: 2030, month: 3, day: 10)!
    var days: [Day] = []
    for d in 0..<size.days {
      days.append(
        Day(
          date: first.adding(days: d), opens: time(8, 0), closes: time(19, 0),
          breaks: [
            Break(start: time(10, 30), end: time(11, 0), title: "Coffee break"),
            Break(start: time(12, 30), end: time(13, 30), title: "Lunch"),
            Break(start: time(16, 0), end: time(16, 15), title: "Coffee break"),
          ]))
    }

    // Rooms: a plenary hall with everything, then rooms of mixed sizes and equipment.
    var rooms: [Room] = [
      Room(id: "hall", name: "Plenary hall", capacity: 600, features: features)
    ]
    for r in 1..<max(2, size.rooms) {
      let capacity = [40, 60, 80, 120, 150, 200, 300][random.below(7)]
      let offered = features.filter { _ in random.chance(0.5) }
      rooms.append(Room(id: "r\(r)", name: "Room \(r)", capacity: capacity, features: offered))
    }

    let themeCount = min(30, max(4, size.talks / 25))
    let themes = (0..<themeCount).map { i in
      Theme(
        id: "th\(i)", name: "\(wordsEN[i % wordsEN.count]) \(i)",
        names: [
          "ar": "\(wordsAR[i % wordsAR.count]) \(i)", "fr": "\(wordsFR[i % wordsFR.count]) \(i)",
        ])
    }

    // The timetable: (day, room, start, duration) slots, filled room by room.
    struct Slot {
      var day: Int
      var room: Int
      var start: Int
      var duration: Int
      var kind: TalkKind
    }
    var slots: [Slot] = []
    let segments: [(Int, Int)] = [(480, 630), (660, 750), (810, 960), (975, 1140)]
    // Exclusive sessions: the opening on the first morning and the closing on the last
    // afternoon, in the hall with every other room empty.
    slots.append(Slot(day: 0, room: 0, start: 8 * 60, duration: 60, kind: .ceremony))
    let lastDay = size.days - 1
    slots.append(Slot(day: lastDay, room: 0, start: 18 * 60, duration: 60, kind: .ceremony))
    // Where each room's free time starts and ends, segment by segment.
    var cursor: [[[(start: Int, end: Int)]]] = (0..<size.days).map { d in
      (0..<rooms.count).map { _ in
        segments.map { segment in
          (
            d == 0 && segment.0 == 480 ? 540 : segment.0,
            d == lastDay && segment.1 == 1140 ? 1080 : segment.1
          )
        }
      }
    }
    var remaining = size.talks - slots.count
    let durations = [30, 30, 30, 30, 30, 30, 30, 30, 45, 45, 60, 90]
    // First pass: spread the talks over room-days evenly, with mixed lengths.
    let roomDays = size.days * rooms.count
    var carried = 0
    for d in 0..<size.days {
      for r in 0..<rooms.count {
        let roomDay = d * rooms.count + r
        var quota =
          (size.talks - 2) * (roomDay + 1) / roomDays - (size.talks - 2) * roomDay / roomDays
          + carried
        for g in segments.indices where quota > 0 {
          while quota > 0 {
            var duration = random.pick(durations)
            let (start, end) = cursor[d][r][g]
            if start + duration > end { duration = 30 }
            if start + duration > end { break }
            let kind: TalkKind =
              r == 0 && start == 660
              ? .keynote
              : duration >= 90 ? (random.chance(0.5) ? .panel : .workshop) : .talk
            slots.append(Slot(day: d, room: r, start: start, duration: duration, kind: kind))
            cursor[d][r][g].start += duration
            quota -= 1
            remaining -= 1
          }
        }
        carried = quota
      }
    }
    // Second pass: short talks into whatever time is left, until the count is reached.
    var progress = true
    while remaining > 0 && progress {
      progress = false
      for d in 0..<size.days {
        for r in 0..<rooms.count {
          for g in segments.indices where remaining > 0 {
            let (start, end) = cursor[d][r][g]
            guard start + 30 <= end else { continue }
            slots.append(Slot(day: d, room: r, start: start, duration: 30, kind: .talk))
            cursor[d][r][g].start += 30
            remaining -= 1
            progress = true
          }
        }
      }
    }
    // When the rooms are too full for the count, the generator places fewer talks: callers
    // read the count from the result.

    // Speakers, chosen so that no one is in two places at once.
    var speakerTalks: [[Int]] = []
    var talkSpeakers: [[Int]] = Array(repeating: [], count: slots.count)
    let speakerTarget = max(4, slots.count * 3 / 5)
    func free(_ s: Int, _ t: Int) -> Bool {
      speakerTalks[s].allSatisfy { o in
        slots[o].day != slots[t].day
          || !overlaps(
            slots[o].start, slots[o].start + slots[o].duration, slots[t].start,
            slots[t].start + slots[t].duration)
      }
    }
    for t in slots.indices {
      var wanted = random.chance(0.2) ? 2 : 1
      if slots[t].kind == .ceremony { wanted = 3 }
      if slots[t].kind == .panel { wanted = 3 + random.below(2) }
      for _ in 0..<wanted {
        var chosen: Int?
        if speakerTalks.count >= speakerTarget || (speakerTalks.count > 4 && random.chance(0.4)) {
          for _ in 0..<8 {
            let s = random.below(speakerTalks.count)
            if !talkSpeakers[t].contains(s) && free(s, t) {
              chosen = s
              break
            }
          }
        }
        let s = chosen ?? speakerTalks.count
        if chosen == nil { speakerTalks.append([]) }
        speakerTalks[s].append(t)
        talkSpeakers[t].append(s)
      }
    }
    var speakers: [Speaker] = []
    for s in speakerTalks.indices {
      var unavailable: [Unavailability] = []
      if random.chance(0.25) {
        // A morning or afternoon away, on a day and at a time the speaker has no talk.
        let d = random.below(size.days)
        let morning: (Int, Int) = (480, 750)
        let afternoon: (Int, Int) = (810, 1140)
        let window = random.chance(0.5) ? morning : afternoon
        let busy = speakerTalks[s].contains { t in
          slots[t].day == d
            && overlaps(window.0, window.1, slots[t].start, slots[t].start + slots[t].duration)
        }
        if !busy {
          unavailable.append(
            Unavailability(
              date: days[d].date, from: TimeOfDay(minutes: window.0)!,
              to: TimeOfDay(minutes: window.1)!))
        }
      }
      speakers.append(
        Speaker(
          id: "s\(s)", name: "Speaker \(s)", affiliation: "Organisation \(s % 97)",
          unavailable: unavailable))
    }

    var talks: [Talk] = []
    for (t, slot) in slots.enumerated() {
      let room = rooms[slot.room]
      let exclusive = slot.kind.isExclusive
      let share = exclusive ? 75 : 40 + random.below(61)
      let audience = max(10, room.capacity * share / 100)
      let needs = room.features.filter { _ in random.chance(0.3) }
      let a = random.below(wordsEN.count)
      let b = random.below(wordsEN.count)
      talks.append(
        Talk(
          id: "t\(t)", title: "\(wordsEN[a]) and \(wordsEN[b].lowercased()) \(t)",
          titles: [
            "ar": "\(wordsAR[a]) و\(wordsAR[b]) \(t)", "fr": "\(wordsFR[a]) et \(wordsFR[b]) \(t)",
          ],
          theme: exclusive ? nil : themes[random.below(themes.count)].id,
          kind: slot.kind, speakers: talkSpeakers[t].map { "s\($0)" }, duration: slot.duration,
          audience: audience, needs: needs,
          at: Placement(
            date: days[slot.day].date, room: room.id, start: TimeOfDay(minutes: slot.start)!),
          pinned: exclusive || slot.kind == .keynote))
    }
    return Schedule(
      event: event, days: Catalog(days), rooms: Catalog(rooms), themes: Catalog(themes),
      speakers: Catalog(speakers), talks: Catalog(talks))
  }

  /// The same event with every talk that is not pinned taken off the grid.
  public static func unscheduled(_ schedule: Schedule) -> Schedule {
    var result = schedule
    for i in result.talks.indices where !result.talks[i].pinned {
      result.talks.modify(at: i) { $0.at = nil }
    }
    return result
  }

  /// A generated event of `size` grouped into sessions of up to four talks, each session one
  /// of `tracks` tracks (its talks re-themed to it), mixing tracks forbidden, with sessions
  /// and talks unscheduled: the shape of a real conference (CoSPLib) for the solver.
  public static func sessionEvent(_ size: Size, tracks: Int, seed: UInt64) -> Schedule {
    var s = withSessions(event(size, seed: seed), seed: seed)
    s.themes = Catalog(
      (0..<tracks).map {
        Theme(id: "track-\($0 + 1)", name: "Track \($0 + 1)", names: ["ar": "المسار \($0 + 1)"])
      })
    s.event.mixedTracks = false
    for i in s.sessions.indices {
      let track = "track-\(i % tracks + 1)"
      s.sessions.modify(at: i) {
        $0.theme = track
        $0.at = nil
      }
      for id in s.sessions[i].talks {
        s.talks.modify(at: s.talks.index(of: id)!) { $0.theme = track }
      }
    }
    for i in s.talks.indices where s.session(ofTalk: s.talks[i].id) == nil {
      s.talks.modify(at: i) { $0.theme = "track-\(i % tracks + 1)" }
    }
    return unscheduled(s)
  }

  /// The same event with its scheduled talks grouped into sessions: runs of up to
  /// `size` consecutive talks in one room (breaks and plenaries end a run), each with the
  /// first talk's theme as its track and, when one is free all along, a chair who does not
  /// speak then. A schedule without errors keeps none.
  public static func withSessions(_ schedule: Schedule, size: Int = 4, seed: UInt64) -> Schedule {
    var random = SeededRandom(seed: seed)
    var result = schedule
    let tables = Tables(schedule)
    let occupancy = Occupancy(schedule: schedule, tables: tables)
    var chairing: [Int: [(day: Int, start: Int, end: Int)]] = [:]
    func free(_ speaker: Int, day: Int, _ start: Int, _ end: Int) -> Bool {
      let speaks = occupancy.talks(ofSpeaker: speaker).contains { t in
        guard let p = occupancy.positions[t], p.day == day else { return false }
        return p.start < end && start < p.start + tables.talks[t].duration
      }
      let away = tables.unavailable[speaker][day].contains { $0.start < end && start < $0.end }
      let chairs = chairing[speaker, default: []].contains {
        $0.day == day && $0.start < end && start < $0.end
      }
      return !speaks && !away && !chairs
    }
    var sessions: [Session] = []
    for run in SessionCreation.runs(
      schedule, tables: tables, occupancy: occupancy, maxTalks: size)
    {
      let (d, first, last) = (run.day, run.talks[0], run.talks.last!)
      let start = occupancy.positions[first]!.start
      let end = occupancy.positions[last]!.start + tables.talks[last].duration
      let candidates = (0..<tables.unavailable.count).filter { free($0, day: d, start, end) }
      let chair = candidates.isEmpty ? nil : random.pick(candidates)
      if let chair { chairing[chair, default: []].append((d, start, end)) }
      let number = sessions.count + 1
      sessions.append(
        Session(
          id: "session-\(number)", title: "Session \(number)",
          titles: ["ar": "الجلسة \(number)", "fr": "Séance \(number)"],
          theme: schedule.talks[first].theme, chair: chair.map { schedule.speakers[$0].id },
          at: schedule.talks[first].at, duration: end - start,
          talks: run.talks.map { schedule.talks[$0].id }))
    }
    result.sessions = Catalog(sessions)
    return result
  }

  private static func time(_ hour: Int, _ minute: Int) -> TimeOfDay {
    TimeOfDay(hour: hour, minute: minute)!
  }
}
