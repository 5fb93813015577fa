import Formats
import Foundation
import Scheduling

/// Inputs that used to take quadratic time (issue 9): unbroken text in a printed plan, and
/// thousands of speakers in one spreadsheet cell. Each at several sizes, so that the
/// figures show how the time grows.
enum HostileBenchmarks {
  static func run() {
    let forum = Generator.event(.forum, seed: 1)
    for characters in [80_000, 160_000, 1_000_000] {
      var schedule = forum
      schedule.event.venue = String(repeating: "x", count: characters)
      let options = PlanOptions(days: [schedule.days[0].date], width: 100)
      Measure.run("print.unbroken-venue", size: "\(characters) chars", unit: .ms, minimum: 3) {
        _ = PlanText.render(schedule, options: options)
      }
    }
    for count in [5_000, 20_000] {
      let names = (0..<count).map { "Speaker \($0)" }.joined(separator: "; ")
      let rows = [
        CSV.Row(line: 1, fields: ["id", "title", "duration", "speakers"]),
        CSV.Row(line: 2, fields: ["x1", "Hello", "45", names]),
      ]
      Measure.run("import.speakers-in-one-cell", size: "\(count) names", unit: .ms, minimum: 3) {
        _ = TalkImport.read(rows, into: forum, file: "talks.csv")
      }
    }
  }
}
