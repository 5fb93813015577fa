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
  static func place(_ schedule: Schedule) -> (schedule: Schedule, edits: [Edit]) {
    let waiting = schedule.sessions.indices.filter { schedule.sessions[$0].at == nil }
    guard !waiting.isEmpty, !schedule.days.isEmpty, !schedule.rooms.isEmpty else {
      return (schedule, [])
    }
    var result = schedule
    var edits: [Edit] = []
    let tables = Tables(schedule)
    let occupancy = Occupancy(schedule: schedule, tables: tables)
    // Spans taken so far by sessions, per room and day, with their tracks.
    var held: [(day: Int, room: Int, start: Int, end: Int, theme: Int, chair: Int)] =
      tables.sessions.filter(\.isPlaced).map {
        ($0.day, $0.room, $0.start, $0.end, $0.theme, $0.chair)
      }
    let longestFirst = waiting.sorted {
      (schedule.sessions[$0].duration, $1) > (schedule.sessions[$1].duration, $0)
    }
    for s in longestFirst {
      let session = schedule.sessions[s]
      let row = tables.sessions[s]
      let members = row.talks.filter { tables.talks[$0].active }
      let seats = members.map { tables.talks[$0].audience }.max() ?? 0
      let needs = Set(members.flatMap { tables.talks[$0].needs })
      let speakersInside = Set(members.flatMap { tables.talks[$0].speakers })
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
            // Speakers of its talks unavailable during it cost as much as a parallel track.
            let away = speakersInside.filter { speaker in
              tables.unavailable[speaker][d].contains { $0.start < end && start < $0.end }
            }.count
            let key = (trackRoom ? 0 : 1, follows ? 0 : 1, parallelTrack + away, d, start, r)
            if best == nil || key < best!.key { best = (key, d, r, start) }
          }
        }
      }
      guard let spot = best else { continue }
      held.append(
        (spot.day, spot.room, spot.start, spot.start + session.duration, row.theme, row.chair))
      let at = Placement(
        date: schedule.days[spot.day].date, room: schedule.rooms[spot.room].id,
        start: TimeOfDay(minutes: spot.start)!)
      var placed = session
      placed.at = at
      result.sessions.modify(at: s) { $0.at = at }
      edits.append(.updateSession(placed))
      for t in members where !tables.talks[t].pinned { result.talks.modify(at: t) { $0.at = nil } }
    }
    return (result, edits)
  }
}
