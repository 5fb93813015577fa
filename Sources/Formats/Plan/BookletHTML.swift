import Scheduling

/// The programme booklet: a cover, a table of contents, then each day on new pages with its
/// talks grouped by the time they start, each with its time, room, theme, session and chair,
/// speakers and their affiliations, and its abstract, in the chosen language. Theme letters
/// are the programme's.
public enum BookletHTML {
  public static func render(_ schedule: Schedule, options: PlanOptions) -> String {
    PlanHTML.document(schedule, options, title: .booklet, css: css) { language in
      let plans = options.selectedDays(of: schedule).map {
        DayPlan(schedule, day: $0, options: options, shown: { $0 })
      }
      return cover(schedule, plans: plans, language: language)
        + contents(plans, language: language) + plans.map(day).joined()
    }
  }

  static let css = """
    @page { size: A4 portrait; margin: 18mm 16mm; }
    body { font-family: "DejaVu Serif", "Noto Serif", Georgia, serif; font-size: 10.5pt; line-height: 1.35; color: #000; margin: 0; }
    h1, h2, h3, h4, nav, .meta, .speakers { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
    section.cover { break-after: page; page-break-after: always; text-align: center; padding-top: 60mm; }
    section.cover h1 { font-size: 26pt; margin: 0 0 8mm; }
    section.cover p { font-size: 14pt; margin: 2mm 0; }
    nav.contents { break-after: page; page-break-after: always; }
    nav.contents h2 { font-size: 18pt; }
    nav.contents ol { list-style: none; padding: 0; margin: 0 0 4mm; }
    nav.contents li.day { font-weight: bold; margin-top: 3mm; }
    nav.contents li.talk { font-size: 9.5pt; padding-inline-start: 6mm; }
    nav.contents a { color: #000; text-decoration: none; }
    section.day { break-before: page; page-break-before: always; }
    section.day h2 { font-size: 18pt; border-bottom: 0.5mm solid #000; margin: 0 0 3mm; }
    h3.time { font-size: 12pt; margin: 5mm 0 1mm; break-after: avoid; page-break-after: avoid; }
    article { margin: 0 0 4mm; padding-inline-start: 3mm; border-inline-start: 2mm solid #ccc; break-inside: avoid; page-break-inside: avoid; }
    article h4 { font-size: 11.5pt; margin: 0; }
    article.cancelled h4 .title { text-decoration: line-through; }
    .meta { color: #333; font-size: 9pt; margin: 0.5mm 0; }
    ul.speakers { list-style: none; padding: 0; margin: 1mm 0; font-size: 9.5pt; }
    p.abstract { margin: 1mm 0 0; text-align: justify; }
    p.break { font-style: italic; color: #444; margin: 3mm 0; }
    .mark { font-family: "DejaVu Sans Mono", monospace; }
    ul.legend { margin: 6mm 0 0; font-size: 9pt; }

    """

  static func cover(_ schedule: Schedule, plans: [DayPlan], language: String) -> String {
    let event = schedule.event
    var out =
      "<section class=\"cover\">\n<h1>\(PlanHTML.isolated(event.title(in: language)))</h1>\n"
    out += "<p>\(PlanHTML.isolated(event.venue))</p>\n"
    for plan in plans {
      out += "<p>\(PlanHTML.isolated(CalendarNames.long(plan.day.date, in: language)))</p>\n"
    }
    out += "<p>\(Markup.escape(PlanWords.word(.booklet, language)))</p>\n"
    return out + "</section>\n"
  }

  static func contents(_ plans: [DayPlan], language: String) -> String {
    var out =
      "<nav class=\"contents\">\n<h2>\(Markup.escape(PlanWords.word(.contents, language)))</h2>\n<ol>\n"
    for plan in plans {
      let date = CalendarNames.long(plan.day.date, in: language)
      out +=
        "<li class=\"day\"><a href=\"#day-\(plan.day.date.iso)\">\(PlanHTML.isolated(date))</a></li>\n"
      for item in plan.items {
        out +=
          "<li class=\"talk\"><a href=\"#talk-\(anchor(item.talk.id))\">\(TimeOfDay.format(item.start)) \(PlanHTML.isolated(plan.title(item.talk)))</a></li>\n"
      }
    }
    return out + "</ol>\n</nav>\n"
  }

  static func day(_ plan: DayPlan) -> String {
    let lang = plan.language
    var out = "<section class=\"day\" id=\"day-\(plan.day.date.iso)\">\n"
    out += "<h2>\(PlanHTML.isolated(CalendarNames.long(plan.day.date, in: lang)))</h2>\n"
    // Breaks and talks in time order; talks that start together under one time.
    var breaks = plan.breaks.sorted { $0.start < $1.start }[...]
    var last: Int?
    for item in plan.items {
      while let pause = breaks.first, pause.start.minutes <= item.start {
        out += pauseLine(pause, plan)
        breaks = breaks.dropFirst()
        last = nil
      }
      if item.start != last {
        out += "<h3 class=\"time\">\(TimeOfDay.format(item.start))</h3>\n"
        last = item.start
      }
      out += article(item, plan)
    }
    for pause in breaks { out += pauseLine(pause, plan) }
    return out + PlanHTML.legendList(plan) + "</section>\n"
  }

  static func pauseLine(_ pause: Break, _ plan: DayPlan) -> String {
    let span = PlanText.span(pause.start.minutes, pause.end.minutes)
    return "<p class=\"break\">\(span) · \(PlanHTML.isolated(plan.breakTitle(pause)))</p>\n"
  }

  static func article(_ item: DayPlan.Item, _ plan: DayPlan) -> String {
    let talk = item.talk
    var classes: [String] = []
    var mark = ""
    var theme = ""
    if let id = talk.theme, let index = plan.legendIndex[id] {
      mark =
        "<span class=\"swatch theme-\(index)\"></span> <span class=\"mark\">\(PlanText.legendMark(index))</span> "
      theme = " · " + PlanHTML.isolated(plan.themeName(id) ?? id)
    }
    if talk.status == .cancelled { classes.append("cancelled") }
    var out = "<article id=\"talk-\(anchor(talk.id))\""
    if !classes.isEmpty { out += " class=\"\(classes.joined(separator: " "))\"" }
    out += ">\n<h4>\(mark)<span class=\"title\">\(PlanHTML.isolated(plan.title(talk)))</span>"
    if let status = plan.statusWord(talk) { out += " (\(Markup.escape(status)))" }
    out += "</h4>\n"
    out +=
      "<p class=\"meta\">\(PlanText.span(item.start, item.end)) · \(PlanHTML.isolated(plan.name(item.room)))\(theme)</p>\n"
    if let session = plan.schedule.session(ofTalk: talk.id) {
      var line = PlanHTML.isolated(plan.title(session))
      if let chair = plan.chairLine(session) { line += " · " + PlanHTML.isolated(chair) }
      out += "<p class=\"meta session\">\(line)</p>\n"
    }
    let speakers = PlanHTML.speakerLines(talk, plan, bold: true)
    if !speakers.isEmpty {
      out += "<ul class=\"speakers\">\n"
      for line in speakers { out += "<li>\(line)</li>\n" }
      out += "</ul>\n"
    }
    if let abstract = talk.abstract {
      // Paragraphs are separated by blank lines; the abstract reads in its own direction.
      for paragraph in abstract.components(separatedBy: "\n\n")
      where !paragraph.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        out += "<p class=\"abstract\" dir=\"auto\">\(Markup.escape(plan.shown(paragraph)))</p>\n"
      }
    }
    return out + "</article>\n"
  }

  /// A talk's id made safe as a fragment (ids are the file's, checked but free-form).
  static func anchor(_ id: String) -> String {
    String(
      id.unicodeScalars.map {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
          ? Character($0) : "_"
      })
  }
}
