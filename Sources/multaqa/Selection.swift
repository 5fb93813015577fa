import ArgumentParser
import Formats
import Scheduling

/// Which part of a schedule `print` and `export ical` cover, and in which language.
struct Selection: ParsableArguments {
  @Option(
    name: .customLong("day"),
    help: "Only this day (YYYY-MM-DD); repeat for several. Default: every day.")
  var days: [String] = []

  @Option(help: "Only this room (printed alone, a plan is a door sign).")
  var room: String?

  @Option(help: "Only the talks of this theme.")
  var theme: String?

  @Option(help: "Language of titles, names and headings: ar, fr, en (default: the file's).")
  var lang: String?

  func validate() throws {
    for day in days where CalendarDate(iso: day) == nil {
      throw ValidationError("--day \(day) is not a date like 2010-03-14")
    }
  }

  /// The chosen days, once the room, theme and days are known to be the schedule's.
  func dates(in schedule: Schedule, file: String) throws -> [CalendarDate] {
    let dates = days.compactMap { CalendarDate(iso: $0) }
    for date in dates where schedule.day(date) == nil {
      throw ValidationError(
        "--day \(date.iso) is not a day of \(file) (\(schedule.days.ids.joined(separator: ", ")))")
    }
    if let room, !schedule.rooms.contains(id: room) {
      throw ValidationError(
        "--room \(room) is not a room of \(file) (\(schedule.rooms.ids.joined(separator: ", ")))")
    }
    if let theme, !schedule.themes.contains(id: theme) {
      throw ValidationError(
        "--theme \(theme) is not a theme of \(file) (\(schedule.themes.ids.joined(separator: ", ")))"
      )
    }
    return dates
  }
}
