import Formats
import Foundation
import Scheduling

/// Plans, calendars and interchange files of the generated events.
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
      Measure.run("export.frab-xml", size: size.name, unit: .ms) {
        _ = Frab.xml(schedule)
      }
      Measure.run("export.frab-json", size: size.name, unit: .ms) {
        _ = Frab.json(schedule)
      }
      let table = TalkTable.export(schedule)
      Measure.run("export.csv", size: size.name, unit: .ms) {
        _ = TalkTable.export(schedule)
      }
      // Reading the table back into the event without its talks: the round trip's other half.
      var empty = schedule
      empty.talks = Catalog()
      Measure.run("import.csv", size: size.name, unit: .ms) {
        let (text, _) = try! CSV.decode(Array(table.utf8))
        let rows = try! CSV.parse(text, delimiter: CSV.delimiter(of: text))
        _ = TalkImport.read(rows, into: empty, file: "talks.csv")
      }
    }
  }
}
