/// Exact search for small events: proves the local search's schedule optimal, or finds a
/// better one.
///
/// The objective splits into a room part (empty seats, rooms per theme), which depends only on
/// each talk's room, and a time part (themes in parallel, speakers running between rooms,
/// wishes), which depends on times and on whether two talks share a room. Level one is a
/// depth-first branch and bound over rooms; at each complete room assignment cheaper than the
/// best schedule known, level two searches the times with constraint propagation over bit
/// sets. Both levels are complete, so when they finish within the budget the best schedule
/// is proven optimal.
///
/// How two talks interact at each offset is read off the conflict rules once, by probing: one
/// talk is placed on an empty grid and the rules judge the other at every relevant offset,
/// in the same room and in another. The result is checked against the rules at the end.
struct ExactSearch {
  struct Outcome {
    var proven: Bool
    var lowerBound: Double?
    var better: [Position?]?
    /// Search nodes visited (both levels).
    var nodes: Int
  }

  /// The largest events it tries: beyond this, the local search's result stands.
  static let maximumTalks = 80
  static let maximumRooms = 10

  let problem: SolverProblem
  let incumbent: [Position?]
  let budget: Budget
  let talks: [Int]
  let fixed: [Int]
  /// Values of a day: its minutes counted in ticks (``Tables/tick``).
  let slotsPerDay: Int
  let valueCount: Int

  init?(problem: SolverProblem, incumbent: [Position?], budget: Budget) {
    let talks = (0..<problem.talkCount).filter { problem.movable[$0] }
    // Time is counted in ticks; a grid whose breaks end off the slot makes ticks so fine that
    // a proof would take far longer than the local search's answer is worth.
    guard !talks.isEmpty, talks.count <= Self.maximumTalks, problem.roomCount <= Self.maximumRooms,
      problem.tables.slot <= 2 * problem.tables.tick,
      talks.allSatisfy({ incumbent[$0] != nil })
    else { return nil }
    self.problem = problem
    self.incumbent = incumbent
    self.budget = budget
    self.talks = talks
    fixed = (0..<problem.talkCount).filter {
      !problem.movable[$0] && problem.tables.talks[$0].active && incumbent[$0] != nil
    }
    slotsPerDay = 1440 / problem.tables.tick + 1
    valueCount = slotsPerDay * problem.dayCount
  }

  // MARK: Pair tables

  /// The cost of two talks at a relative position: an error, or soft cost.
  struct Entry {
    var hard = false
    var soft = 0.0
  }

  /// How talk `b` fares against talk `a`, by offset of starts (in ticks) on the same day,
  /// beyond those offsets, and on other days; for the same room and for different rooms.
  struct PairTable {
    var low: Int  // the smallest offset with its own entry
    var same: [[Entry]]  // [sameRoom ? 0 : 1][offset - low]
    var farBefore: [Entry]
    var farAfter: [Entry]
    var dayBefore: [Entry]
    var dayAfter: [Entry]

    func entry(sameRoom: Bool, dayA: Int, slotA: Int, dayB: Int, slotB: Int) -> Entry {
      let r = sameRoom ? 0 : 1
      if dayB < dayA { return dayBefore[r] }
      if dayB > dayA { return dayAfter[r] }
      let i = slotB - slotA - low
      if i < 0 { return farBefore[r] }
      if i >= same[r].count { return farAfter[r] }
      return same[r][i]
    }
  }

  func probe(_ a: Int, _ b: Int, rooms: (Int, Int), days: (Int, Int), starts: (Int, Int))
    -> Entry
  {
    var occupancy = Occupancy(tables: problem.tables)
    occupancy.place(
      a, at: Position(day: days.0, room: rooms.0, start: starts.0), tables: problem.tables)
    let context = RuleContext(tables: problem.tables, occupancy: occupancy)
    var entry = Entry()
    var found: [Finding] = []
    let at = Position(day: days.1, room: rooms.1, start: starts.1)
    for r in problem.errorRules {
      problem.book.rules[r].check(talk: b, at: at, in: context, into: &found)
    }
    entry.hard = found.contains { $0.involves(a) }
    let w = problem.weights
    for (r, term) in problem.softRules {
      found.removeAll()
      problem.book.rules[r].check(talk: b, at: at, in: context, into: &found)
      entry.soft += Double(found.filter { $0.involves(a) }.reduce(0) { $0 + $1.amount }) * w[term]
    }
    return entry
  }

  func table(_ a: Int, _ b: Int) -> PairTable {
    let slot = problem.tables.tick
    let da = (problem.tables.talks[a].duration + slot - 1) / slot
    let db = (problem.tables.talks[b].duration + slot - 1) / slot
    let low = -db - 1
    let high = da + 1
    let base = 720
    let twoRooms = problem.roomCount > 1
    var same: [[Entry]] = [[], []]
    var farBefore: [Entry] = []
    var farAfter: [Entry] = []
    var dayBefore: [Entry] = []
    var dayAfter: [Entry] = []
    for variant in 0..<2 {
      let rooms = variant == 0 || !twoRooms ? (0, 0) : (0, 1)
      for offset in low...high {
        same[variant].append(
          probe(a, b, rooms: rooms, days: (0, 0), starts: (base, base + offset * slot)))
      }
      let far = (da + db + 4) * slot
      farBefore.append(probe(a, b, rooms: rooms, days: (0, 0), starts: (base, base - far)))
      farAfter.append(probe(a, b, rooms: rooms, days: (0, 0), starts: (base, base + far)))
      if problem.dayCount > 1 {
        dayBefore.append(probe(a, b, rooms: rooms, days: (1, 0), starts: (base, base)))
        dayAfter.append(probe(a, b, rooms: rooms, days: (0, 1), starts: (base, base)))
      } else {
        dayBefore.append(Entry())
        dayAfter.append(Entry())
      }
    }
    return PairTable(
      low: low, same: same, farBefore: farBefore, farAfter: farAfter, dayBefore: dayBefore,
      dayAfter: dayAfter)
  }

  // MARK: Search

  /// An engine to run, and run again from better incumbents (``ExactEngine/rerun``).
  func engine() -> ExactEngine { ExactEngine(search: self) }
}
