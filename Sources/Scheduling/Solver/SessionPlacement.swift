/// Places the sessions a schedule leaves unscheduled, before the talks are searched: each in
/// a room and time it fits whole, so that the search then fills it with its talks.
///
/// Sessions go one by one, longest first, to the spot where the fewest people would be in two
/// places, then the cheapest in the solver's own terms and weights (a room its track does not
/// use yet, minutes beside its own track or one it should be apart from, a room its track
/// does not want, a break in a track that runs consecutively), then the earliest. A spot is
/// one where the session's talks fit (seats and features), no break interrupts it, its room
/// holds no other session or talk then, no plenary runs, and its chair is free. A session
/// holding a pinned, placed talk is placed around it. Then sessions where people would be in
/// two places are repaired (a move, a displacement, a chain of them), and sessions trade
/// places where that gathers their tracks.
enum SessionPlacement {
  /// The schedule with sessions placed (their talks taken off the grid, for the search to
  /// place inside), and the edits that did it.
  ///
  /// When the preferences leave a session without any spot, the sessions are placed again
  /// packing first (each as early in its stretch of free time as it goes, which keeps the
  /// longest stretches free for the long sessions still to come), and the pass that placed
  /// more is kept.
  ///
  /// `improving` false leaves out the last step, sessions trading places to gather their
  /// tracks, to measure what it gains.
  static func place(_ schedule: Schedule, improving: Bool = true)
    -> (schedule: Schedule, edits: [Edit])
  {
    let first = place(schedule, packingFirst: false, improving: improving)
    guard first.left > 0 else { return (first.schedule, first.edits) }
    let packed = place(schedule, packingFirst: true, improving: improving)
    return packed.left < first.left
      ? (packed.schedule, packed.edits) : (first.schedule, first.edits)
  }

  private static func place(_ schedule: Schedule, packingFirst: Bool, improving: Bool)
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
      var session, day, room, start, end, theme, chair: Int
      /// Its chair and its talks' speakers.
      var people: Set<Int>
    }
    func people(_ row: Tables.SessionRow) -> Set<Int> {
      Set(row.talks.flatMap { tables.talks[$0].speakers } + (row.chair >= 0 ? [row.chair] : []))
    }
    /// Whether room `r` holds session `s`'s talks (seats and features).
    func fits(_ s: Int, room r: Int) -> Bool {
      let room = tables.rooms[r]
      return tables.sessions[s].talks.allSatisfy { t in
        !tables.talks[t].active
          || (room.capacity >= tables.talks[t].audience
            && tables.talks[t].needs.allSatisfy(room.has))
      }
    }
    var held: [Held] = tables.sessions.indices.filter { tables.sessions[$0].isPlaced }.map {
      let row = tables.sessions[$0]
      return Held(
        session: $0, day: row.day, room: row.room, start: row.start, end: row.end,
        theme: row.theme, chair: row.chair, people: people(row))
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
    func gapStart(room r: Int, day d: Int, before minute: Int, ignoring s: Int) -> Int {
      var start = tables.days[d].opens
      for b in tables.days[d].breaks where b.end <= minute { start = max(start, b.end) }
      for h in held where h.session != s && h.room == r && h.day == d && h.end <= minute {
        start = max(start, h.end)
      }
      for t in occupancy.talks(inRoom: r, day: d) {
        let end = occupancy.positions[t]!.start + tables.talks[t].duration
        if end <= minute { start = max(start, end) }
      }
      return start
    }
    /// Where the free time from `minute` in room `r` on day `d` ends, sessions `ignoring`
    /// aside: the earliest start at or after it of a session, placed talk, break or plenary,
    /// or the closing.
    func gapEnd(room r: Int, day d: Int, after minute: Int, ignoring: [Int]) -> Int {
      var end = tables.days[d].closes
      for b in tables.days[d].breaks where b.start >= minute { end = min(end, b.start) }
      for h in held where !ignoring.contains(h.session) && h.room == r && h.day == d {
        if h.start >= minute { end = min(end, h.start) }
      }
      for t in occupancy.talks(inRoom: r, day: d) + occupancy.exclusiveTalks(onDay: d) {
        let start = occupancy.positions[t]!.start
        if start >= minute { end = min(end, start) }
      }
      return end
    }
    /// How many people of session `s` at `start`–`end` on day `d` would be in two places: a
    /// session at the same time that shares a speaker or chair, a placed talk of theirs
    /// elsewhere, an absence of one of its speakers.
    func clashes(_ s: Int, day d: Int, start: Int, end: Int) -> Int {
      let row = tables.sessions[s]
      let members = row.talks.filter { tables.talks[$0].active }
      let everyone = people(row)
      let speakersInside = Set(members.flatMap { tables.talks[$0].speakers })
      let sessions = held.filter {
        $0.session != s && $0.day == d && $0.start < end && start < $0.end
          && !$0.people.isDisjoint(with: everyone)
      }.count
      let talks = everyone.reduce(0) { count, person in
        count
          + occupancy.talks(ofSpeaker: person).filter { t in
            guard !members.contains(t), let p = occupancy.positions[t], p.day == d else {
              return false
            }
            return p.start < end && start < p.start + tables.talks[t].duration
          }.count
      }
      let away = speakersInside.filter { speaker in
        tables.unavailable[speaker][d].contains { $0.start < end && start < $0.end }
      }.count
      return sessions + talks + away
    }
    let weights = schedule.solver
    /// The best spot for session `s` against the sessions held now (itself aside).
    func bestSpot(_ s: Int) -> (
      key: (Int, Double, Int, Int, Int), day: Int, room: Int, start: Int
    )? {
      let session = schedule.sessions[s]
      let row = tables.sessions[s]
      let members = row.talks.filter { tables.talks[$0].active }
      let usable = tables.rooms.indices.filter { fits(s, room: $0) }
      // A pinned talk already placed anchors its session: the session must hold it there.
      let anchors = members.filter { tables.talks[$0].pinned && occupancy.positions[$0] != nil }
        .map { (occupancy.positions[$0]!, tables.talks[$0].duration) }
      let track = row.theme >= 0 ? tables.themes[row.theme] : nil
      var best: (key: (Int, Double, Int, Int, Int), day: Int, room: Int, start: Int)?
      // The rooms its track holds already: another one costs a theme room.
      let trackRooms = Set(
        held.filter { $0.session != s && row.theme >= 0 && $0.theme == row.theme }.map(\.room))
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
                $0.session != s && $0.chair == row.chair && $0.day == d && $0.start < end
                  && start < $0.end
              }
            if busy { continue }
          }
          let clash = clashes(s, day: d, start: start, end: end)
          // Minutes its own track, or a track it should be apart from, runs at the same time.
          var parallel = 0
          var similar = 0
          for h in held where h.session != s && row.theme >= 0 && h.theme >= 0 && h.day == d {
            let minutes = min(end, h.end) - max(start, h.start)
            guard minutes > 0 else { continue }
            if h.theme == row.theme {
              parallel += weights.themeParallelInPairs ? 1 : minutes
            } else if track?.apart.contains(h.theme) == true {
              similar += minutes
            }
          }
          let timeCost =
            weights[.themeParallel] * Double(parallel)
            + weights[.similarParallel] * Double(similar)
          for r in usable {
            guard anchors.allSatisfy({ $0.0.room == r }),
              !held.contains(where: {
                $0.session != s && $0.room == r && $0.day == d && $0.start < end
                  && start < $0.end
              }),
              !occupancy.talks(inRoom: r, day: d).contains(where: { t in
                guard !members.contains(t) else { return false }
                let p = occupancy.positions[t]!
                return p.start < end && start < p.start + tables.talks[t].duration
              })
            else { continue }
            let newRoom = !trackRooms.isEmpty && !trackRooms.contains(r)
            let unwantedRoom = track.map { !$0.rooms.isEmpty && !$0.rooms.contains(r) } == true
            // A track whose sessions follow one another: right after its previous one.
            let follows =
              track?.consecutive != true
              || held.contains {
                $0.theme == row.theme && $0.room == r && $0.day == d && $0.end == start
              }
              || !held.contains { $0.theme == row.theme && $0.day == d }
            // Free minutes left between this spot and what precedes it in the room.
            let gap = start - gapStart(room: r, day: d, before: start, ignoring: s)
            // What the spot costs in the solver's own terms and weights.
            let cost =
              timeCost + (newRoom ? weights[.themeRooms] : 0)
              + (unwantedRoom ? weights[.trackRooms] : 0)
              + (follows ? 0 : weights[.trackConsecutive])
            let key =
              packingFirst
              ? (clash, Double(gap), Int(cost.rounded()), d * 1440 + start, r)
              : (clash, cost, gap, d * 1440 + start, r)
            if best == nil || key < best!.key { best = (key, d, r, start) }
          }
        }
      }
      return best
    }
    /// Where each session placed here stands in `held`, and its edit in `edits`.
    var placedAt: [Int: (held: Int, edit: Int)] = [:]
    func put(_ s: Int, at spot: (day: Int, room: Int, start: Int)) {
      let session = schedule.sessions[s]
      let row = tables.sessions[s]
      let entry = Held(
        session: s, day: spot.day, room: spot.room, start: spot.start,
        end: spot.start + session.duration, theme: row.theme, chair: row.chair,
        people: people(row))
      let at = Placement(
        date: schedule.days[spot.day].date, room: schedule.rooms[spot.room].id,
        start: TimeOfDay(minutes: spot.start)!)
      var placed = session
      placed.at = at
      result.sessions.modify(at: s) { $0.at = at }
      if let known = placedAt[s] {
        held[known.held] = entry
        edits[known.edit] = .updateSession(placed)
      } else {
        placedAt[s] = (held.count, edits.count)
        held.append(entry)
        edits.append(.updateSession(placed))
      }
    }
    func anchoredSession(_ s: Int) -> Bool {
      tables.sessions[s].talks.contains {
        tables.talks[$0].pinned && occupancy.positions[$0] != nil
      }
    }
    /// Moves a session that shares a person with clashing session `s` (with `now` clashes)
    /// out of the way when `s` then has a better spot and the two clash less than before;
    /// whether it did.
    func stepAside(_ s: Int, _ now: Int) -> Bool {
      let mine = held[placedAt[s]!.held]
      let everyone = people(tables.sessions[s])
      for o in longestFirst where o != s && !anchoredSession(o) {
        guard let known = placedAt[o] else { continue }
        let theirs = held[known.held]
        guard !theirs.people.isDisjoint(with: everyone) else { continue }
        let before = now + clashes(o, day: theirs.day, start: theirs.start, end: theirs.end)
        held[known.held].day = -1
        if let spot = bestSpot(s), spot.key.0 < now {
          var there = mine
          (there.day, there.room, there.start, there.end) =
            (spot.day, spot.room, spot.start, spot.start + mine.end - mine.start)
          held[placedAt[s]!.held] = there
          if let aside = bestSpot(o) {
            let length = theirs.end - theirs.start
            let after =
              spot.key.0 + clashes(o, day: aside.day, start: aside.start, end: aside.start + length)
            if after < before {
              held[known.held] = theirs
              put(s, at: (spot.day, spot.room, spot.start))
              put(o, at: (aside.day, aside.room, aside.start))
              return true
            }
          }
          held[placedAt[s]!.held] = mine
        }
        held[known.held] = theirs
      }
      return false
    }
    /// Whether session `s` may stand where `other` stands, from its start: it ends before
    /// anything else in the room (`other` and `s` itself aside), the room holds its talks,
    /// and its chair is not away then.
    func canTake(_ s: Int, startOf other: Held) -> Bool {
      let end = other.start + schedule.sessions[s].duration
      let chair = tables.sessions[s].chair
      return fits(s, room: other.room)
        && end
          <= (other.end >= end
            ? other.end
            : gapEnd(
              room: other.room, day: other.day, after: other.start,
              ignoring: [other.session, s]))
        && !(chair >= 0
          && tables.unavailable[chair][other.day].contains(where: {
            $0.start < end && other.start < $0.end
          }))
    }
    /// Session `s` takes the start of placed session `o` (in `o`'s room, when ``canTake``
    /// allows it) and `o` moves to its best spot, when `accept(clashes of s there, clashes of
    /// o at its new spot, clashes of o before)` says so; `o`'s spot is not even looked for
    /// when `s` would have `limit` clashes or more there. Whether it was done.
    func displace(
      _ o: Int, for s: Int, unlessAt limit: Int, accept: (Int, Int, Int) -> Bool
    ) -> Bool {
      guard let known = placedAt[o] else { return false }
      let theirs = held[known.held]
      guard canTake(s, startOf: theirs) else { return false }
      let row = tables.sessions[s]
      let there = Held(
        session: s, day: theirs.day, room: theirs.room, start: theirs.start,
        end: theirs.start + schedule.sessions[s].duration, theme: row.theme, chair: row.chair,
        people: people(row))
      let before = clashes(o, day: theirs.day, start: theirs.start, end: theirs.end)
      // `s` there and `o` out of the way while `o` looks for a spot (and its clashes there
      // count `s` in its new place); then both as they were, until `put` records the move.
      let mine = placedAt[s].map { held[$0.held] }
      held[known.held].day = -1
      if let k = placedAt[s] { held[k.held] = there } else { held.append(there) }
      let arrived = clashes(s, day: there.day, start: there.start, end: there.end)
      let spot = arrived < limit ? bestSpot(o) : nil
      let after = spot.map {
        clashes(o, day: $0.day, start: $0.start, end: $0.start + theirs.end - theirs.start)
      }
      if let k = placedAt[s], let mine { held[k.held] = mine } else { held.removeLast() }
      held[known.held] = theirs
      guard let spot, let after, accept(arrived, after, before) else { return false }
      put(s, at: (there.day, there.room, there.start))
      put(o, at: (spot.day, spot.room, spot.start))
      return true
    }
    /// Sessions placed early did not see those placed later, and the dense end of a pass
    /// leaves some where people would be in two places. Each such session moves to its best
    /// spot when that has fewer clashes; or else it takes the start of a session at least as
    /// long, in a room that holds it, and that one moves to its own best spot, when the two
    /// then clash less; or else a session it shares a person with steps aside. Every change
    /// lowers the clashes, so it ends; a few passes at most.
    func repairClashes() {
      for _ in 0..<4 {
        var changed = false
        for s in longestFirst where placedAt[s] != nil && !anchoredSession(s) {
          let mine = held[placedAt[s]!.held]
          let now = clashes(s, day: mine.day, start: mine.start, end: mine.end)
          guard now > 0 else { continue }
          if let spot = bestSpot(s), spot.key.0 < now {
            put(s, at: (spot.day, spot.room, spot.start))
            changed = true
            continue
          }
          let displaced = longestFirst.contains { o in
            o != s && !anchoredSession(o)
              && displace(o, for: s, unlessAt: now, accept: { $0 + $1 < now + $2 })
          }
          if displaced || stepAside(s, now) { changed = true }
        }
        if !changed { break }
      }
    }
    /// A spot for session `s`, lifted off the grid, without any clash: its best spot if that
    /// has none, or else the start of a session `o` where it has none (``canTake``), `o`
    /// then lifted and placed the same way, up to `depth` sessions deep. The chain, last
    /// move first, or nil with every session as it was. `budget` counts the best-spot
    /// searches left, so that the depth costs a bounded time.
    func chain(_ s: Int, depth: Int, budget: inout Int, visited: Set<Int>)
      -> [(session: Int, day: Int, room: Int, start: Int)]?
    {
      guard budget > 0 else { return nil }
      budget -= 1
      if let spot = bestSpot(s), spot.key.0 == 0 { return [(s, spot.day, spot.room, spot.start)] }
      guard depth > 0 else { return nil }
      let length = schedule.sessions[s].duration
      for o in longestFirst where !visited.contains(o) && !anchoredSession(o) {
        guard let known = placedAt[o], held[known.held].day >= 0 else { continue }
        let theirs = held[known.held]
        guard canTake(s, startOf: theirs) else { continue }
        held[known.held].day = -1
        if clashes(s, day: theirs.day, start: theirs.start, end: theirs.start + length) == 0 {
          let mine = held[placedAt[s]!.held]
          var there = mine
          (there.day, there.room, there.start, there.end) =
            (theirs.day, theirs.room, theirs.start, theirs.start + length)
          held[placedAt[s]!.held] = there
          if let rest = chain(o, depth: depth - 1, budget: &budget, visited: visited.union([o])) {
            return rest + [(s, theirs.day, theirs.room, theirs.start)]
          }
          held[placedAt[s]!.held] = mine
        }
        held[known.held] = theirs
        if budget <= 0 { return nil }
      }
      return nil
    }
    /// The shortest ``chain`` that places lifted session `s`: one move deep, then two, then
    /// three, each depth with its own budget, so that a long search down one branch does not
    /// spend what a short chain elsewhere needed.
    func shortestChain(_ s: Int) -> [(session: Int, day: Int, room: Int, start: Int)]? {
      for depth in 1...3 {
        var budget = 400
        if let moves = chain(s, depth: depth, budget: &budget, visited: [s]) { return moves }
      }
      return nil
    }
    /// Each session still in a clash after the repair is lifted and placed by a ``chain``
    /// of moves that ends with every session in it free of clashes, when there is one.
    func repairByChains() {
      for s in longestFirst where placedAt[s] != nil && !anchoredSession(s) {
        let mine = held[placedAt[s]!.held]
        guard clashes(s, day: mine.day, start: mine.start, end: mine.end) > 0 else { continue }
        held[placedAt[s]!.held].day = -1
        if let moves = shortestChain(s) {
          for move in moves { put(move.session, at: (move.day, move.room, move.start)) }
        } else {
          held[placedAt[s]!.held] = mine
        }
      }
    }
    /// The entry in `held` of every session with a place, by session.
    func entries() -> [Int: Int] {
      var at: [Int: Int] = [:]
      for (i, h) in held.enumerated() where h.day >= 0 { at[h.session] = i }
      return at
    }
    let byTrack: [[Int]] = {
      var byTrack = [[Int]](repeating: [], count: tables.themeCount)
      for (s, row) in tables.sessions.enumerated() where row.theme >= 0 {
        byTrack[row.theme].append(s)
      }
      return byTrack
    }()
    /// What the places of the sessions of `tracks` cost in the solver's terms and weights:
    /// rooms beyond a track's first, a track's minutes in parallel with itself or beside a
    /// track it should be apart from, rooms a track does not want. `at` finds each session's
    /// entry in `held`.
    func cost(of tracks: Set<Int>, _ at: [Int: Int]) -> Double {
      var total = 0.0
      for track in tracks {
        let mine = byTrack[track].compactMap { at[$0].map { held[$0] } }
        let wanted = tables.themes[track].rooms
        total += weights[.themeRooms] * Double(max(0, Set(mine.map(\.room)).count - 1))
        if !wanted.isEmpty {
          total += weights[.trackRooms] * Double(mine.filter { !wanted.contains($0.room) }.count)
        }
        for (i, a) in mine.enumerated() {
          for b in mine[(i + 1)...] where a.day == b.day {
            let minutes = min(a.end, b.end) - max(a.start, b.start)
            if minutes > 0 {
              total += weights[.themeParallel] * Double(weights.themeParallelInPairs ? 1 : minutes)
            }
          }
          for other in tables.themes[track].apart {
            for b in byTrack[other].compactMap({ at[$0].map { held[$0] } }) where a.day == b.day {
              let minutes = min(a.end, b.end) - max(a.start, b.start)
              if minutes > 0 { total += weights[.similarParallel] * Double(minutes) }
            }
          }
        }
      }
      return total
    }
    /// Once no one is in two places, sessions trade places (each from the other's start, in
    /// the other's room) or move to their best spot when that lowers what their tracks cost
    /// and puts no one in two places: a track gathers into the rooms it already uses, which
    /// the one-by-one placement could not foresee. Each change lowers the cost, so it ends;
    /// three passes at most.
    func improveBySwaps() {
      for _ in 0..<3 {
        var changed = false
        for s in longestFirst where placedAt[s] != nil && !anchoredSession(s) {
          let row = tables.sessions[s]
          guard row.theme >= 0, held[placedAt[s]!.held].day >= 0 else { continue }
          let at = entries()
          let a = held[at[s]!]
          let clashA = clashes(s, day: a.day, start: a.start, end: a.end)
          if let spot = bestSpot(s), spot.key.0 <= clashA {
            let before = cost(of: [row.theme], at)
            var a2 = a
            (a2.day, a2.room, a2.start, a2.end) =
              (spot.day, spot.room, spot.start, spot.start + a.end - a.start)
            held[at[s]!] = a2
            let better = cost(of: [row.theme], at) < before - 1e-9
            held[at[s]!] = a
            if better {
              put(s, at: (spot.day, spot.room, spot.start))
              changed = true
              continue
            }
          }
          // Another room of its track: trade places with a session there.
          let rooms = Set(byTrack[row.theme].compactMap { at[$0].map { held[$0].room } })
          for o in longestFirst where o != s && placedAt[o] != nil && !anchoredSession(o) {
            let b = held[at[o]!]
            guard b.theme != row.theme, b.room != a.room || b.day != a.day,
              rooms.contains(b.room) && b.room != a.room
                || (b.theme >= 0
                  && byTrack[b.theme].contains { at[$0].map { held[$0].room } == a.room }),
              canTake(s, startOf: b), canTake(o, startOf: a)
            else { continue }
            let tracks: Set<Int> = b.theme >= 0 ? [row.theme, b.theme] : [row.theme]
            let before = cost(of: tracks, at)
            let clashB = clashes(o, day: b.day, start: b.start, end: b.end)
            var a2 = a
            (a2.day, a2.room, a2.start, a2.end) = (
              b.day, b.room, b.start, b.start + a.end - a.start
            )
            var b2 = b
            (b2.day, b2.room, b2.start, b2.end) = (
              a.day, a.room, a.start, a.start + b.end - b.start
            )
            held[at[s]!] = a2
            held[at[o]!] = b2
            let clashesAfter =
              clashes(s, day: a2.day, start: a2.start, end: a2.end)
              + clashes(o, day: b2.day, start: b2.start, end: b2.end)
            if clashesAfter <= clashA + clashB && cost(of: tracks, at) < before - 1e-9 {
              held[at[s]!] = a
              held[at[o]!] = b
              put(s, at: (a2.day, a2.room, a2.start))
              put(o, at: (b2.day, b2.room, b2.start))
              changed = true
              break
            }
            held[at[s]!] = a
            held[at[o]!] = b
          }
        }
        if !changed { break }
      }
    }
    /// A session with no spot at all gets one by a ``chain`` of moves, when there is one: it is
    /// held off the grid while the chain looks, and forgotten again when none is found.
    func placeByChain(_ s: Int) -> Bool {
      guard !anchoredSession(s) else { return false }
      let row = tables.sessions[s]
      placedAt[s] = (held.count, edits.count)
      held.append(
        Held(
          session: s, day: -1, room: 0, start: 0, end: schedule.sessions[s].duration,
          theme: row.theme, chair: row.chair, people: people(row)))
      edits.append(.updateSession(schedule.sessions[s]))
      if let moves = shortestChain(s) {
        for move in moves { put(move.session, at: (move.day, move.room, move.start)) }
        return true
      }
      held.removeLast()
      edits.removeLast()
      placedAt[s] = nil
      return false
    }
    /// A session with no spot left takes the start of one at least as long, in a room that
    /// holds it, and that one moves to its best spot; the spot is kept unless the two then
    /// clash by as many people as the waiting session has talks. Whether it found a place.
    func makeRoom(_ s: Int) -> Bool {
      guard !anchoredSession(s) else { return false }
      let talks = tables.sessions[s].talks.count
      return longestFirst.contains { o in
        o != s && !anchoredSession(o)
          && displace(o, for: s, unlessAt: .max, accept: { $0 + $1 - $2 < talks })
      }
    }
    var waitingStill: [Int] = []
    for s in longestFirst {
      guard let spot = bestSpot(s) else {
        waitingStill.append(s)
        continue
      }
      put(s, at: (spot.day, spot.room, spot.start))
    }
    for s in waitingStill where !placeByChain(s) && !makeRoom(s) { left += 1 }
    repairClashes()
    repairByChains()
    if improving { improveBySwaps() }
    for s in longestFirst where placedAt[s] != nil {
      for t in tables.sessions[s].talks where !tables.talks[t].pinned {
        result.talks.modify(at: t) { $0.at = nil }
      }
    }
    return (result, edits, left)
  }
}
