import Scheduling

/// A small event to test rules on: two days, three rooms, two themes, three speakers.
enum Fixture {
  static let d1 = CalendarDate(iso: "2010-03-14")!
  static let d2 = CalendarDate(iso: "2010-03-15")!

  static func time(_ hour: Int, _ minute: Int = 0) -> TimeOfDay {
    TimeOfDay(hour: hour, minute: minute)!
  }

  static func schedule(_ talks: [Talk] = []) -> Schedule {
    Schedule(
      event: Event(
        title: "Test forum", titles: ["ar": "ملتقى", "fr": "Forum"], venue: "Hilton",
        timezone: "Africa/Algiers", slot: 15),
      days: [
        Day(
          date: d1, opens: time(9), closes: time(18),
          breaks: [Break(start: time(10, 30), end: time(11), title: "Coffee break")]),
        Day(date: d2, opens: time(9), closes: time(17)),
      ],
      rooms: [
        Room(id: "hall", name: "Hall", capacity: 500, features: ["interpretation", "projector"]),
        Room(id: "a", name: "Room A", capacity: 100, features: ["projector"]),
        Room(id: "b", name: "Room B", capacity: 30),
      ],
      themes: [
        Theme(id: "x", name: "Theme X", names: ["ar": "س", "fr": "X"]),
        Theme(id: "y", name: "Theme Y", names: ["ar": "ص", "fr": "Y"]),
      ],
      speakers: [
        Speaker(id: "s1", name: "Speaker One"),
        Speaker(id: "s2", name: "Speaker Two"),
        Speaker(
          id: "s3", name: "Speaker Three",
          unavailable: [Unavailability(date: d1, from: time(14), to: time(15))]),
      ],
      talks: Catalog(talks))
  }

  /// A talk with translations in both languages, placed at `room` on `day` from `hour:minute`.
  static func talk(
    _ id: String, _ room: String? = nil, _ hour: Int = 9, _ minute: Int = 0,
    day: CalendarDate = d1, duration: Int = 60, speakers: [String] = [], theme: String? = nil,
    kind: TalkKind = .talk, audience: Int? = nil, needs: [String] = [],
    status: TalkStatus = .confirmed
  ) -> Talk {
    Talk(
      id: id, title: "Talk \(id)", titles: ["ar": "محاضرة \(id)", "fr": "Exposé \(id)"],
      theme: theme, kind: kind, speakers: speakers, duration: duration, audience: audience,
      needs: needs,
      at: room.map { Placement(date: day, room: $0, start: time(hour, minute)) },
      status: status)
  }

  /// The conflicts of `kind` in `schedule`.
  static func conflicts(_ kind: ConflictKind, in schedule: Schedule) -> [Conflict] {
    ConflictIndex(schedule).conflicts.filter { $0.kind == kind }
  }
}
