import ArgumentParser
import Formats
import Scheduling
import TextWidth

/// Which part of a schedule `print` and `export ical` cover, and in which language.
struct Selection: ParsableArguments {
  @Option(
    name: .customLong("day"),
    help: "Only this day (YYYY-MM-DD); repeat for several. Default: every day.")
  var days: [String] = []

  @Option(help: "Only the talks in this room (print --format html: that room's door signs).")
  var room: String?

  @Option(help: "Only the talks of this theme.")
  var theme: String?

  @Option(help: "Language of titles, names and headings: ar, fr, en (default: the file's).")
  var lang: String?

  func validate() throws {
    for day in days where CalendarDate(iso: day) == nil {
      throw ValidationError("--day \(TerminalText.visibleLine(day)) is not a date like 2010-03-14")
    }
    try checkLanguageTag(lang)
  }

  /// The chosen days, once the room, theme and days are known to be the schedule's.
  func dates(in schedule: Schedule, file: String, ui: InterfaceLanguage = .en) throws
    -> [CalendarDate]
  {
    func refuse(_ english: String, _ value: String, _ ids: [String]) -> ValidationError {
      ValidationError(
        Interface.text(english, in: ui, value, file, ids.joined(separator: ", ")))
    }
    let dates = days.compactMap { CalendarDate(iso: $0) }
    for date in dates where schedule.day(date) == nil {
      throw refuse("--day {1} is not a day of {2} ({3})", date.iso, schedule.days.ids)
    }
    if let room, !schedule.rooms.contains(id: room) {
      throw refuse("--room {1} is not a room of {2} ({3})", room, schedule.rooms.ids)
    }
    try checkLanguage(lang, in: schedule, file: file, ui: ui)
    if let theme, !schedule.themes.contains(id: theme) {
      throw refuse("--theme {1} is not a theme of {2} ({3})", theme, schedule.themes.ids)
    }
    return dates
  }
}

/// A `--lang` must be a language tag (it goes into calendar and HTML attributes).
func checkLanguageTag(_ language: String?) throws {
  guard let language else { return }
  guard LanguageTag.isWellFormed(language) else {
    throw ValidationError(
      "--lang \(TerminalText.visibleLine(language)) is not a language tag (BCP 47, like ar, fr, en)"
    )
  }
}

/// A `--lang` must be one the schedule has text in: any other would print the primary
/// language under another language's name.
func checkLanguage(
  _ language: String?, in schedule: Schedule, file: String, ui: InterfaceLanguage = .en
) throws {
  try checkLanguageTag(language)
  guard let language, !schedule.languages.contains(language) else { return }
  throw ValidationError(
    Interface.text(
      "--lang {1}: {2} has no text in that language (its languages: {3})", in: ui, language,
      file, schedule.languages.joined(separator: ", ")))
}
