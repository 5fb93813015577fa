/// Sessions made from a timetable: runs of talks that follow one another in one room.
///
/// `solve --create-sessions` turns each run of two or more talks of one track, between
/// breaks, into a session of that track (titled by the track, numbered when it has several),
/// so that the printed programme, the exports and the editor show the blocks a programme
/// committee would have drawn. Chairs are left for the organizers to choose.
public enum SessionCreation {
  /// A run: the talks (by index) that follow one another in `room` on `day`.
  struct Run {
    var day: Int
    var room: Int
    var talks: [Int]
  }

  /// The runs of `schedule`'s placed talks, each room and day in time order: a break or a
  /// plenary (in any room) between two talks, a talk `joins` refuses, or `maxTalks` talks
  /// end a run, and
  /// `joins(last, next)` says whether `next` may follow `last` in one.
  static func runs(
    _ schedule: Schedule, tables: Tables, occupancy: Occupancy, maxTalks: Int? = nil,
    joins: (_ last: Int?, _ next: Int) -> Bool = { _, _ in true }
  ) -> [Run] {
    var runs: [Run] = []
    for d in tables.days.indices {
      for r in tables.rooms.indices {
        let here = occupancy.talks(inRoom: r, day: d)
          .sorted { occupancy.positions[$0]!.start < occupancy.positions[$1]!.start }
        var run: [Int] = []
        func close() {
          if !run.isEmpty { runs.append(Run(day: d, room: r, talks: run)) }
          run = []
        }
        for t in here {
          guard !tables.talks[t].exclusive, joins(nil, t) else {
            close()
            continue
          }
          if let last = run.last {
            let end = occupancy.positions[last]!.start + tables.talks[last].duration
            let start = occupancy.positions[t]!.start
            // A break, or a plenary in any room (it empties them all), between the two.
            let pause =
              tables.days[d].breaks.contains { $0.start >= end && $0.end <= start }
              || occupancy.exclusiveTalks(onDay: d).contains { p in
                let at = occupancy.positions[p]!.start
                return at >= end && at < start
              }
            if pause || run.count >= (maxTalks ?? .max) || !joins(last, t) { close() }
          }
          run.append(t)
        }
        close()
      }
    }
    return runs
  }

  /// The sessions to add to `schedule`: one per run of two or more talks of one track that
  /// are in no session yet, in the order of days, rooms and times.
  public static func sessions(for schedule: Schedule) -> [Session] {
    let tables = Tables(schedule)
    let occupancy = Occupancy(schedule: schedule, tables: tables)
    let listed = Set(schedule.sessions.flatMap(\.talks))
    let runs = runs(schedule, tables: tables, occupancy: occupancy) { last, next in
      let talk = schedule.talks[next]
      guard talk.theme != nil, !listed.contains(talk.id) else { return false }
      return last.map { schedule.talks[$0].theme == talk.theme } ?? true
    }.filter { $0.talks.count >= 2 }
    var taken = Set(schedule.sessions.map(\.id))
    var sessions: [Session] = []
    let perTrack = Dictionary(grouping: runs) { schedule.talks[$0.talks[0]].theme! }
    var numbered: [String: Int] = [:]
    for run in runs {
      let first = schedule.talks[run.talks[0]]
      let last = schedule.talks[run.talks.last!]
      let track = first.theme!
      let theme = schedule.themes[id: track]
      let n = numbered[track, default: 0] + 1
      numbered[track] = n
      let several = perTrack[track]!.count > 1
      func titled(_ name: String) -> String { several ? "\(name) \(n)" : name }
      var id = "\(track)-\(n)"
      var k = n
      while taken.contains(id) {
        k += 1
        id = "\(track)-\(k)"
      }
      taken.insert(id)
      let start = first.at!.start.minutes
      sessions.append(
        Session(
          id: id, title: titled(theme?.name ?? track),
          titles: (theme?.names ?? [:]).mapValues(titled), theme: track, at: first.at,
          duration: last.at!.start.minutes + last.duration - start,
          talks: run.talks.map { schedule.talks[$0].id }))
    }
    return sessions
  }
}
