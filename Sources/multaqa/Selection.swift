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

  /// The export of `product` over the chosen part, once its days, room, theme, speaker and
  /// language are known to be the schedule's.
  func export(
    _ product: Export.Product, speaker: String? = nil, hideCancelled: Bool = false,
    in schedule: Schedule, file: String, ui: InterfaceLanguage = .en
  ) throws -> Export {
    let export = Export(
      product, days: days.compactMap { CalendarDate(iso: $0) }, room: room, theme: theme,
      speaker: speaker, language: lang, hideCancelled: hideCancelled)
    try check(export, in: schedule, file: file, ui: ui)
    return export
  }
}

/// Refuses an export that names what `schedule` does not have, in the words the editor uses.
func check(_ export: Export, in schedule: Schedule, file: String, ui: InterfaceLanguage) throws {
  if let problem = export.problem(in: schedule, file: file) {
    throw ValidationError(TerminalText.visibleLine(Interface.say(problem, in: ui)))
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
