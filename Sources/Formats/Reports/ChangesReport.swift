import Scheduling
import TextWidth

/// What `multaqa changes` prints: the notice organizers post and send. Talks added,
/// cancelled, moved, retitled, with new speakers, grouped by day, in the chosen language; as
/// text, Markdown, HTML or JSON.
public enum ChangesReport {
  public enum Format: String, CaseIterable, Sendable { case text, markdown, html, json }

  /// One line of the notice: what happened to a talk, in `language`.
  static func sentence(
    _ change: TalkChange, in schedule: Schedule, language: String, shown: (String) -> String
  ) -> String {
    let ui = InterfaceLanguage(code: language) ?? .en
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    let current = schedule.talks[id: change.talk]
    let title = shown(
      current?.title(in: language, primary: schedule.event.language)
        ?? change.after?.title ?? change.before?.title ?? change.talk)
    func place(_ talk: ReleasedTalk?) -> String {
      guard let at = talk?.at else { return tr("unscheduled") }
      let room =
        schedule.rooms[id: at.room].map {
          localized($0.name, $0.names, primary: schedule.event.language, in: language)
        } ?? at.room
      return "\(CalendarNames.dayMonth(at.date, in: language)) \(at.start) \(shown(room))"
    }
    func people(_ talk: ReleasedTalk?) -> String {
      (talk?.speakers ?? []).map { id in
        shown(schedule.speakers[id: id]?.name(in: language) ?? id)
      }.joined(separator: ", ")
    }
    switch change.kind {
    case .added: return tr("New: {1}, {2}", title, place(change.after))
    case .removed: return tr("Removed: {1}", title)
    case .cancelled: return tr("Cancelled: {1} ({2})", title, place(change.before))
    case .restored: return tr("Back on the programme: {1}, {2}", title, place(change.after))
    case .moved:
      return tr("Moved: {1}, from {2} to {3}", title, place(change.before), place(change.after))
    case .retitled:
      return tr(
        "New title: {1} (was {2})", title, shown(change.before?.title ?? ""))
    case .speakers:
      return tr(
        "Speakers of {1}: {2} (were {3})", title, people(change.after), people(change.before))
    }
  }

  /// The changes by day (in date order; changes without a day last).
  static func byDay(_ changes: [TalkChange]) -> [(CalendarDate?, [TalkChange])] {
    var groups: [CalendarDate?: [TalkChange]] = [:]
    for change in changes { groups[change.date, default: []].append(change) }
    return groups.keys.sorted { a, b in
      switch (a, b) {
      case (let a?, let b?): return a < b
      case (nil, _): return false
      case (_, nil): return true
      }
    }.map { ($0, groups[$0]!) }
  }

  /// The notice of `changes` between `older` and `newer` (names of the two versions).
  public static func render(
    _ changes: [TalkChange], older: String, newer: String, in schedule: Schedule,
    language: String, format: Format
  ) -> String {
    let ui = InterfaceLanguage(code: language) ?? .en
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    let title = tr(
      "Programme changes: {1}, from {2} to {3}", schedule.event.title(in: language), older, newer)
    let groups = byDay(changes)
    func dayName(_ date: CalendarDate?) -> String {
      date.map { CalendarNames.long($0, in: language) } ?? tr("Not on the programme")
    }
    switch format {
    case .text:
      let shown = TerminalText.visible
      var out = shown(title) + "\n\n"
      if changes.isEmpty { out += tr("No changes.") + "\n" }
      for (date, list) in groups {
        out += dayName(date) + "\n"
        for change in list {
          out += "  - " + sentence(change, in: schedule, language: language, shown: shown) + "\n"
        }
        out += "\n"
      }
      return out
    case .markdown:
      let shown = PlanMarkdown.cell
      var out = "## " + shown(title) + "\n\n"
      if changes.isEmpty { out += shown(tr("No changes.")) + "\n" }
      for (date, list) in groups {
        out += "### " + dayName(date) + "\n\n"
        for change in list {
          out += "- " + sentence(change, in: schedule, language: language, shown: shown) + "\n"
        }
        out += "\n"
      }
      return out
    case .html:
      let rtl = PlanWords.isRightToLeft(language)
      var out =
        "<!DOCTYPE html>\n<html lang=\"\(Markup.escape(language))\" dir=\"\(rtl ? "rtl" : "ltr")\">\n"
      out +=
        "<head>\n<meta charset=\"utf-8\">\n<title>\(Markup.escape(title))</title>\n</head>\n<body>\n"
      out += "<h1>\(Markup.escape(title))</h1>\n"
      if changes.isEmpty { out += "<p>\(Markup.escape(tr("No changes.")))</p>\n" }
      for (date, list) in groups {
        out += "<h2>\(Markup.escape(dayName(date)))</h2>\n<ul>\n"
        for change in list {
          let text = sentence(change, in: schedule, language: language, shown: { $0 })
          out += "<li class=\"\(change.kind.rawValue)\"><bdi>\(Markup.escape(text))</bdi></li>\n"
        }
        out += "</ul>\n"
      }
      return out + "</body>\n</html>\n"
    case .json:
      func talk(_ t: ReleasedTalk?) -> JSON {
        guard let t else { return .null }
        return .object([
          ("title", .string(t.title)),
          ("date", .string(t.at?.date.iso)), ("room", .string(t.at?.room)),
          ("start", .string(t.at?.start.description)), ("duration", .int(t.duration)),
          ("status", .string(t.status.rawValue)), ("speakers", .array(t.speakers.map(JSON.string))),
        ])
      }
      let list = changes.map { change -> JSON in
        .object([
          ("kind", .string(change.kind.rawValue)), ("talk", .string(change.talk)),
          ("date", .string(change.date?.iso)),
          ("text", .string(sentence(change, in: schedule, language: language, shown: { $0 }))),
          ("before", talk(change.before)), ("after", talk(change.after)),
        ])
      }
      return JSON.object([
        ("from", .string(older)), ("to", .string(newer)), ("language", .string(language)),
        ("changes", .array(list)),
      ]).text(pretty: true) + "\n"
    }
  }
}
