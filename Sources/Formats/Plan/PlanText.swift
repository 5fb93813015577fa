import Scheduling
import TextWidth

/// A day's plan as plain text for a terminal or a printer: title, venue and date on top,
/// then the day in time order with parallel talks side by side as room columns when they fit
/// the width, or listed per time with the room named. Pages are separated by form feeds.
/// Everything is aligned by display width; Arabic pages run right to left.
public enum PlanText {
  public static func render(_ schedule: Schedule, options: PlanOptions) -> String {
    options.selectedDays(of: schedule).map { day in
      page(DayPlan(schedule, day: day, options: options), width: max(40, options.width))
    }.joined(separator: "\u{0C}\n")
  }

  static func page(_ plan: DayPlan, width: Int) -> String {
    var lines: [String] = []
    let (title, subtitle) = plan.heading
    lines += title.wrapped(toWidth: width)
    lines += subtitle.wrapped(toWidth: width)
    lines.append(String(repeating: "=", count: width))
    lines.append("")
    let timeWidth = 13
    let columnWidth = plan.rooms.isEmpty ? 0 : (width - timeWidth) / plan.rooms.count - 3
    let columns = plan.rooms.count > 1 && columnWidth >= 18
    for row in rows(plan) {
      switch row {
      case .pause(let pause):
        let text =
          "\(span(pause.start.minutes, pause.end.minutes))  ── \(plan.breakTitle(pause)) ──"
        lines.append(text)
      case .all(let item):
        lines.append(
          span(item.start, item.end) + "  " + plan.name(item.room) + " · "
            + PlanWords.word(.allRooms, plan.language))
        lines += describe(item, plan, width: width - timeWidth).map { indent(timeWidth) + $0 }
      case .session(let block):
        lines.append(
          span(block.start, block.end) + "  " + plan.name(block.room) + " · "
            + plan.title(block.session))
        if let chair = plan.chairLine(block.session) {
          lines += chair.wrapped(toWidth: width - timeWidth).map { indent(timeWidth) + $0 }
        }
        for item in block.items {
          let talk = describe(item, plan, width: width - timeWidth - 7)
          for (i, line) in talk.enumerated() {
            let at = i == 0 ? TimeOfDay.format(item.start) + "  " : indent(7)
            lines.append(indent(timeWidth) + at + line)
          }
        }
      case .parallel(let start, let items):
        // Side by side when talks run in parallel; a talk alone gets the whole width.
        if columns && items.count > 1 {
          lines += table(start, items, plan, timeWidth: timeWidth, columnWidth: columnWidth)
        } else {
          for item in items {
            lines.append(span(item.start, item.end) + "  " + plan.name(item.room))
            lines += describe(item, plan, width: width - timeWidth).map { indent(timeWidth) + $0 }
          }
        }
      }
      lines.append("")
    }
    if plan.items.isEmpty { lines.append("—"); lines.append("") }
    let themes = plan.themesUsed
    if !themes.isEmpty {
      lines.append(PlanWords.word(.themes, plan.language) + ":")
      for theme in themes {
        lines +=
          "  \(legendMark(plan.legendIndex[theme.id] ?? 0)) \(plan.themeName(theme.id) ?? theme.name)"
          .wrapped(
            toWidth: width)
      }
    }
    let fitted = lines.map { $0.displayWidth > width ? $0.truncated(toWidth: width) : $0 }
    if plan.isRightToLeft {
      // A right-to-left page: every line set against the right margin.
      return fitted.map { line in
        line.isEmpty ? "" : String(repeating: " ", count: max(0, width - line.displayWidth)) + line
      }.joined(separator: "\n") + "\n"
    }
    return fitted.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  /// The rows of a page: breaks, plenaries, sessions, and groups of talks that start
  /// together.
  enum Row {
    case pause(Break)
    case all(DayPlan.Item)
    case session(DayPlan.Block)
    case parallel(Int, [DayPlan.Item])
  }

  static func rows(_ plan: DayPlan) -> [Row] {
    var events: [(Int, Int, Row)] = plan.breaks.map { ($0.start.minutes, 0, Row.pause($0)) }
    var byStart: [Int: [DayPlan.Item]] = [:]
    for block in plan.blocks { events.append((block.start, 2, .session(block))) }
    for item in plan.loose {
      if item.allRooms {
        events.append((item.start, 1, .all(item)))
      } else {
        byStart[item.start, default: []].append(item)
      }
    }
    for (start, items) in byStart {
      let ordered = items.sorted { a, b in
        (plan.rooms.firstIndex { $0.id == a.room.id } ?? 0)
          < (plan.rooms.firstIndex { $0.id == b.room.id } ?? 0)
      }
      events.append((start, 3, .parallel(start, ordered)))
    }
    return events.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
  }

  /// A talk's lines: title (with its status), speakers, theme.
  static func describe(_ item: DayPlan.Item, _ plan: DayPlan, width: Int) -> [String] {
    var lines: [String] = []
    var title = plan.title(item.talk)
    if let status = plan.statusWord(item.talk) { title += " [\(status)]" }
    if item.talk.status == .cancelled { title = strike(title) }
    lines += title.wrapped(toWidth: width)
    for speaker in plan.speakers(item.talk) { lines += ("  " + speaker).wrapped(toWidth: width) }
    if let theme = plan.themeName(item.talk.theme) {
      let i = item.talk.theme.flatMap { plan.legendIndex[$0] } ?? 0
      lines.append("  \(legendMark(i)) \(theme)".truncated(toWidth: width))
    }
    return lines
  }

  /// Talks that start together, as room columns.
  static func table(
    _ start: Int, _ items: [DayPlan.Item], _ plan: DayPlan, timeWidth: Int, columnWidth: Int
  ) -> [String] {
    var cells: [[String]] = []
    var byRoom: [String: DayPlan.Item] = [:]
    for item in items where byRoom[item.room.id] == nil { byRoom[item.room.id] = item }
    for room in plan.rooms {
      guard let item = byRoom[room.id] else {
        cells.append([])
        continue
      }
      var cell = [plan.name(room).truncated(toWidth: columnWidth), span(item.start, item.end)]
      cell += describe(item, plan, width: columnWidth)
      cells.append(cell)
    }
    let height = cells.map(\.count).max() ?? 0
    var lines: [String] = []
    let rtl = plan.isRightToLeft
    let alignment: Alignment = rtl ? .trailing : .leading
    let order = rtl ? Array(cells.indices.reversed()) : Array(cells.indices)
    for r in 0..<height {
      let time = r == 0 ? TimeOfDay.format(start) : ""
      let columns = order.map { c in
        (r < cells[c].count ? cells[c][r] : "").fitted(toWidth: columnWidth, alignment: alignment)
      }.joined(separator: " │ ")
      // A right-to-left page mirrors the table: rooms from the right, the time at the edge.
      lines.append(
        rtl
          ? columns + "  " + time.fitted(toWidth: timeWidth - 2, alignment: .trailing)
          : time.fitted(toWidth: timeWidth) + columns)
    }
    return lines
  }

  static func span(_ start: Int, _ end: Int) -> String {
    "\(TimeOfDay.format(start))–\(TimeOfDay.format(end))"
  }

  static func indent(_ n: Int) -> String { String(repeating: " ", count: n) }

  /// Letters that tie talks to the legend in black and white.
  static func legendMark(_ i: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return "[\(letters[i % letters.count])]"
  }

  /// Text struck through with combining long strokes (zero columns wide).
  static func strike(_ text: String) -> String {
    var out = ""
    for character in text {
      out.append(character)
      if character != " " { out.unicodeScalars.append("\u{0336}") }
    }
    return out
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
