/// "The opening ran twenty minutes over": every talk of a day that starts at or after a time,
/// in some rooms, moved later by some minutes, as one edit.
///
/// In each room the talks keep their order and move by the delay, onto the day's grid (a
/// start between two grid times goes to the later one); a talk that would then overlap a
/// break starts after it, and the talks behind it follow. A pinned talk (or a talk of a
/// pinned session) does not move and stops the ripple in its room. A talk that would end
/// after the day closes is not moved and is reported. Sessions that start in the ripple
/// move with their first talk.
public struct Ripple: Sendable {
  /// One talk moved.
  public struct Move: Equatable, Sendable {
    public var talk: String
    public var from: Placement
    public var to: Placement
    /// It went past a break rather than by the delay alone.
    public var pastBreak: Bool
  }

  public var moves: [Move] = []
  /// For each room where a pinned talk stopped the ripple: the room and that talk.
  public var stoppedBy: [(room: String, talk: String)] = []
  /// Talks left where they were because they would end after the day closes.
  public var pastClosing: [String] = []
  /// Sessions moved: id, and their new placement.
  public var sessions: [(id: String, to: Placement)] = []
  /// The whole change, one undoable step.
  public var edit: Edit

  /// Plans a delay of `minutes` from `from` (minutes after midnight) on `date`, in `rooms`
  /// (nil: every room). Throws when the day or a room is not the schedule's.
  public static func plan(
    _ schedule: Schedule, date: CalendarDate, from: Int, by minutes: Int, rooms: [String]? = nil
  ) throws(EditError) -> Ripple {
    guard let day = schedule.day(date) else {
      throw EditError("{1} is not a day of the event", "\(date.iso)")
    }
    for room in rooms ?? [] where !schedule.rooms.contains(id: room) {
      throw EditError("no room {1}", "\(room)")
    }
    guard minutes > 0 else { throw EditError("the delay must be a positive number of minutes") }
    let grid = DayGrid(day, slot: schedule.event.slot)
    let chosen = rooms.map(Set.init) ?? Set(schedule.rooms.ids)
    let pinnedSessions = Set(schedule.sessions.filter(\.pinned).flatMap(\.talks))
    var result = Ripple(edit: .batch([]))
    var edits: [Edit] = []
    for room in schedule.rooms where chosen.contains(room.id) {
      let affected = schedule.talks.filter {
        guard $0.status.isActive, let at = $0.at else { return false }
        return at.date == date && at.room == room.id && at.start.minutes >= from
      }.sorted { ($0.at!.start, $0.id) < ($1.at!.start, $1.id) }
      var cursor = 0
      for talk in affected {
        let at = talk.at!
        if talk.pinned || pinnedSessions.contains(talk.id) {
          result.stoppedBy.append((room.id, talk.id))
          break
        }
        var start = onGrid(max(at.start.minutes + minutes, cursor), grid)
        var pastBreak = false
        while let pause = day.breaks.first(where: {
          $0.start.minutes < start + talk.duration && start < $0.end.minutes
        }) {
          start = onGrid(pause.end.minutes, grid)
          pastBreak = true
        }
        guard start + talk.duration <= day.closes.minutes, let time = TimeOfDay(minutes: start)
        else {
          result.pastClosing.append(talk.id)
          cursor = max(cursor, at.start.minutes + talk.duration)
          continue
        }
        let to = Placement(date: date, room: room.id, start: time)
        result.moves.append(Move(talk: talk.id, from: at, to: to, pastBreak: pastBreak))
        edits.append(.place(talk: talk.id, at: to))
        cursor = start + talk.duration
      }
    }
    // A session in the ripple moves by as much as its first talk did (or by the delay).
    let moved = Dictionary(uniqueKeysWithValues: result.moves.map { ($0.talk, $0) })
    for session in schedule.sessions where !session.pinned {
      guard let at = session.at, at.date == date, chosen.contains(at.room),
        at.start.minutes >= from
      else { continue }
      let first = session.talks.compactMap { moved[$0] }.min { $0.from.start < $1.from.start }
      let shift = first.map { $0.to.start.minutes - $0.from.start.minutes } ?? minutes
      guard let time = TimeOfDay(minutes: onGrid(at.start.minutes + shift, grid)),
        time.minutes + session.duration <= minutesInADay
      else { continue }
      var changed = session
      changed.at = Placement(date: date, room: at.room, start: time)
      result.sessions.append((session.id, changed.at!))
      edits.append(.updateSession(changed))
    }
    result.edit = .batch(edits)
    return result
  }

  /// `minute`, or the next start of the grid after it.
  static func onGrid(_ minute: Int, _ grid: DayGrid) -> Int {
    grid.contains(minute) ? minute : grid.neighbours(of: minute).above
  }
}
