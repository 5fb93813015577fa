/// Where every talk is, indexed the ways the rules look things up: by room and day, by day, by
/// speaker and by theme and day. Cancelled and unscheduled talks hold no position.
///
/// Lists are small (a room's talks on one day, a speaker's talks), so they are unsorted arrays:
/// a linear scan beats any tree at these sizes, and moving a talk is two swap-removes.
public struct Occupancy: Sendable {
  public private(set) var positions: [Position?]
  private var roomDay: [[Int]]
  private var onDay: [[Int]]
  private var exclusiveOnDay: [[Int]]
  private var bySpeaker: [[Int]]
  private var themeDay: [[Int]]
  private let roomCount: Int
  private let themeCount: Int

  /// An empty grid for the shape of `tables`.
  public init(tables: Tables) {
    let dayCount = tables.days.count
    roomCount = tables.rooms.count
    themeCount = tables.themeCount
    positions = Array(repeating: nil, count: tables.talks.count)
    roomDay = Array(repeating: [], count: dayCount * roomCount)
    onDay = Array(repeating: [], count: dayCount)
    exclusiveOnDay = Array(repeating: [], count: dayCount)
    bySpeaker = Array(repeating: [], count: tables.unavailable.count)
    themeDay = Array(repeating: [], count: dayCount * themeCount)
  }

  /// The grid with every active talk of `schedule` at its placement.
  public init(schedule: Schedule, tables: Tables) {
    self.init(tables: tables)
    for (i, talk) in schedule.talks.enumerated() where talk.status.isActive {
      if let placement = talk.at, let position = tables.position(of: placement) {
        place(i, at: position, tables: tables)
      }
    }
  }

  /// Talks in `room` on `day`.
  public func talks(inRoom room: Int, day: Int) -> [Int] { roomDay[day * roomCount + room] }
  /// Every placed talk on `day`.
  public func talks(onDay day: Int) -> [Int] { onDay[day] }
  /// Placed plenaries and ceremonies on `day`.
  public func exclusiveTalks(onDay day: Int) -> [Int] { exclusiveOnDay[day] }
  /// Placed talks of `speaker`.
  public func talks(ofSpeaker speaker: Int) -> [Int] { bySpeaker[speaker] }
  /// Placed talks of `theme` on `day`.
  public func talks(ofTheme theme: Int, day: Int) -> [Int] { themeDay[day * themeCount + theme] }

  /// Moves talk `t` to `position` (nil: takes it off the grid). `tables` must describe the
  /// talk as it was when it was placed; call ``remove(_:tables:)`` before changing its row.
  public mutating func place(_ t: Int, at position: Position?, tables: Tables) {
    if positions[t] != nil { remove(t, tables: tables) }
    guard let position else { return }
    let row = tables.talks[t]
    positions[t] = position
    roomDay[position.day * roomCount + position.room].append(t)
    onDay[position.day].append(t)
    if row.exclusive { exclusiveOnDay[position.day].append(t) }
    for speaker in row.speakers { bySpeaker[speaker].append(t) }
    if row.theme >= 0 { themeDay[position.day * themeCount + row.theme].append(t) }
  }

  /// Takes talk `t` off the grid.
  public mutating func remove(_ t: Int, tables: Tables) {
    guard let position = positions[t] else { return }
    let row = tables.talks[t]
    positions[t] = nil
    Self.drop(t, from: &roomDay[position.day * roomCount + position.room])
    Self.drop(t, from: &onDay[position.day])
    if row.exclusive { Self.drop(t, from: &exclusiveOnDay[position.day]) }
    for speaker in row.speakers { Self.drop(t, from: &bySpeaker[speaker]) }
    if row.theme >= 0 { Self.drop(t, from: &themeDay[position.day * themeCount + row.theme]) }
  }

  private static func drop(_ t: Int, from list: inout [Int]) {
    guard let i = list.firstIndex(of: t) else { return }
    list.swapAt(i, list.count - 1)
    list.removeLast()
  }

  /// The minute talk `t` ends, when it is placed.
  public func end(of t: Int, tables: Tables) -> Int? {
    positions[t].map { $0.start + tables.talks[t].duration }
  }
}
