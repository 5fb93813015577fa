import Scheduling

/// Door signs: for each room and day, one A4 page to put on the room's door, readable from a
/// few metres: the room's name in 44 pt, the day, then each talk's time, title and speakers
/// in the largest type (28 pt down to 14 pt) that fits the page, with the breaks between
/// them. A session heads its talks (its time, title and chair), which follow it indented. A
/// day too full for one page continues on the next, the room and day repeated and no talk
/// cut. Theme letters are the programme's.
public enum DoorSignHTML {
  public static func render(_ schedule: Schedule, options: PlanOptions) -> String {
    PlanHTML.document(schedule, options, title: .doorSigns, css: css) { _ in
      let rooms = options.room.map { [$0] } ?? schedule.rooms.map(\.id)
      var out = ""
      for day in options.selectedDays(of: schedule) {
        for room in rooms {
          var only = options
          only.room = room
          let plan = DayPlan(schedule, day: day, options: only, shown: { $0 })
          // Every room that holds something that day gets a sign; an asked-for one always does.
          let own = plan.items.contains { $0.room.id == room }
          guard own || options.room != nil else { continue }
          out += sign(plan)
        }
      }
      return out
    }
  }

  static let css = """
    @page { size: A4 portrait; margin: 12mm; }
    body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; line-height: 1.2; color: #000; margin: 0; }
    section.sign { break-after: page; page-break-after: always; }
    section.sign:last-of-type { break-after: auto; page-break-after: auto; }
    p.event { font-size: 12pt; margin: 0 0 2mm; }
    h1 { font-size: 44pt; margin: 0; line-height: 1.1; overflow-wrap: anywhere; }
    p.date { font-size: 20pt; margin: 1mm 0 5mm; }
    ol.talks { list-style: none; margin: 0; padding: 0; }
    ol.talks li { border-top: 0.5mm solid #555; padding: 0.15em 0 0.25em; break-inside: avoid; page-break-inside: avoid; overflow-wrap: anywhere; }
    .when { display: block; font-weight: bold; }
    .title { display: block; font-weight: bold; }
    .speakers { display: block; font-size: 0.75em; }
    li.talk { -webkit-print-color-adjust: exact; print-color-adjust: exact; padding-inline: 0.2em; }
    li.break { font-style: italic; font-size: 0.7em; }
    li.cancelled .title { text-decoration: line-through; }
    li.session { border-top-width: 1mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; padding-inline: 0.2em; }
    li.in-session { margin-inline-start: 1.2em; border-top-style: dotted; }
    .mark { font-family: "DejaVu Sans Mono", monospace; }
    ul.legend { margin: 5mm 0 0; font-size: 11pt; }

    """

  /// An entry of a sign: its HTML and its text for measuring.
  struct Entry {
    var html: String
    var blocks: [TextBlock]
  }

  static func sign(_ plan: DayPlan) -> String {
    let lang = plan.language
    let room = plan.rooms.first.map(plan.name) ?? ""
    let date = CalendarNames.long(plan.day.date, in: lang)
    let event = plan.schedule.event.title(in: lang)
    var entries: [(start: Int, order: Int, entry: Entry)] = []
    for pause in plan.breaks {
      let text =
        "\(PlanText.span(pause.start.minutes, pause.end.minutes)) · \(plan.breakTitle(pause))"
      entries.append(
        (
          pause.start.minutes, 0,
          Entry(
            html: "<li class=\"break\">\(PlanHTML.isolated(text))</li>\n",
            blocks: [TextBlock(text, scale: 0.7)])
        ))
    }
    for block in plan.blocks { entries.append((block.start, 1, session(block, plan))) }
    let inSession = Set(plan.blocks.flatMap { $0.items.map(\.talk.id) })
    for item in plan.items {
      entries.append((item.start, 2, talk(item, plan, inSession: inSession.contains(item.talk.id))))
    }
    let ordered = entries.sorted { ($0.start, $0.order) < ($1.start, $1.order) }.map(\.entry)
    let layout = SignLayout.choose(ordered.map(\.blocks), room: room, event: event)
    var out = ""
    for (number, range) in layout.sheets.enumerated() {
      out += "<section class=\"sign\">\n<header><p class=\"event\">\(PlanHTML.isolated(event))</p>"
      out +=
        "<h1>\(PlanHTML.isolated(room))</h1><p class=\"date\">\(PlanHTML.isolated(date))</p></header>\n"
      out += "<ol class=\"talks\" style=\"font-size: \(layout.size.formatted)pt\">\n"
      for entry in ordered[range] { out += entry.html }
      out += "</ol>\n"
      if number == layout.sheets.count - 1 { out += PlanHTML.legendList(plan) }
      out += "</section>\n"
    }
    return out
  }

  /// An entry's time with its theme's letter (as text and HTML), and `classes` with the
  /// theme's colour class.
  static func time(
    _ start: Int, _ end: Int, theme: String?, _ plan: DayPlan, classes: [String]
  ) -> (classes: [String], text: String, html: String) {
    var classes = classes
    var text = PlanText.span(start, end)
    var html = text
    if let theme, let index = plan.legendIndex[theme] {
      classes.append("theme-\(index)")
      text += " " + PlanText.legendMark(index)
      html += " <span class=\"mark\">\(PlanText.legendMark(index))</span>"
    }
    return (classes, text, html)
  }

  /// A session's heading: its time and theme letter, its title, its chair.
  static func session(_ block: DayPlan.Block, _ plan: DayPlan) -> Entry {
    let (classes, when, whenHTML) = time(
      block.start, block.end, theme: block.session.theme, plan, classes: ["session"])
    let title = plan.title(block.session)
    var html =
      "<li class=\"\(classes.joined(separator: " "))\"><span class=\"when\">\(whenHTML)</span>"
    html += "<span class=\"title\">\(PlanHTML.isolated(title))</span>"
    var blocks = [TextBlock(when, bold: true), TextBlock(title, bold: true)]
    if let chair = plan.chairLine(block.session) {
      html += "<span class=\"speakers\">\(PlanHTML.isolated(chair))</span>"
      blocks.append(TextBlock(chair, scale: 0.75))
    }
    return Entry(html: html + "</li>\n", blocks: blocks)
  }

  static func talk(_ item: DayPlan.Item, _ plan: DayPlan, inSession: Bool = false) -> Entry {
    let talk = item.talk
    var (classes, when, whenHTML) = time(
      item.start, item.end, theme: talk.theme, plan,
      classes: [inSession ? "talk in-session" : "talk"])
    // A plenary elsewhere says where it is.
    if item.room.id != plan.rooms.first?.id {
      when += " · " + plan.name(item.room)
      whenHTML += " · " + PlanHTML.isolated(plan.name(item.room))
    }
    if talk.status == .cancelled { classes.append("cancelled") }
    var title = plan.title(talk)
    var titleHTML = PlanHTML.isolated(title)
    if let status = plan.statusWord(talk) {
      title += " (\(status))"
      titleHTML += " (\(Markup.escape(status)))"
    }
    let speakers = plan.speakers(talk)
    var html =
      "<li class=\"\(classes.joined(separator: " "))\"><span class=\"when\">\(whenHTML)</span>"
    html += "<span class=\"title\">\(titleHTML)</span>"
    if !speakers.isEmpty {
      let lines = PlanHTML.speakerLines(talk, plan).joined(separator: "<br>")
      html += "<span class=\"speakers\">\(lines)</span>"
    }
    html += "</li>\n"
    return Entry(
      html: html,
      blocks: [TextBlock(when, bold: true), TextBlock(title, bold: true)]
        + speakers.map { TextBlock($0, scale: 0.75) })
  }
}

/// How a door sign goes on paper: the largest type at which its entries fit one page, or
/// sheets of whole entries at the smallest.
struct SignLayout: Equatable {
  var size: Double
  var sheets: [Range<Int>]

  static let sizes = Array(stride(from: 28.0, through: 14.0, by: -2.0))

  static func choose(_ entries: [[TextBlock]], room: String, event: String) -> SignLayout {
    let box = PageBox(orientation: .portrait)
    let roomLines = TypeMetrics.lines(room, width: box.width / PageBox.em(44), bold: true)
    let header =
      PageBox.em(12) * 1.2 + 2 + Double(roomLines) * PageBox.em(44) * 1.1
      + PageBox.em(20) * 1.2 + 6
    let page = PlanLayout.usable(box) - header
    func heights(_ size: Double) -> [Double] {
      let em = PageBox.em(size)
      return entries.map { blocks in
        let lines = blocks.reduce(0.0) {
          $0 + Double(TypeMetrics.lines($1.text, width: box.width / em / $1.scale, bold: $1.bold))
            * $1.scale
        }
        return lines * 1.2 * em + 0.4 * em + 0.5
      }
    }
    for size in sizes {
      if heights(size).reduce(0, +) <= page - 12 {
        return SignLayout(size: size, sheets: [0..<entries.count])
      }
    }
    let size = sizes.last!
    var sheets: [Range<Int>] = []
    var start = 0
    var used = 0.0
    for (i, height) in heights(size).enumerated() {
      if i > start && used + height > page {
        sheets.append(start..<i)
        start = i
        used = 0
      }
      used += height
    }
    sheets.append(start..<entries.count)
    return SignLayout(size: size, sheets: sheets)
  }
}
