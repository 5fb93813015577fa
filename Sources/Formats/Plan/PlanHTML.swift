import Scheduling

/// A printable, self-contained HTML5 page set: each day on one A4 page (turned and in
/// smaller type when it must be, see `PlanLayout`), the day as a table with rooms as columns
/// and row spans by duration, themes as colours and, for black-and-white printers, as
/// letters with a legend. No external assets; every text is escaped; `lang` and
/// `dir="rtl"` are set for Arabic.
public enum PlanHTML {
  public static func render(_ schedule: Schedule, options: PlanOptions) -> String {
    document(schedule, options, title: .programme, css: css) { _ in
      options.selectedDays(of: schedule).map {
        page(DayPlan(schedule, day: $0, options: options, shown: { $0 }))
      }.joined()
    }
  }

  /// A whole page set in the plan's language: its direction, title, style (with the themes'
  /// colours and legend) and the body that `content` writes in that language.
  static func document(
    _ schedule: Schedule, _ options: PlanOptions, title: PlanWords.Word, css: String,
    content: (_ language: String) -> String
  ) -> String {
    let language = options.language ?? schedule.event.language
    let rtl = PlanWords.isRightToLeft(language)
    var out = "<!DOCTYPE html>\n"
    out += "<html lang=\"\(Markup.escape(language))\" dir=\"\(rtl ? "rtl" : "ltr")\">\n<head>\n"
    out += "<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out +=
      "<title>\(Markup.escape(schedule.event.title(in: language))) — \(Markup.escape(PlanWords.word(title, language)))</title>\n"
    out += "<style>\n\(css)\(themeCSS(schedule))</style>\n</head>\n<body>\n"
    return out + content(language) + "</body>\n</html>\n"
  }

  /// Light theme colours that keep black text readable, printed as they are.
  static let colors = [
    "#cfe2ff", "#d1e7dd", "#fff3cd", "#f8d7da", "#e2d9f3", "#cff4fc", "#ffe5d0", "#d3d3f5",
    "#e9f5c9", "#fbd8f0", "#d9f2e6", "#f2e2c9",
  ]

  /// The programme's style. Sizes are in em, so that a sheet's `font-size` sets them all;
  /// `PlanLayout` estimates heights from the same numbers.
  static let css = """
    @page { size: A4 portrait; margin: 12mm; }
    @page landscape { size: A4 landscape; margin: 12mm; }
    body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.2; color: #000; margin: 0; }
    section.sheet { break-after: page; page-break-after: always; }
    section.sheet:last-of-type { break-after: auto; page-break-after: auto; }
    section.landscape { page: landscape; }
    h1 { font-size: 1.6em; margin: 0 0 1mm; }
    p.subtitle { font-size: 1.15em; margin: 0 0 3mm; }
    table.plan { width: 100%; border-collapse: collapse; table-layout: fixed; }
    table.plan tr { break-inside: avoid; page-break-inside: avoid; }
    table.plan th, table.plan td { border: 0.3mm solid #555; padding: 0.6mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; }
    table.plan thead th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    th.time { width: 4.6em; white-space: nowrap; font-weight: normal; }
    td.talk { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    td.break { background: #f0f0f0; text-align: center; font-style: italic; }
    td.all { text-align: center; }
    .mark { font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }
    .title { font-weight: bold; }
    .when, .speakers { display: block; }
    .speakers { font-size: 0.88em; }
    .when { color: #333; }
    .status { font-style: italic; }
    td.cancelled { opacity: 0.7; }
    td.cancelled .title { text-decoration: line-through; }
    ul.legend { margin: 4mm 0 0; }
    td.session { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    .session-title { font-weight: bold; }
    .chair { display: block; font-style: italic; font-size: 0.88em; }
    .in-session { margin-top: 0.8mm; padding-top: 0.5mm; border-top: 0.2mm dotted #555; }
    .in-session .at { font-variant-numeric: tabular-nums; }
    .in-session.cancelled .title { text-decoration: line-through; }

    """

  /// The theme legend's style, shared by every printed page set.
  static let legendCSS = """
    ul.legend { list-style: none; padding: 0; columns: 2; }
    ul.legend li { margin: 0.5mm 0; break-inside: avoid; }
    .swatch { display: inline-block; width: 4mm; height: 3mm; border: 0.3mm solid #555; vertical-align: middle; -webkit-print-color-adjust: exact; print-color-adjust: exact; }

    """

  /// Each theme's background, by its place in the event (the same as its letter's).
  static func themeCSS(_ schedule: Schedule) -> String {
    legendCSS
      + schedule.themes.indices.map {
        ".theme-\($0) { background: \(colors[$0 % colors.count]); }\n"
      }.joined()
  }

  static func page(_ plan: DayPlan) -> String {
    let (title, subtitle) = plan.heading
    let grid = Self.grid(plan)
    let legend = plan.themesUsed.map { theme in
      "\(PlanText.legendMark(plan.legendIndex[theme.id] ?? 0)) \(plan.themeName(theme.id) ?? theme.name)"
    }
    let layout = PlanLayout.choose(grid, title: title, subtitle: subtitle, legend: legend)
    var out = ""
    for (number, rows) in layout.sheets.enumerated() {
      let size = layout.size.formatted
      out +=
        "<section class=\"sheet \(layout.orientation.rawValue)\" style=\"font-size: \(size)pt\">\n"
      if number == 0 {
        out +=
          "<header><h1>\(isolated(title))</h1><p class=\"subtitle\">\(isolated(subtitle))</p></header>\n"
      } else {
        // A continued day says which day it is.
        out +=
          "<header><p class=\"subtitle\">\(isolated(title)) · \(isolated(subtitle))</p></header>\n"
      }
      if grid.rows > 0 { out += table(grid, rows: rows) }
      if number == layout.sheets.count - 1 { out += legendList(plan) }
      out += "</section>\n"
    }
    return out
  }

  /// The day's table: sessions as one cell each, other talks one by one.
  static func grid(_ plan: DayPlan) -> PlanGrid {
    PlanGrid(plan, cell: { talkCell($0, plan).parts }, block: { sessionCell($0, plan).parts })
  }

  static func table(_ grid: PlanGrid, rows: Range<Int>) -> String {
    let plan = grid.plan
    var out =
      "<table class=\"plan\">\n<thead><tr><th class=\"time\">\(Markup.escape(PlanWords.word(.time, plan.language)))</th>"
    for room in plan.rooms {
      out += "<th>\(isolated(plan.name(room))) <small>(\(room.capacity))</small></th>"
    }
    if plan.rooms.isEmpty { out += "<th></th>" }
    out += "</tr></thead>\n<tbody>\n"
    for r in rows {
      out += "<tr><th class=\"time\">\(TimeOfDay.format(grid.times[r]))</th>"
      for c in 0..<grid.columns {
        if let cell = grid.cell(startingAt: r, c) {
          out += "<td class=\"\(cell.classes)\""
          if cell.rowspan > 1 { out += " rowspan=\"\(cell.rowspan)\"" }
          if cell.colspan > 1 { out += " colspan=\"\(cell.colspan)\"" }
          out += ">" + cell.html + "</td>"
        } else if grid.owner[r][c] == nil {
          out += "<td></td>"
        }
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  static func legendList(_ plan: DayPlan) -> String {
    let themes = plan.themesUsed
    guard !themes.isEmpty else { return "" }
    var out =
      "<ul class=\"legend\" aria-label=\"\(Markup.escape(PlanWords.word(.themes, plan.language)))\">\n"
    for theme in themes {
      let index = plan.legendIndex[theme.id] ?? 0
      out +=
        "<li><span class=\"swatch theme-\(index)\"></span> <span class=\"mark\">\(PlanText.legendMark(index))</span> \(isolated(plan.themeName(theme.id) ?? theme.name))</li>\n"
    }
    return out + "</ul>\n"
  }

  /// A talk's cell: its classes, its HTML and its text for measuring.
  struct Cell {
    var classes: String
    var inner: String
    var blocks: [TextBlock]

    var parts: (classes: String, html: String, [TextBlock]) { (classes, inner, blocks) }
  }

  static func talkCell(_ item: DayPlan.Item, _ plan: DayPlan) -> Cell {
    let talk = item.talk
    var classes = ["talk"]
    var mark = ""
    var markText = ""
    if let theme = talk.theme, let index = plan.legendIndex[theme] {
      classes.append("theme-\(index)")
      markText = PlanText.legendMark(index) + " "
      mark = "<span class=\"mark\">\(PlanText.legendMark(index))</span> "
    }
    if item.allRooms { classes.append("all") }
    if talk.status == .cancelled { classes.append("cancelled") }
    var html = mark + "<span class=\"title\">\(isolated(plan.title(talk)))</span>"
    var heading = markText + plan.title(talk)
    if let status = plan.statusWord(talk) {
      html += " <span class=\"status\">(\(Markup.escape(status)))</span>"
      heading += " (\(status))"
    }
    var when = PlanText.span(item.start, item.end)
    if item.allRooms { when += " · \(plan.name(item.room))" }
    html += "<span class=\"when\">\(PlanText.span(item.start, item.end))"
    if item.allRooms { html += " · \(isolated(plan.name(item.room)))" }
    html += "</span>"
    var blocks = [TextBlock(heading, bold: true), TextBlock(when)]
    let speakers = speakerLines(talk, plan)
    if !speakers.isEmpty {
      html += "<span class=\"speakers\">\(speakers.joined(separator: "<br>"))</span>"
    }
    blocks += plan.speakers(talk).map { TextBlock($0, scale: 0.88) }
    return Cell(classes: classes.joined(separator: " "), inner: html, blocks: blocks)
  }

  /// A session's cell: its title, chair and time, then each of its talks with its time and
  /// speakers.
  static func sessionCell(_ block: DayPlan.Block, _ plan: DayPlan) -> Cell {
    let session = block.session
    var classes = ["session"]
    var mark = ""
    var markText = ""
    if let theme = session.theme, let index = plan.legendIndex[theme] {
      classes.append("theme-\(index)")
      markText = PlanText.legendMark(index) + " "
      mark = "<span class=\"mark\">\(PlanText.legendMark(index))</span> "
    }
    let when = PlanText.span(block.start, block.end)
    var html = mark + "<span class=\"session-title\">\(isolated(plan.title(session)))</span>"
    html += "<span class=\"when\">\(when)</span>"
    var blocks = [TextBlock(markText + plan.title(session), bold: true), TextBlock(when)]
    if let chair = plan.chairLine(session) {
      html += "<span class=\"chair\">\(isolated(chair))</span>"
      blocks.append(TextBlock(chair, scale: 0.88))
    }
    for item in block.items {
      let talk = item.talk
      var line = "<span class=\"title\">\(isolated(plan.title(talk)))</span>"
      var text = TimeOfDay.format(item.start) + " " + plan.title(talk)
      if let status = plan.statusWord(talk) {
        line += " <span class=\"status\">(\(Markup.escape(status)))</span>"
        text += " (\(status))"
      }
      let cancelled = talk.status == .cancelled ? " cancelled" : ""
      html +=
        "<div class=\"in-session\(cancelled)\"><span class=\"at\">\(TimeOfDay.format(item.start))</span> \(line)"
      let speakers = speakerLines(talk, plan)
      if !speakers.isEmpty {
        html += "<span class=\"speakers\">\(speakers.joined(separator: "<br>"))</span>"
      }
      html += "</div>"
      blocks.append(TextBlock(text, bold: true))
      blocks += plan.speakers(talk).map { TextBlock($0, scale: 0.88) }
    }
    return Cell(classes: classes.joined(separator: " "), inner: html, blocks: blocks)
  }

  /// Each speaker of `talk` as `Name (Affiliation)`: the line takes its direction from its
  /// own first letter (a Latin name reads left to right on an Arabic page), its name and
  /// affiliation isolated inside it.
  static func speakerLines(_ talk: Talk, _ plan: DayPlan, bold: Bool = false) -> [String] {
    plan.speakerParts(talk).map { name, affiliation in
      let name = bold ? "<b>\(isolated(name))</b>" : isolated(name)
      return "<bdi>" + name + (affiliation.map { " (" + isolated($0) + ")" } ?? "") + "</bdi>"
    }
  }

  /// `text` escaped and isolated from its neighbours for the bidi algorithm: each name,
  /// affiliation, room, theme and title is a run of its own, so that a French affiliation
  /// beside an Arabic name keeps its brackets in place on a right-to-left page.
  static func isolated(_ text: String) -> String { "<bdi>\(Markup.escape(text))</bdi>" }
}

extension Double {
  /// `8`, `8.5`: a size in CSS without trailing zeros.
  var formatted: String {
    self == rounded() ? String(Int(self)) : String(self)
  }
}
