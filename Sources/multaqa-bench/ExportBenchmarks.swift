import Formats
import Foundation
import Scheduling

/// Plans and calendars of the generated events.
enum ExportBenchmarks {
  static func run(sizes: [Generator.Size]) {
    for size in sizes {
      let schedule = Generator.event(size, seed: 1)
      let options = PlanOptions(width: 120)
      Measure.run("print.text", size: size.name, unit: .ms) {
        _ = PlanText.render(schedule, options: options)
      }
      Measure.run("print.html", size: size.name, unit: .ms) {
        _ = PlanHTML.render(schedule, options: options)
      }
      Measure.run("print.markdown", size: size.name, unit: .ms) {
        _ = PlanMarkdown.render(schedule, options: options)
      }
      Measure.run("export.ical", size: size.name, unit: .ms) {
        _ = ICalendar.render(schedule, now: "20100301T120000Z")
      }
    }
  }
}
