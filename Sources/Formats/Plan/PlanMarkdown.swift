import Scheduling

/// A day's plan as Markdown tables, for pasting into a website or a message: one table per
/// day, rooms as columns, one row per start time; breaks and plenaries in rows of their own.
public enum PlanMarkdown {
  public static func render(_ schedule: Schedule, options: PlanOptions) -> String {
    options.selectedDays(of: schedule).map { day in
      section(DayPlan(schedule, day: day, options: options))
    }.joined(separator: "\n")
  }

  static func section(_ plan: DayPlan) -> String {
    let (title, subtitle) = plan.heading
    var out = "## \(cell(title))\n\n\(cell(subtitle))\n\n"
    let rooms = plan.rooms
    // An event without rooms still has its breaks: they take one unnamed column.
    let headings = rooms.isEmpty ? [""] : rooms.map { cell(plan.name($0)) }
    out +=
      "| \(cell(PlanWords.word(.time, plan.language))) | " + headings.joined(separator: " | ")
      + " |\n"
    out += "|---|" + headings.map { _ in "---|" }.joined() + "\n"
    let empty = Array(repeating: "", count: headings.count - 1)
    for row in PlanText.rows(plan) {
      switch row {
      case .pause(let pause):
        out +=
          "| \(PlanText.span(pause.start.minutes, pause.end.minutes)) | *\(cell(plan.breakTitle(pause)))* | "
          + empty.joined(separator: " | ") + (empty.isEmpty ? "" : " |") + "\n"
      case .all(let item):
        out +=
          "| \(PlanText.span(item.start, item.end)) | \(describe(item, plan)) · "
          + "\(cell(PlanWords.word(.allRooms, plan.language))) | " + empty.joined(separator: " | ")
          + (empty.isEmpty ? "" : " |") + "\n"
      case .session(let block):
        var parts = [
          "**\(cell(plan.title(block.session)))**", PlanText.span(block.start, block.end),
        ]
        if let chair = plan.chairLine(block.session) { parts.append("*\(cell(chair))*") }
        parts += block.items.map { describe($0, plan) }
        let cells = rooms.map { $0.id == block.room.id ? parts.joined(separator: "<br>") : "" }
        out += "| \(TimeOfDay.format(block.start)) | " + cells.joined(separator: " | ") + " |\n"
      case .parallel(let start, let items):
        let cells = rooms.map { room in
          items.filter { $0.room.id == room.id }.map { describe($0, plan) }.joined(
            separator: "<br>")
        }
        out += "| \(TimeOfDay.format(start)) | " + cells.joined(separator: " | ") + " |\n"
      }
    }
    let themes = plan.themesUsed
    if !themes.isEmpty {
      out +=
        "\n"
        + themes.map { theme in
          "\(PlanText.legendMark(plan.legendIndex[theme.id] ?? 0)) \(cell(plan.themeName(theme.id) ?? theme.name))"
        }.joined(separator: " · ") + "\n"
    }
    return out
  }

  static func describe(_ item: DayPlan.Item, _ plan: DayPlan) -> String {
    var title = "**\(cell(plan.title(item.talk)))**"
    if item.talk.status == .cancelled { title = "~~\(title)~~" }
    if let status = plan.statusWord(item.talk) { title += " *(\(cell(status)))*" }
    var parts = [title, PlanText.span(item.start, item.end)]
    let speakers = plan.speakers(item.talk)
    if !speakers.isEmpty { parts.append(speakers.map(cell).joined(separator: ", ")) }
    if let theme = plan.themeName(item.talk.theme) {
      let i = item.talk.theme.flatMap { plan.legendIndex[$0] } ?? 0
      parts.append("\(PlanText.legendMark(i)) \(cell(theme))")
    }
    return parts.joined(separator: "<br>")
  }

  /// Text safe in a table cell: pipes and Markdown markers escaped, lines joined.
  static func cell(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "|", "*", "_", "`", "\\", "[", "]", "<", ">", "~": out += "\\" + String(character)
      case "\n", "\r": out += " "
      default: out.append(character)
      }
    }
    return out
  }
}
