import Formats
import Foundation
import Scheduling

/// Loading, checking and saving at every generated size, and the sample forum.
enum CoreBenchmarks {
  static func run(sizes: [Generator.Size], folder: String) {
    for size in sizes {
      let schedule = Generator.event(size, seed: 1)
      let path = "\(folder)/\(size.name).yaml"
      try! ScheduleFile.save(schedule, to: path)

      Measure.run("load", size: size.name, unit: .ms) {
        _ = try! ScheduleFile.load(path)
      }
      Measure.run("check.full", size: size.name, unit: .ms) {
        _ = ConflictIndex(schedule)
      }
      // One move at a time, alternating between a random target and the talk's own place.
      var index = ConflictIndex(schedule)
      var random = SeededRandom(seed: 7)
      var samples: [Double] = []
      let days = Array(schedule.days)
      let rooms = Array(schedule.rooms)
      for _ in 0..<2_000 {
        let talk = schedule.talks[random.below(schedule.talks.count)]
        let day = random.pick(days)
        let start =
          day.opens.minutes + 15 * random.below((day.closes.minutes - day.opens.minutes) / 15)
        let target = Placement(
          date: day.date, room: random.pick(rooms).id, start: TimeOfDay(minutes: start)!)
        let t0 = Measure.now()
        try! index.apply(.place(talk: talk.id, at: target))
        samples.append(Measure.now() - t0)
        try! index.apply(.place(talk: talk.id, at: talk.at))
      }
      Measure.report("check.incremental-move", size: size.name, unit: .us, samples: samples)
      Measure.run("save.encode", size: size.name, unit: .ms) {
        _ = ScheduleFile.encode(schedule)
      }
      Measure.run("save.atomic", size: size.name, unit: .ms) {
        try! ScheduleFile.save(schedule, to: path)
      }
    }
  }

  static func sample(path: String) {
    guard FileManager.default.fileExists(atPath: path) else {
      Measure.emit([("name", .string("sample.load+check")), ("skipped", .string("no \(path)"))])
      return
    }
    Measure.run("sample.load+check", size: "sample", unit: .ms) {
      let index = ConflictIndex(try! ScheduleFile.load(path))
      precondition(index.errorCount == 0)
    }
  }
}
