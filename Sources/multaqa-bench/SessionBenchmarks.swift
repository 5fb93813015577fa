import Formats
import Foundation
import Scheduling

/// The solver on events built of sessions at the sizes of real conferences (CoSPLib:
/// N2OR's 35 submissions, the GECCOs' few hundred, OR60's 1,100 in 23 rooms and some
/// 70 tracks): sessions of one track each, none placed, mixing tracks forbidden; the solver
/// places the sessions and fills them. Reports the time to no hard violation and the best
/// score over time.
enum SessionBenchmarks {
  static let sizes: [(name: String, size: Generator.Size, tracks: Int, limit: Double)] = [
    ("sessions-35", Generator.Size(name: "sessions-35", talks: 35, rooms: 4, days: 2), 6, 2),
    ("sessions-300", Generator.Size(name: "sessions-300", talks: 300, rooms: 12, days: 3), 30, 5),
    (
      "sessions-1100", Generator.Size(name: "sessions-1100", talks: 1100, rooms: 23, days: 4), 70,
      10
    ),
  ]

  /// A generated event of `size` grouped into sessions of up to four talks, each session one
  /// of `tracks` tracks (its talks re-themed to it), with sessions and talks unscheduled.
  static func event(_ size: Generator.Size, tracks: Int, seed: UInt64) -> Schedule {
    var s = Generator.withSessions(Generator.event(size, seed: seed), seed: seed)
    s.themes = Catalog(
      (0..<tracks).map {
        Theme(id: "track-\($0 + 1)", name: "Track \($0 + 1)", names: ["ar": "المسار \($0 + 1)"])
      })
    s.event.mixedTracks = false
    for i in s.sessions.indices {
      let track = "track-\(i % tracks + 1)"
      s.sessions.modify(at: i) {
        $0.theme = track
        $0.at = nil
      }
      for id in s.sessions[i].talks {
        s.talks.modify(at: s.talks.index(of: id)!) { $0.theme = track }
      }
    }
    for i in s.talks.indices where s.session(ofTalk: s.talks[i].id) == nil {
      s.talks.modify(at: i) { $0.theme = "track-\(i % tracks + 1)" }
    }
    return Generator.unscheduled(s)
  }

  static func run() {
    for entry in sizes {
      let schedule = event(entry.size, tracks: entry.tracks, seed: 1)
      let recorder = SolverBenchmarks.Recorder()
      let result = Solver.solve(
        schedule, options: SolverOptions(seed: 1, timeLimit: entry.limit)
      ) { recorder.note($0) }
      let points = recorder.points(
        at: [0.5, 1.0, 2.0, 5.0, 10.0].filter { $0 <= entry.limit }, result: result,
        weights: schedule.solver)
      let score = result.score
      Measure.emit([
        ("name", .string("solve.sessions")), ("size", .string(entry.name)),
        ("talks", .int(schedule.talks.count)), ("sessions", .int(schedule.sessions.count)),
        ("rooms", .int(schedule.rooms.count)), ("tracks", .int(entry.tracks)),
        ("time_limit_s", .double(entry.limit)),
        ("seconds", .double(Measure.rounded(result.seconds))),
        ("zero_hard_seconds", result.feasibleAfter.map { .double(Measure.rounded($0)) } ?? .null),
        ("hard_left", .int(score.errors + result.unplaced.count)),
        ("sessions_placed", .int(result.schedule.sessions.filter { $0.at != nil }.count)),
        ("best_score", .object(points)),
        ("score", .double(Measure.rounded(score.soft(schedule.solver)))),
        ("peak_rss_mb", .int(SolverBenchmarks.peakMemoryMB())),
      ])
    }
  }
}
