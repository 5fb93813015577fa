import Scheduling

/// Random edits over a schedule, for property tests: moves, swaps, unscheduling, pins and
/// changes to talks' fields, with now and then a change to a room, day or speaker.
struct RandomEdits {
  var random: SeededRandom

  init(seed: UInt64) { random = SeededRandom(seed: seed) }

  mutating func placement(in s: Schedule) -> Placement {
    let day = random.pick(Array(s.days))
    let slot = s.event.slot
    let steps = (day.closes.minutes - day.opens.minutes) / slot
    // Now and then a start outside the opening hours, to exercise that rule too.
    let start = day.opens.minutes + (random.below(steps + 4) - 2) * slot
    return Placement(
      date: day.date, room: random.pick(Array(s.rooms)).id,
      start: TimeOfDay(minutes: min(max(0, start), 1440 - slot))!)
  }

  mutating func edit(for s: Schedule) -> Edit {
    let talks = Array(s.talks)
    var talk = random.pick(talks)
    switch random.below(20) {
    case 0..<7:
      return .place(talk: talk.id, at: placement(in: s))
    case 7:
      return .place(talk: talk.id, at: nil)
    case 8, 9:
      return .swap(talk.id, random.pick(talks).id)
    case 10:
      return .setPinned(talk: talk.id, !talk.pinned)
    case 11:
      talk.duration = s.event.slot * (1 + random.below(8))
      return .updateTalk(talk)
    case 12:
      let speakers = Array(s.speakers)
      talk.speakers = (0..<random.below(4)).map { _ in random.pick(speakers).id }
      talk.speakers = Array(Set(talk.speakers)).sorted()
      return .updateTalk(talk)
    case 13:
      talk.status = random.pick(TalkStatus.allCases)
      return .updateTalk(talk)
    case 14:
      talk.theme = random.chance(0.2) ? nil : random.pick(Array(s.themes)).id
      talk.kind = random.pick(TalkKind.allCases)
      talk.audience = random.chance(0.3) ? nil : random.below(400)
      return .updateTalk(talk)
    case 15:
      // Changes the set of title languages now and then.
      if random.chance(0.5) { talk.titles["fr"] = nil } else { talk.titles["de"] = "Vortrag" }
      return .updateTalk(talk)
    case 16:
      talk.needs =
        random.chance(0.5) ? [] : ["interpretation", random.chance(0.5) ? "projector" : "hologram"]
      talk.prefer =
        random.chance(0.5) ? nil : Preference(from: TimeOfDay(hour: 9 + random.below(6), minute: 0))
      let others = talks.filter { $0.id != talk.id }
      talk.after = random.chance(0.5) || others.isEmpty ? [] : [random.pick(others).id]
      return .updateTalk(talk)
    case 17:
      var room = random.pick(Array(s.rooms))
      room.capacity = random.below(600)
      return .updateRoom(room)
    case 18:
      var speaker = random.pick(Array(s.speakers))
      let day = random.pick(Array(s.days))
      speaker.unavailable =
        random.chance(0.5)
        ? []
        : [
          Unavailability(
            date: day.date, from: day.opens, to: TimeOfDay(minutes: day.opens.minutes + 120)!)
        ]
      return .updateSpeaker(speaker)
    default:
      return .batch([.place(talk: talk.id, at: placement(in: s)), .setPinned(talk: talk.id, true)])
    }
  }

  /// A random edit of a session, or of the talks' membership (nil when there is none).
  mutating func sessionEdit(for s: Schedule) -> Edit? {
    guard let session = s.sessions.isEmpty ? nil : random.pick(Array(s.sessions)) else {
      return nil
    }
    let talk = random.pick(Array(s.talks))
    switch random.below(8) {
    case 0, 1:
      return .moveSession(session.id, to: random.chance(0.1) ? nil : placement(in: s))
    case 2, 3:
      let target = random.chance(0.2) ? nil : random.pick(Array(s.sessions)).id
      return .setSession(talk: talk.id, session: target, index: random.chance(0.5) ? 0 : nil)
    case 4:
      var changed = session
      changed.chair = random.chance(0.3) ? nil : random.pick(Array(s.speakers)).id
      changed.duration = s.event.slot * (2 + random.below(12))
      changed.pinned.toggle()
      return .updateSession(changed)
    case 5:
      return .removeSession(session.id)
    case 6:
      return .addSession(
        Session(
          id: "new-\(random.below(1000))", title: "New", theme: random.pick(Array(s.themes)).id,
          chair: random.pick(Array(s.speakers)).id, at: placement(in: s),
          duration: s.event.slot * (2 + random.below(8))), index: nil)
    default:
      return .removeTalk(talk.id)
    }
  }
}
