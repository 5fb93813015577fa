/// Why a talk could not be placed, in an organizer's terms.
enum Explanation {
  static func whyUnplaced(_ t: Int, problem: SolverProblem, state: SearchState) -> String {
    let schedule = problem.schedule
    let talk = schedule.talks[t]
    let needs = requirement(talk)
    let rooms = problem.rooms[t]
    if rooms.isEmpty {
      let details = schedule.rooms.map { room -> String in
        var missing: [String] = []
        if let audience = talk.audience, audience > room.capacity {
          missing.append("seats \(room.capacity)")
        }
        let lacking = talk.needs.filter { !room.features.contains($0) }
        if !lacking.isEmpty { missing.append("has no \(list(lacking))") }
        return
          "\(room.name) \(missing.isEmpty ? "is ruled out" : missing.joined(separator: " and "))"
      }
      return "\(talk.id) \(needs.isEmpty ? "cannot use any room" : "needs \(needs)"): no room "
        + "qualifies (\(details.prefix(4).joined(separator: "; "))\(details.count > 4 ? "; …" : ""))"
    }
    let times = problem.starts[t].reduce(0) { $0 + $1.count }
    if times == 0 {
      let longest = schedule.days.map(longestStretch).max() ?? 0
      if talk.duration > longest {
        return "\(talk.id) lasts \(talk.duration) minutes but no day has more than \(longest) "
          + "minutes between breaks"
      }
      let away = talk.speakers.compactMap { schedule.speakers[id: $0] }
        .filter { !$0.unavailable.isEmpty }.map(\.name)
      return
        "\(talk.id) fits no time of any day: \(away.isEmpty ? "the opening hours and breaks leave no room for it" : "\(list(away)) \(away.count == 1 ? "is" : "are") away whenever it would fit")"
    }
    // Places exist but other talks take them: say which rooms qualify and what blocks them.
    let names = rooms.map { schedule.rooms[$0].name }
    let qualify =
      rooms.count == schedule.rooms.count
      ? "every room qualifies"
      : rooms.count == 1 ? "only \(names[0]) qualifies" : "only \(list(names)) qualify"
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
    var blocks: [String] = []
    let taken = busySummary(rooms, problem: problem, state: state)
    if !inRoom.isEmpty { blocks.append(taken) }
    if !speakerClash.isEmpty {
      let speakers = talk.speakers.compactMap { schedule.speakers[id: $0]?.name }
      blocks.append(
        "where \(rooms.count == 1 ? "it is" : "they are") free long enough, \(list(speakers)) "
          + "\(speakers.count == 1 ? "is" : "are") busy in "
          + list(speakerClash.sorted().prefix(4).map { schedule.talks[$0].id }))
    }
    if !plenary.isEmpty {
      blocks.append(
        "plenary sessions (" + list(plenary.sorted().prefix(3).map { schedule.talks[$0].id })
          + ") hold the remaining times")
    }
    let lead = needs.isEmpty ? "\(talk.id) (\(talk.duration) min)" : "\(talk.id) needs \(needs)"
    return
      "\(lead): \(qualify), and \(blocks.isEmpty ? "no free time is left" : blocks.joined(separator: "; "))"
  }

  /// `300 seats and interpretation`.
  static func requirement(_ talk: Talk) -> String {
    var parts: [String] = []
    if let audience = talk.audience, audience > 0 { parts.append("\(audience) seats") }
    parts += talk.needs
    return list(parts)
  }

  /// `taken on 14 Mar 09:00–18:30 and 15 Mar 09:00–12:00` for the rooms' busy time.
  static func busySummary(_ rooms: [Int], problem: SolverProblem, state: SearchState) -> String {
    let schedule = problem.schedule
    var parts: [String] = []
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
            "\(schedule.days[d].date.short) \(TimeOfDay.format(first.0))–\(TimeOfDay.format(last.1))"
          )
        }
      }
    }
    let subject = rooms.count == 1 ? "it is" : "they are"
    if allFull {
      return
        "\(subject) taken on \(problem.dayCount == 2 ? "both days" : "every day") from opening to closing"
    }
    if rooms.count == 1 && !parts.isEmpty {
      return "\(subject) taken \(list(parts)) with no gap of its length left"
    }
    return "\(subject) booked with no gap long enough left"
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

  /// `a`, `a and b`, `a, b and c`.
  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
  }
}
