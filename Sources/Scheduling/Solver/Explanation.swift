/// Why a talk could not be placed, in an organizer's terms.
enum Explanation {
  static func whyUnplaced(_ t: Int, problem: SolverProblem, state: SearchState) -> Phrase {
    let schedule = problem.schedule
    let talk = schedule.talks[t]
    let id = Phrase.Argument.text(talk.id)
    let needs = requirement(talk)
    let rooms = problem.rooms[t]
    if rooms.isEmpty {
      var details: [Phrase.Argument] = schedule.rooms.prefix(4).map { room in
        var missing: [Phrase.Argument] = []
        if let audience = talk.audience, audience > room.capacity {
          missing.append(.phrase(Phrase("seats {1}", "\(room.capacity)")))
        }
        let lacking = talk.needs.filter { !room.features.contains($0) }
        if !lacking.isEmpty {
          missing.append(.phrase(Phrase("has no {1}", .list(lacking.map(Phrase.Argument.text)))))
        }
        let name = Phrase.Argument.text(room.name)
        return .phrase(
          missing.isEmpty
            ? Phrase("{1} is ruled out", name) : Phrase("{1} {2}", name, .list(missing)))
      }
      if schedule.rooms.count > 4 { details.append("…") }
      let qualifies = Phrase.Argument.phrase(.joined(details, separator: "; "))
      return needs == .list([])
        ? Phrase("{1} cannot use any room: no room qualifies ({2})", id, qualifies)
        : Phrase("{1} needs {2}: no room qualifies ({3})", id, needs, qualifies)
    }
    let times = problem.starts[t].reduce(0) { $0 + $1.count }
    if times == 0 {
      let longest = schedule.days.map(longestStretch).max() ?? 0
      if talk.duration > longest {
        return Phrase(
          "{1} lasts {2} minutes but no day has more than {3} minutes between breaks", id,
          "\(talk.duration)", "\(longest)")
      }
      let away = talk.speakers.compactMap { schedule.speakers[id: $0] }
        .filter { !$0.unavailable.isEmpty }.map { Phrase.Argument.text($0.name) }
      if away.isEmpty {
        return Phrase(
          "{1} fits no time of any day: the opening hours and breaks leave no room for it", id)
      }
      return away.count == 1
        ? Phrase("{1} fits no time of any day: {2} is away whenever it would fit", id, away[0])
        : Phrase("{1} fits no time of any day: {2} are away whenever it would fit", id, .list(away))
    }
    // Places exist but other talks take them: say which rooms qualify and what blocks them.
    let names = rooms.map { Phrase.Argument.text(schedule.rooms[$0].name) }
    let qualify =
      rooms.count == schedule.rooms.count
      ? Phrase("every room qualifies")
      : rooms.count == 1
        ? Phrase("only {1} qualifies", names[0]) : Phrase("only {1} qualify", .list(names))
    var inRoom = Set<Int>()
    var speakerClash = Set<Int>()
    var plenary = Set<Int>()
    let context = RuleContext(tables: problem.tables, occupancy: state.occupancy)
    for d in 0..<problem.dayCount {
      for r in rooms {
        for start in problem.starts[t][d] {
          let p = Position(day: d, room: r, start: start)
          var found: [Finding] = []
          for rule in problem.errorRules {
            problem.book.rules[rule].check(talk: t, at: p, in: context, into: &found)
            for f in found {
              let other = f.talk == t ? f.other : f.talk
              guard other >= 0 else { continue }
              switch problem.book.rules[rule].kind {
              case .roomOverlap: inRoom.insert(other)
              case .speakerOverlap, .speakerUnavailable: speakerClash.insert(other)
              case .plenaryParallel: plenary.insert(other)
              default: break
              }
            }
            found.removeAll()
          }
        }
      }
    }
    func ids(_ talks: Set<Int>, _ count: Int) -> Phrase.Argument {
      .list(talks.sorted().prefix(count).map { .text(schedule.talks[$0].id) })
    }
    var blocks: [Phrase.Argument] = []
    if !inRoom.isEmpty {
      blocks.append(.phrase(busySummary(rooms, problem: problem, state: state)))
    }
    if !speakerClash.isEmpty {
      let speakers = talk.speakers.compactMap { schedule.speakers[id: $0]?.name }
      let who = Phrase.Argument.list(speakers.map(Phrase.Argument.text))
      let busy = ids(speakerClash, 4)
      switch (rooms.count == 1, speakers.count == 1) {
      case (true, true):
        blocks.append(
          .phrase(Phrase("where it is free long enough, {1} is busy in {2}", who, busy)))
      case (true, false):
        blocks.append(
          .phrase(Phrase("where it is free long enough, {1} are busy in {2}", who, busy)))
      case (false, true):
        blocks.append(
          .phrase(Phrase("where they are free long enough, {1} is busy in {2}", who, busy)))
      case (false, false):
        blocks.append(
          .phrase(Phrase("where they are free long enough, {1} are busy in {2}", who, busy)))
      }
    }
    if !plenary.isEmpty {
      blocks.append(
        .phrase(Phrase("plenary sessions ({1}) hold the remaining times", ids(plenary, 3))))
    }
    let lead =
      needs == .list([])
      ? Phrase("{1} ({2} min)", id, "\(talk.duration)") : Phrase("{1} needs {2}", id, needs)
    return Phrase(
      "{1}: {2}, and {3}", .phrase(lead), .phrase(qualify),
      blocks.isEmpty
        ? .phrase(Phrase("no free time is left")) : .phrase(.joined(blocks, separator: "; ")))
  }

  /// `300 seats and interpretation`.
  static func requirement(_ talk: Talk) -> Phrase.Argument {
    var parts: [Phrase.Argument] = []
    if let audience = talk.audience, audience > 0 {
      parts.append(.phrase(Phrase("{1} seats", "\(audience)")))
    }
    return .list(parts + talk.needs.map(Phrase.Argument.text))
  }

  /// `taken on 14 Mar 09:00–18:30 and 15 Mar 09:00–12:00` for the rooms' busy time.
  static func busySummary(_ rooms: [Int], problem: SolverProblem, state: SearchState) -> Phrase {
    let schedule = problem.schedule
    var parts: [Phrase.Argument] = []
    var allFull = true
    for d in 0..<problem.dayCount {
      let day = problem.tables.days[d]
      for r in rooms {
        var spans: [(Int, Int)] = []
        for (start, end) in state.agenda(day: d, room: r) {
          if let last = spans.last, start <= last.1 {
            spans[spans.count - 1].1 = max(last.1, end)
          } else {
            spans.append((start, end))
          }
        }
        // Breaks count as taken: nothing runs then anyway.
        for pause in day.breaks { spans.append((pause.start, pause.end)) }
        spans.sort { $0.0 < $1.0 }
        var merged: [(Int, Int)] = []
        for span in spans {
          if let last = merged.last, span.0 <= last.1 {
            merged[merged.count - 1].1 = max(last.1, span.1)
          } else {
            merged.append(span)
          }
        }
        let covered = merged.count == 1 && merged[0].0 <= day.opens && merged[0].1 >= day.closes
        if !covered { allFull = false }
        if rooms.count == 1, let first = merged.first, let last = merged.last {
          parts.append(
            .phrase(
              .spaced([
                .date(schedule.days[d].date),
                .text(TimeOfDay.format(first.0) + "–" + TimeOfDay.format(last.1)),
              ])))
        }
      }
    }
    let one = rooms.count == 1
    if allFull {
      switch (one, problem.dayCount == 2) {
      case (true, true): return Phrase("it is taken on both days from opening to closing")
      case (true, false): return Phrase("it is taken on every day from opening to closing")
      case (false, true): return Phrase("they are taken on both days from opening to closing")
      case (false, false): return Phrase("they are taken on every day from opening to closing")
      }
    }
    if one && !parts.isEmpty {
      return Phrase("it is taken {1} with no gap of its length left", .list(parts))
    }
    return one
      ? Phrase("it is booked with no gap long enough left")
      : Phrase("they are booked with no gap long enough left")
  }

  /// The longest time between a day's opening, breaks and closing.
  static func longestStretch(_ day: Day) -> Int {
    var edges = [day.opens.minutes]
    for pause in day.breaks.sorted(by: { $0.start < $1.start }) {
      edges.append(pause.start.minutes)
      edges.append(pause.end.minutes)
    }
    edges.append(day.closes.minutes)
    var longest = 0
    var i = 0
    while i + 1 < edges.count {
      longest = max(longest, edges[i + 1] - edges[i])
      i += 2
    }
    return longest
  }
}
