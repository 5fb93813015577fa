import Scheduling
import TextWidth

/// The report of `multaqa check`: conflicts grouped by day and severity, for people or as JSON.
public enum CheckReport {
  /// Human-readable text. `color` adds ANSI colors (only for terminals, never with NO_COLOR).
  /// Every value from the file is shown with its control characters made visible (see
  /// ``TerminalText``): a title must not command the terminal it is printed on.
  public static func text(
    _ index: ConflictIndex, file: String, color: Bool = false, ui: InterfaceLanguage = .en
  ) -> String {
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    let style = AnsiStyle(enabled: color)
    let shown = TerminalText.visible
    let schedule = index.schedule
    let conflicts = index.conflicts
    var out = ""
    let talks = schedule.talks
    let placed = talks.filter(\.holdsRoom).count
    let cancelled = talks.filter { !$0.status.isActive }.count
    let waiting = talks.count - placed - cancelled
    out += style.bold(shown("\(file): \(schedule.event.title)")) + "\n"
    out +=
      tr(
        "{1} talks ({2} placed, {3} unscheduled, {4} cancelled), {5} days, {6} rooms",
        String(talks.count), String(placed), String(waiting), String(cancelled),
        String(schedule.days.count), String(schedule.rooms.count)) + "\n"

    var groups: [(title: String, items: [Conflict])] = []
    for day in schedule.days {
      let items = conflicts.filter { $0.date == day.date }
      if !items.isEmpty { groups.append((CalendarNames.long(day.date, in: ui.rawValue), items)) }
    }
    let undated = conflicts.filter { $0.date == nil }
    if !undated.isEmpty { groups.append((tr("Not on the grid, or event-wide"), undated)) }

    let kindWidth = conflicts.map(\.kind.rawValue.count).max() ?? 0
    for group in groups {
      out += "\n" + style.bold(group.title) + "\n"
      for conflict in group.items {
        let words = (tr("error"), tr("warning"))
        let wide = max(words.0.displayWidth, words.1.displayWidth)
        let severity =
          conflict.severity == .error
          ? style.red(words.0.padding(toWidth: wide)) : style.yellow(words.1.padding(toWidth: wide))
        var when = "           "
        if let start = conflict.start, let end = conflict.end {
          when = start == end ? "\(start)      " : "\(start)–\(end)"
        }
        let room = shown(conflict.room.flatMap { schedule.rooms[id: $0]?.name } ?? "")
        out +=
          "  \(severity)  \(conflict.date == nil ? "" : when + "  ")"
          + conflict.kind.rawValue.padding(toWidth: kindWidth)
          + (room.isEmpty ? "" : "  " + room) + "\n"
        out += "           " + shown(conflict.message(in: ui)) + "\n"
      }
    }
    if conflicts.isEmpty { out += "\n" + style.green(tr("No conflicts.")) + "\n" }
    out +=
      "\n" + summary(errors: index.errorCount, warnings: index.warningCount, style: style, ui: ui)
    return out + "\n"
  }

  /// `3 errors`, `1 warning`: `n` with the singular or the plural text, as `ui` counts
  /// (French says "0 erreur": its singular goes up to 1).
  public static func count(
    _ n: Int, _ singular: String, _ plural: String, ui: InterfaceLanguage
  ) -> String {
    let one = ui == .fr ? 0...1 : 1...1
    return Interface.text(one.contains(n) ? singular : plural, in: ui, String(n))
  }

  /// `2 errors, 1 warning`.
  public static func summary(
    errors: Int, warnings: Int, style: AnsiStyle = AnsiStyle(enabled: false),
    ui: InterfaceLanguage = .en
  )
    -> String
  {
    let e = count(errors, "{1} error", "{1} errors", ui: ui)
    let w = count(warnings, "{1} warning", "{1} warnings", ui: ui)
    return Interface.text(
      "{1}, {2}", in: ui, errors > 0 ? style.red(e) : style.green(e),
      warnings > 0 ? style.yellow(w) : w)
  }

  /// One JSON object: counts and every conflict in reading order.
  public static func json(_ index: ConflictIndex) -> String {
    let conflicts = index.conflicts.map(json)
    return JSON.object([
      ("errors", .int(index.errorCount)), ("warnings", .int(index.warningCount)),
      ("conflicts", .array(conflicts)),
    ]).text(pretty: true) + "\n"
  }

  /// A conflict as a JSON object with the documented fields.
  public static func json(_ conflict: Conflict) -> JSON {
    .object([
      ("severity", .string(conflict.severity.rawValue)),
      ("kind", .string(conflict.kind.rawValue)),
      ("talks", .array(conflict.talks.map(JSON.string))),
      ("date", .string(conflict.date?.iso)),
      ("room", .string(conflict.room)),
      ("speaker", .string(conflict.speaker)),
      ("theme", .string(conflict.theme)),
      ("start", .string(conflict.start?.description)),
      ("end", .string(conflict.end?.description)),
      ("message", .string(conflict.message)),
    ])
  }
}

/// ANSI styling that turns into plain text when disabled.
public struct AnsiStyle: Sendable {
  public var enabled: Bool
  public init(enabled: Bool) { self.enabled = enabled }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func red(_ text: String) -> String { wrap(text, "1;31") }
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  public func green(_ text: String) -> String { wrap(text, "32") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
}

extension String {
  /// The text padded with spaces to `width` display columns.
  func padding(toWidth width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - displayWidth))
  }
}

extension Conflict {
  /// The conflict's message in `ui` (the English one when the catalog lacks its template).
  public func message(in ui: InterfaceLanguage) -> String {
    guard let phrase, ui != .en else { return message }
    return Interface.say(phrase, in: ui)
  }
}
