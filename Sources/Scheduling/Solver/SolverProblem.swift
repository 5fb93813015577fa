/// The scheduling problem compiled for search: which talks the solver may place, and the rooms
/// and times each may use without breaking a rule that looks at the talk alone.
///
/// Rooms and times are found with the conflict rules themselves (their ``RuleScope`` says
/// what each depends on), so the solver has no second definition of a hard conflict.
struct SolverProblem: Sendable {
  let schedule: Schedule
  let book: RuleBook
  let tables: Tables
  let weights: SolverWeights
  let talkCount: Int
  let roomCount: Int
  let dayCount: Int
  /// Talks the solver may place or move.
  let movable: [Bool]
  /// Where each active talk was in the input.
  let original: [Position?]
  /// Whether moving a placed talk costs (repair mode).
  let countsMoves: Bool
  /// Whether every move is checked against a full recount (``SolverOptions/checksInvariants``).
  let checksInvariants: Bool
  /// Rooms each talk may use.
  let rooms: [[Int]]
  /// Starts (minutes) each talk may use, by day, ascending.
  let starts: [[[Int]]]
  /// Empty-seat share of talk × room.
  let emptyShare: [Double]
  /// Weighted warnings of talk × room from the soft rules that look at the room alone
  /// (a track's preferred rooms), for the exact search's room level.
  let roomSoft: [Double]
  /// Error rules that look at other talks, and those that need the exact position.
  let pairErrorRules: [Int]
  let positionErrorRules: [Int]
  /// Both, in the order the search runs them.
  let errorRules: [Int]
  /// Warning rules that feed the objective, with the term each feeds.
  let softRules: [(rule: Int, term: SoftTerm)]

  init(
    schedule: Schedule, book: RuleBook = .standard, canMove: (Talk) -> Bool, countsMoves: Bool,
    checksInvariants: Bool = false
  ) {
    self.checksInvariants = checksInvariants
    self.schedule = schedule
    self.book = book
    self.weights = schedule.solver
    self.countsMoves = countsMoves
    let tables = Tables(schedule)
    self.tables = tables
    talkCount = schedule.talks.count
    roomCount = schedule.rooms.count
    dayCount = schedule.days.count
    movable = schedule.talks.map { $0.status.isActive && canMove($0) }
    original = schedule.talks.map { talk in
      guard talk.holdsRoom, let at = talk.at else { return nil }
      return tables.position(of: at)
    }

    var pairErrors: [Int] = []
    var positionErrors: [Int] = []
    var roomRules: [Int] = []
    var timeRules: [Int] = []
    var soft: [(Int, SoftTerm)] = []
    for (i, rule) in book.rules.enumerated() where rule.canFire(in: tables) {
      if rule.severity == .error {
        switch rule.scope {
        case .room: roomRules.append(i)
        case .time: timeRules.append(i)
        case .position: positionErrors.append(i)
        case .others: pairErrors.append(i)
        case .placement: break
        }
      } else if let term = rule.term {
        soft.append((i, term))
      }
    }
    pairErrorRules = pairErrors
    positionErrorRules = positionErrors
    errorRules = pairErrors + positionErrors
    softRules = soft

    // Rooms and starts each talk may use, found by asking the rules about the talk alone.
    let empty = RuleContext(tables: tables, occupancy: Occupancy(tables: tables))
    var buffer: [Finding] = []
    func passes(_ rules: [Int], _ t: Int, _ p: Position) -> Bool {
      for r in rules {
        buffer.removeAll(keepingCapacity: true)
        book.rules[r].check(talk: t, at: p, in: empty, into: &buffer)
        if !buffer.isEmpty { return false }
      }
      return true
    }
    var rooms: [[Int]] = []
    var starts: [[[Int]]] = []
    var share = [Double](repeating: 0, count: talkCount * roomCount)
    var roomSoft = share
    let roomSoftRules = soft.filter { book.rules[$0.0].scope == .room }
    for t in 0..<talkCount {
      guard movable[t] || original[t] != nil, dayCount > 0, roomCount > 0 else {
        rooms.append([])
        starts.append(Array(repeating: [], count: dayCount))
        continue
      }
      let row = tables.talks[t]
      let firstDay = tables.days[0]
      rooms.append(
        (0..<roomCount).filter {
          passes(roomRules, t, Position(day: 0, room: $0, start: firstDay.opens))
        })
      for r in 0..<roomCount {
        share[t * roomCount + r] = Score.emptyShare(
          audience: row.audience, capacity: tables.rooms[r].capacity)
        for (rule, term) in roomSoftRules {
          buffer.removeAll(keepingCapacity: true)
          book.rules[rule].check(
            talk: t, at: Position(day: 0, room: r, start: firstDay.opens), in: empty, into: &buffer)
          roomSoft[t * roomCount + r] += Double(buffer.reduce(0) { $0 + $1.amount }) * weights[term]
        }
      }
      var perDay: [[Int]] = []
      for d in 0..<dayCount {
        let day = tables.days[d]
        perDay.append(
          day.grid.starts(duration: row.duration).filter {
            passes(timeRules, t, Position(day: d, room: 0, start: $0))
          })
      }
      starts.append(perDay)
    }
    self.rooms = rooms
    self.starts = starts
    self.emptyShare = share
    self.roomSoft = roomSoft
  }

  /// Whether talk `t` may stand at `p` by the rules that look at it alone.
  func allows(_ t: Int, _ p: Position) -> Bool {
    rooms[t].contains(p.room) && binarySearch(starts[t][p.day], p.start)
  }

  /// Number of positions talk `t` may use.
  func domainSize(_ t: Int) -> Int {
    rooms[t].count * starts[t].reduce(0) { $0 + $1.count }
  }
}

/// Whether the sorted array holds `value`.
func binarySearch(_ sorted: [Int], _ value: Int) -> Bool {
  let index = lowerBound(sorted, value)
  return index < sorted.count && sorted[index] == value
}

/// The index of the first element not less than `value`.
func lowerBound(_ sorted: [Int], _ value: Int) -> Int {
  var low = 0
  var high = sorted.count
  while low < high {
    let mid = (low + high) / 2
    if sorted[mid] < value { low = mid + 1 } else { high = mid }
  }
  return low
}
