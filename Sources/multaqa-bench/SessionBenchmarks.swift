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

  static func run(seeds: [UInt64]) {
    for seed in seeds { run(seed: seed) }
  }

  static func run(seed: UInt64) {
    for entry in sizes {
      let schedule = Generator.sessionEvent(entry.size, tracks: entry.tracks, seed: seed)
      // MULTAQA_BENCH_WRITE=DIR keeps each event as a file, to solve and check it with the
      // command line.
      if let dir = ProcessInfo.processInfo.environment["MULTAQA_BENCH_WRITE"] {
        _ = try? ScheduleFile.save(schedule, to: "\(dir)/\(entry.name)-s\(seed).yaml")
      }
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
        ("seed", .int(Int(seed))),
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
