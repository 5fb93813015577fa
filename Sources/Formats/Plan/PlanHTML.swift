import Scheduling

/// A printable, self-contained HTML5 page set: one A4 page per day, the day as a table with
/// rooms as columns and row spans by duration, themes as colours and, for black-and-white
/// printers, as letters with a legend. No external assets; every text is escaped; `lang`
/// and `dir="rtl"` are set for Arabic.
public enum PlanHTML {
  public static func render(_ schedule: Schedule, options: PlanOptions) -> String {
    let language = options.language ?? schedule.event.language
    let rtl = PlanWords.isRightToLeft(language)
    let days = options.selectedDays(of: schedule)
    var out = "<!DOCTYPE html>\n"
    out += "<html lang=\"\(Markup.escape(language))\" dir=\"\(rtl ? "rtl" : "ltr")\">\n<head>\n"
    out += "<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out +=
      "<title>\(Markup.escape(schedule.event.title(in: language))) — \(Markup.escape(PlanWords.word(.programme, language)))</title>\n"
    out += "<style>\n\(css(schedule))</style>\n</head>\n<body>\n"
    for day in days {
      out += page(DayPlan(schedule, day: day, options: options, shown: { $0 }))
    }
    out += "</body>\n</html>\n"
    return out
  }

  /// Light theme colours that keep black text readable, printed as they are.
  static let colors = [
    "#cfe2ff", "#d1e7dd", "#fff3cd", "#f8d7da", "#e2d9f3", "#cff4fc", "#ffe5d0", "#d3d3f5",
    "#e9f5c9", "#fbd8f0", "#d9f2e6", "#f2e2c9",
  ]

  static func css(_ schedule: Schedule) -> String {
    var css = """
      @page { size: A4 portrait; margin: 12mm; }
      body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #000; margin: 0; }
      section.day { break-after: page; page-break-after: always; padding: 4mm 0; }
      section.day:last-of-type { break-after: auto; page-break-after: auto; }
      h1 { font-size: 15pt; margin: 0 0 1mm; }
      p.subtitle { font-size: 11pt; margin: 0 0 4mm; }
      table.plan { width: 100%; border-collapse: collapse; table-layout: fixed; }
      table.plan th, table.plan td { border: 0.3mm solid #555; padding: 1mm 1.5mm; vertical-align: top; }
      table.plan thead th { background: #eee; }
      th.time { width: 16mm; white-space: nowrap; font-weight: normal; }
      td.talk { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      td.break { background: #f0f0f0; text-align: center; font-style: italic; }
      td.all { text-align: center; }
      .mark { font-weight: bold; font-family: monospace; }
      .title { font-weight: bold; }
      .when, .speakers { display: block; }
      .when { color: #333; }
      .status { font-style: italic; }
      td.cancelled { opacity: 0.7; }
      td.cancelled .title { text-decoration: line-through; }
      ul.legend { list-style: none; padding: 0; margin: 4mm 0 0; columns: 2; }
      ul.legend li { margin: 0.5mm 0; }
      .swatch { display: inline-block; width: 4mm; height: 3mm; border: 0.3mm solid #555; vertical-align: middle; -webkit-print-color-adjust: exact; print-color-adjust: exact; }

      """
    for i in schedule.themes.indices {
      css += ".theme-\(i) { background: \(colors[i % colors.count]); }\n"
    }
    return css
  }

  static func page(_ plan: DayPlan) -> String {
    let (title, subtitle) = plan.heading
    let lang = plan.language
    var out = "<section class=\"day\">\n<header><h1>\(isolated(title))</h1>"
    out += "<p class=\"subtitle\">\(isolated(subtitle))</p></header>\n"
    // Rows run between the moments something starts or ends.
    var edges: Set<Int> = [plan.day.opens.minutes, plan.day.closes.minutes]
    for item in plan.items { edges.formUnion([item.start, item.end]) }
    for pause in plan.breaks { edges.formUnion([pause.start.minutes, pause.end.minutes]) }
    let times = edges.sorted()
    guard times.count > 1 else { return out + "</section>\n" }
    let rows = times.count - 1
    func row(_ minute: Int) -> Int { times.firstIndex(of: minute) ?? 0 }
    // An event without rooms still has its breaks: they take one unnamed column.
    let columns = max(1, plan.rooms.count)
    // What each cell holds: nil is free; -1 is covered by a cell above or to the left.
    var grid = [[Int?]](repeating: [Int?](repeating: nil, count: columns), count: rows)
    var cells: [Cell] = []
    func place(_ cell: Cell, rows r0: Int, _ r1: Int, columns c0: Int, _ c1: Int) {
      if let taken = grid[r0][c0], taken >= 0 {
        // A clash: both talks in one cell, so that nothing is hidden.
        cells[taken].inner += "<hr>" + cell.inner
        return
      }
      if grid[r0][c0] == -1, let owner = owner(of: r0, c0) {
        cells[owner].inner += "<hr>" + cell.inner
        return
      }
      var placed = cell
      placed.rowspan = max(1, r1 - r0)
      placed.colspan = c1 - c0
      cells.append(placed)
      for r in r0..<min(rows, max(r0 + 1, r1)) {
        for c in c0..<c1 { grid[r][c] = -1 }
      }
      grid[r0][c0] = cells.count - 1
    }
    func owner(of r: Int, _ c: Int) -> Int? {
      for (i, cell) in cells.enumerated() {
        if let origin = origins[i], r >= origin.0, r < origin.0 + cell.rowspan, c >= origin.1,
          c < origin.1 + cell.colspan
        {
          return i
        }
      }
      return nil
    }
    var origins: [Int: (Int, Int)] = [:]
    for pause in plan.breaks {
      let text =
        "\(isolated(plan.breakTitle(pause))) · \(PlanText.span(pause.start.minutes, pause.end.minutes))"
      let r0 = row(pause.start.minutes)
      place(
        Cell(classes: "break", inner: text), rows: r0, row(pause.end.minutes), columns: 0, columns)
      if origins[cells.count - 1] == nil { origins[cells.count - 1] = (r0, 0) }
    }
    for item in plan.items {
      let c0 = item.allRooms ? 0 : (plan.column[item.room.id] ?? 0)
      let c1 = item.allRooms ? columns : c0 + 1
      let r0 = row(item.start)
      let before = cells.count
      place(talkCell(item, plan), rows: r0, row(item.end), columns: c0, c1)
      if cells.count > before { origins[cells.count - 1] = (r0, c0) }
    }
    out +=
      "<table class=\"plan\">\n<thead><tr><th class=\"time\">\(Markup.escape(PlanWords.word(.time, lang)))</th>"
    for room in plan.rooms {
      out += "<th>\(isolated(plan.name(room))) <small>(\(room.capacity))</small></th>"
    }
    if plan.rooms.isEmpty { out += "<th></th>" }
    out += "</tr></thead>\n<tbody>\n"
    for r in 0..<rows {
      out += "<tr><th class=\"time\">\(TimeOfDay.format(times[r]))</th>"
      for c in 0..<columns {
        guard let id = grid[r][c] else {
          out += "<td></td>"
          continue
        }
        if id >= 0 { out += cells[id].html }
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    let themes = plan.themesUsed
    if !themes.isEmpty {
      out +=
        "<ul class=\"legend\" aria-label=\"\(Markup.escape(PlanWords.word(.themes, lang)))\">\n"
      for (i, theme) in themes.enumerated() {
        let index = plan.schedule.themes.index(of: theme.id) ?? 0
        out +=
          "<li><span class=\"swatch theme-\(index)\"></span> <span class=\"mark\">\(PlanText.legendMark(i))</span> \(isolated(plan.themeName(theme.id) ?? theme.name))</li>\n"
      }
      out += "</ul>\n"
    }
    return out + "</section>\n"
  }

  /// A table cell: its classes, spans and content.
  struct Cell {
    var classes: String
    var inner: String
    var rowspan = 1
    var colspan = 1

    var html: String {
      var out = "<td class=\"\(classes)\""
      if rowspan > 1 { out += " rowspan=\"\(rowspan)\"" }
      if colspan > 1 { out += " colspan=\"\(colspan)\"" }
      return out + ">" + inner + "</td>"
    }
  }

  static func talkCell(_ item: DayPlan.Item, _ plan: DayPlan) -> Cell {
    let talk = item.talk
    var classes = ["talk"]
    var mark = ""
    if let theme = talk.theme, let index = plan.schedule.themes.index(of: theme) {
      classes.append("theme-\(index)")
      let legend = plan.legendIndex[theme] ?? 0
      mark = "<span class=\"mark\">\(PlanText.legendMark(legend))</span> "
    }
    if item.allRooms { classes.append("all") }
    if talk.status == .cancelled { classes.append("cancelled") }
    var html = mark + "<span class=\"title\">\(isolated(plan.title(talk)))</span>"
    if let status = plan.statusWord(talk) {
      html += " <span class=\"status\">(\(Markup.escape(status)))</span>"
    }
    html += "<span class=\"when\">\(PlanText.span(item.start, item.end))"
    if item.allRooms { html += " · \(isolated(plan.name(item.room)))" }
    html += "</span>"
    // Each speaker's line takes its direction from its own first letter (a Latin name reads
    // left to right on an Arabic page), its name and affiliation isolated inside it.
    let speakers = plan.speakerParts(talk).map { name, affiliation in
      "<bdi>" + isolated(name) + (affiliation.map { " (" + isolated($0) + ")" } ?? "") + "</bdi>"
    }
    if !speakers.isEmpty {
      html += "<span class=\"speakers\">\(speakers.joined(separator: "<br>"))</span>"
    }
    return Cell(classes: classes.joined(separator: " "), inner: html)
  }

  /// `text` escaped and isolated from its neighbours for the bidi algorithm: each name,
  /// affiliation, room, theme and title is a run of its own, so that a French affiliation
  /// beside an Arabic name keeps its brackets in place on a right-to-left page.
  static func isolated(_ text: String) -> String { "<bdi>\(Markup.escape(text))</bdi>" }
}
