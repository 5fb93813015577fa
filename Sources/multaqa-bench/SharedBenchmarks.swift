import Formats
import Foundation
import Scheduling

/// The solver on the shared, solver-neutral benchmark (`../shared/bench`): each event is
/// converted with its own `convert.py`, solved under the time limit, converted back,
/// and scored by its independent `check.py`, so that the figures compare with the other
/// solvers' in its README. Without the folder, generated events of the same sizes stand in,
/// scored by Multaqa itself.
enum SharedBenchmarks {
  /// The events and the seconds each may take.
  static let events: [(name: String, limit: Double, size: Generator.Size)] = [
    ("forum-s1", 1, .forum), ("medium-s1", 5, .medium), ("large-s1", 2.7, .large),
    ("euro-s1", 9.4, .congress),
  ]

  static func run(folder: String, shared: String = "../shared/bench") {
    let instances = shared + "/instances"
    guard FileManager.default.fileExists(atPath: instances) else {
      generated()
      return
    }
    for event in events {
      let instance = "\(instances)/\(event.name).json"
      let input = "\(folder)/\(event.name).yaml"
      let output = "\(folder)/\(event.name).out.yaml"
      let solution = "\(folder)/\(event.name).sol.json"
      guard
        python([shared + "/convert.py", "to-yaml", instance, input, "--bench-weights"]) != nil,
        let schedule = try? ScheduleFile.load(input)
      else {
        Measure.emit([
          ("name", .string("solve.shared")), ("event", .string(event.name)),
          ("error", .string("could not convert (is python3-yaml installed?)")),
        ])
        continue
      }
      let start = Date()
      let result = Solver.solve(schedule, options: SolverOptions(seed: 1, timeLimit: event.limit))
      let solveSeconds = Date().timeIntervalSince(start)
      try? ScheduleFile.encode(result.schedule).write(
        toFile: output, atomically: true, encoding: .utf8)
      guard python([shared + "/convert.py", "to-solution", output, solution, event.name]) != nil,
        let checked = python([shared + "/check.py", instance, solution]),
        let report = try? JSONSerialization.jsonObject(with: Data(checked.utf8)) as? [String: Any]
      else {
        Measure.emit([
          ("name", .string("solve.shared")), ("event", .string(event.name)),
          ("error", .string("the checker did not answer")),
        ])
        continue
      }
      let hard = report["hard_total"] as? Int ?? -1
      let soft = (report["soft"] as? [String: Any])?["soft_total"] as? Int ?? -1
      Measure.emit([
        ("name", .string("solve.shared")), ("event", .string(event.name)),
        ("time_limit_s", .double(event.limit)), ("seconds", .double(Measure.rounded(solveSeconds))),
        ("checker_hard", .int(hard)), ("checker_soft", .int(soft)),
        ("proven", .bool(result.proven)),
        ("lower_bound", result.lowerBound.map { .double(Measure.rounded($0)) } ?? .null),
        ("peak_rss_mb", .int(SolverBenchmarks.peakMemoryMB())),
      ])
    }
  }

  /// Generated events of the shared benchmark's sizes, under its score's weights.
  static func generated() {
    for event in events {
      var schedule = Generator.unscheduled(Generator.event(event.size, seed: 1))
      schedule.solver = SolverWeights(
        themeParallel: 1, themeRooms: 30, capacity: 0, backToBack: 0, wishes: 0)
      let result = Solver.solve(schedule, options: SolverOptions(seed: 1, timeLimit: event.limit))
      Measure.emit([
        ("name", .string("solve.shared-generated")), ("size", .string(event.size.name)),
        ("time_limit_s", .double(event.limit)),
        ("seconds", .double(Measure.rounded(result.seconds))),
        ("hard_left", .int(result.score.errors + result.unplaced.count)),
        ("score", .double(Measure.rounded(result.score.soft(schedule.solver)))),
        ("peak_rss_mb", .int(SolverBenchmarks.peakMemoryMB())),
      ])
    }
  }

  /// Runs `python3` with `arguments`; its standard output, or nil when it failed.
  static func python(_ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
