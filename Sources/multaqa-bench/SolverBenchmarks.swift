import Formats
import Foundation
import Scheduling

/// The automatic scheduler on generated events with every unpinned talk unscheduled.
enum SolverBenchmarks {
  static func seeds(for size: Generator.Size) -> [UInt64] {
    switch size.name {
    case "forum": return [1, 2, 3, 4, 5]
    case "medium": return [1, 2, 3]
    default: return [1, 2]
    }
  }

  static func run(sizes: [Generator.Size]) {
    for size in sizes {
      var seconds: [Double] = []
      var feasible: [Double] = []
      for seed in seeds(for: size) {
        let event = Generator.unscheduled(Generator.event(size, seed: seed))
        let result = Solver.solve(event, options: SolverOptions(seed: seed))
        seconds.append(result.seconds)
        if let f = result.feasibleAfter { feasible.append(f) }
        let score = result.score
        Measure.emit([
          ("name", .string("solve")), ("size", .string(size.name)), ("seed", .int(Int(seed))),
          ("seconds", .double(Measure.rounded(result.seconds))),
          ("zero_hard_seconds", result.feasibleAfter.map { .double(Measure.rounded($0)) } ?? .null),
          ("hard_left", .int(score.errors + result.unplaced.count)),
          ("theme_parallel", .int(score.themeParallel)), ("theme_rooms", .int(score.themeRooms)),
          ("capacity", .double(Measure.rounded(score.capacity))),
          ("back_to_back", .int(score.backToBack)), ("wishes", .int(score.wishes)),
          ("score", .double(Measure.rounded(score.soft(event.solver)))),
          ("proven", .bool(result.proven)), ("iterations", .int(result.iterations)),
          ("peak_rss_mb", .int(peakMemoryMB())),
        ])
      }
      Measure.report("solve.total", size: size.name, unit: .s, samples: seconds)
      Measure.report("solve.zero-hard", size: size.name, unit: .s, samples: feasible)
    }
  }

  /// The medium event under a 5-second limit: the best score at each second shows that the
  /// search keeps improving.
  static func trajectory() {
    let size = Generator.Size.medium
    let event = Generator.unscheduled(Generator.event(size, seed: 1))
    let marks = [0.5, 1.0, 2.0, 3.0, 4.0, 5.0]
    let recorder = Recorder()
    let result = Solver.solve(event, options: SolverOptions(seed: 1, timeLimit: 5)) {
      recorder.note($0)
    }
    var points = recorder.points(at: marks, result: result, weights: event.solver)
    points.append(("final", .double(Measure.rounded(result.score.soft(event.solver)))))
    Measure.emit([
      ("name", .string("solve.score-over-time")), ("size", .string(size.name)),
      ("time_limit_s", .int(5)), ("best_score", .object(points)),
      ("hard_left", .int(result.score.errors + result.unplaced.count)),
    ])
  }

  final class Recorder: @unchecked Sendable {
    var samples: [(Double, Double)] = []
    func note(_ progress: SolverProgress) {
      if progress.placed == progress.total {
        samples.append((progress.elapsed, progress.bestScore))
      }
    }

    /// The best score at each mark: null while some talk waits; a solve that ended before a
    /// mark with every talk placed and no error holds its final score there (progress is
    /// reported at most every tenth of a second, so a fast solve may report nothing).
    func points(at marks: [Double], result: SolverResult, weights: SolverWeights) -> [(
      String, JSON
    )] {
      var known = samples
      if result.isComplete { known.append((result.seconds, result.score.soft(weights))) }
      return marks.map { mark in
        let best = known.last { $0.0 <= mark }?.1
        return ("\(mark)s", best.map { .double(Measure.rounded($0)) } ?? .null)
      }
    }
  }

  /// The process's peak resident memory so far.
  static func peakMemoryMB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
  }
}
