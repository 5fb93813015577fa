/// Places the sessions a schedule leaves unscheduled, before the talks are searched: each in
/// a room and time it fits whole, so that the search then fills it with its talks.
///
/// Tracks go to rooms first: a session prefers a room its track already uses, then a time
/// when no other session of its track runs, then the earliest. A spot is one where the
/// session's talks fit (seats and features), no break interrupts it, its room holds no other
/// session or talk then, no plenary runs, and its chair is free. A session holding a pinned,
/// placed talk is placed around it.
enum SessionPlacement {
  /// The schedule with sessions placed (their talks taken off the grid, for the search to
  /// place inside), and the edits that did it.
  ///
  /// When the preferences leave a session without any spot, the sessions are placed again
  /// packing first (each as early in its stretch of free time as it goes, which keeps the
  /// longest stretches free for the long sessions still to come), and the pass that placed
  /// more is kept.
  static func place(_ schedule: Schedule) -> (schedule: Schedule, edits: [Edit]) {
    let first = place(schedule, packingFirst: false)
    guard first.left > 0 else { return (first.schedule, first.edits) }
    let packed = place(schedule, packingFirst: true)
    return packed.left < first.left
      ? (packed.schedule, packed.edits) : (first.schedule, first.edits)
  }

  private static func place(_ schedule: Schedule, packingFirst: Bool)
    -> (schedule: Schedule, edits: [Edit], left: Int)
  {
    let waiting = schedule.sessions.indices.filter { schedule.sessions[$0].at == nil }
    guard !waiting.isEmpty, !schedule.days.isEmpty, !schedule.rooms.isEmpty else {
      return (schedule, [], 0)
    }
    var left = 0
    var result = schedule
    var edits: [Edit] = []
    let tables = Tables(schedule)
    let occupancy = Occupancy(schedule: schedule, tables: tables)
    // Spans taken so far by sessions, per room and day, with their tracks.
    struct Held {
      var day, room, start, end, theme, chair: Int
      /// Its chair and its talks' speakers.
      var people: Set<Int>
    }
    func people(_ row: Tables.SessionRow) -> Set<Int> {
      Set(row.talks.flatMap { tables.talks[$0].speakers } + (row.chair >= 0 ? [row.chair] : []))
    }
    var held: [Held] = tables.sessions.filter(\.isPlaced).map {
      Held(
        day: $0.day, room: $0.room, start: $0.start, end: $0.end, theme: $0.theme,
        chair: $0.chair, people: people($0))
    }
    // Sessions held in place by a pinned talk first (they have one spot).
    let anchored = waiting.map { s in
      tables.sessions[s].talks.contains {
        tables.talks[$0].pinned && occupancy.positions[$0] != nil
      }
    }
    // Then those that fit the fewest rooms (a big audience, interpretation), then the longest.
    let roomsFit = waiting.map { s -> Int in
      let members = tables.sessions[s].talks
      let seats = members.map { tables.talks[$0].audience }.max() ?? 0
      let needs = Set(members.flatMap { tables.talks[$0].needs })
      return tables.rooms.filter { $0.capacity >= seats && needs.allSatisfy($0.has) }.count
    }
    let longestFirst = waiting.indices.sorted {
      (anchored[$0] ? 1 : 0, -roomsFit[$0], schedule.sessions[waiting[$0]].duration, $1)
        > (anchored[$1] ? 1 : 0, -roomsFit[$1], schedule.sessions[waiting[$1]].duration, $0)
    }.map { waiting[$0] }
    /// Where the free time before `minute` in `room` on `day` starts: the latest end of a
    /// session, placed talk or break, or the opening.
    func gapStart(room r: Int, day d: Int, before minute: Int) -> Int {
      var start = tables.days[d].opens
      for b in tables.days[d].breaks where b.end <= minute { start = max(start, b.end) }
      for h in held where h.room == r && h.day == d && h.end <= minute { start = max(start, h.end) }
      for t in occupancy.talks(inRoom: r, day: d) {
        let end = occupancy.positions[t]!.start + tables.talks[t].duration
        if end <= minute { start = max(start, end) }
      }
      return start
    }
    for s in longestFirst {
      let session = schedule.sessions[s]
      let row = tables.sessions[s]
      let members = row.talks.filter { tables.talks[$0].active }
      let seats = members.map { tables.talks[$0].audience }.max() ?? 0
      let needs = Set(members.flatMap { tables.talks[$0].needs })
      let speakersInside = Set(members.flatMap { tables.talks[$0].speakers })
      let everyone = people(row)
      // A pinned talk already placed anchors its session: the session must hold it there.
      let anchors = members.filter { tables.talks[$0].pinned && occupancy.positions[$0] != nil }
        .map { (occupancy.positions[$0]!, tables.talks[$0].duration) }
      let track = row.theme >= 0 ? tables.themes[row.theme] : nil
      var best: (key: (Int, Int, Int, Int, Int, Int), day: Int, room: Int, start: Int)?
      for d in tables.days.indices {
        let day = tables.days[d]
        for start in day.grid.starts(duration: session.duration) {
          let end = start + session.duration
          guard start >= day.opens, end <= day.closes,
            anchors.allSatisfy({ $0.0.day == d && $0.0.start >= start && $0.0.start + $0.1 <= end }
            ),
            !day.breaks.contains(where: { $0.start < end && start < $0.end }),
            !occupancy.exclusiveTalks(onDay: d).contains(where: { t in
              let p = occupancy.positions[t]!
              return p.start < end && start < p.start + tables.talks[t].duration
            })
          else { continue }
          if row.chair >= 0 {
            let busy =
              tables.unavailable[row.chair][d].contains { $0.start < end && start < $0.end }
              || occupancy.talks(ofSpeaker: row.chair).contains { t in
                guard !members.contains(t), let p = occupancy.positions[t], p.day == d else {
                  return false
                }
                return p.start < end && start < p.start + tables.talks[t].duration
              }
              || held.contains {
                $0.chair == row.chair && $0.day == d && $0.start < end && start < $0.end
              }
            if busy { continue }
          }
          // People who would be in two places: a session at the same time that shares a
          // speaker or chair, a placed talk of theirs elsewhere, an absence.
          let clashes =
            held.filter {
              $0.day == d && $0.start < end && start < $0.end
                && !$0.people.isDisjoint(with: everyone)
            }.count
            + everyone.reduce(0) { count, person in
              count
                + occupancy.talks(ofSpeaker: person).filter { t in
                  guard !members.contains(t), let p = occupancy.positions[t], p.day == d else {
                    return false
                  }
                  return p.start < end && start < p.start + tables.talks[t].duration
                }.count
            }
          // Its own track, or a track it should be apart from, at the same time.
          let parallelTrack = held.filter {
            row.theme >= 0 && $0.theme >= 0
              && ($0.theme == row.theme || track?.apart.contains($0.theme) == true)
              && $0.day == d && $0.start < end && start < $0.end
          }.count
          for r in tables.rooms.indices {
            let room = tables.rooms[r]
            guard room.capacity >= seats, needs.allSatisfy(room.has),
              anchors.allSatisfy({ $0.0.room == r }),
              !held.contains(where: {
                $0.room == r && $0.day == d && $0.start < end && start < $0.end
              }),
              !occupancy.talks(inRoom: r, day: d).contains(where: { t in
                guard !members.contains(t) else { return false }
                let p = occupancy.positions[t]!
                return p.start < end && start < p.start + tables.talks[t].duration
              })
            else { continue }
            let trackRoom =
              track.map { !$0.rooms.isEmpty && $0.rooms.contains(r) } == true
              || (row.theme >= 0 && held.contains { $0.theme == row.theme && $0.room == r })
            // A track whose sessions follow one another: right after its previous one.
            let follows =
              track?.consecutive != true
              || held.contains {
                $0.theme == row.theme && $0.room == r && $0.day == d && $0.end == start
              }
              || !held.contains { $0.theme == row.theme && $0.day == d }
            // Speakers of its talks unavailable during it: a clash too.
            let away = speakersInside.filter { speaker in
              tables.unavailable[speaker][d].contains { $0.start < end && start < $0.end }
            }.count
            // Free minutes left between this spot and what precedes it in the room.
            let gap = start - gapStart(room: r, day: d, before: start)
            let wishes = (trackRoom ? 0 : 2) + (follows ? 0 : 1)
            let key =
              packingFirst
              ? (clashes + away, gap, wishes, parallelTrack, d * 1440 + start, r)
              : (clashes + away, wishes, parallelTrack, gap, d * 1440 + start, r)
            if best == nil || key < best!.key { best = (key, d, r, start) }
          }
        }
      }
      guard let spot = best else {
        left += 1
        continue
      }
      held.append(
        Held(
          day: spot.day, room: spot.room, start: spot.start, end: spot.start + session.duration,
          theme: row.theme, chair: row.chair, people: everyone))
      let at = Placement(
        date: schedule.days[spot.day].date, room: schedule.rooms[spot.room].id,
        start: TimeOfDay(minutes: spot.start)!)
      var placed = session
      placed.at = at
      result.sessions.modify(at: s) { $0.at = at }
      edits.append(.updateSession(placed))
      for t in members where !tables.talks[t].pinned { result.talks.modify(at: t) { $0.at = nil } }
    }
    return (result, edits, left)
  }
}
