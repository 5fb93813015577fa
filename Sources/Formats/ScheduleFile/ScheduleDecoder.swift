import Foundation
import Scheduling
import Yams

/// Turns a composed YAML document into a ``Schedule``, checking every field and reference.
final class ScheduleDecoder {
  let reader: YAMLReader

  /// A reference to check once every entity is known.
  private struct Reference {
    enum Kind: String { case room, theme, speaker, talk, day }
    var kind: Kind
    var id: String
    var mark: Mark?
    var path: String
  }

  private var references: [Reference] = []
  /// Ids of every entity the file declares, even those with bad fields, so that one bad field
  /// does not also make every reference to its entity an error.
  private var declared: [Reference.Kind: Set<String>] = [:]
  private var slot = 15

  init(reader: YAMLReader) { self.reader = reader }

  func decode(_ root: Node) -> Schedule? {
    guard
      let fields = reader.fields(
        root, "",
        known: ["multaqa", "event", "days", "rooms", "themes", "speakers", "talks", "solver"])
    else { return nil }

    guard let version = fields.int("multaqa", minimum: 1, what: "the format version") else {
      if fields.node("multaqa") == nil {
        reader.report(
          fields.mark, "",
          "missing `multaqa: \(Schedule.formatVersion)` (the format version) at the top of the file"
        )
      }
      return nil
    }
    guard version <= Schedule.formatVersion else {
      reader.report(
        fields.mark("multaqa"), "multaqa",
        "format version \(version) is newer than this Multaqa reads "
          + "(\(Schedule.formatVersion)); update Multaqa to open this file")
      return nil
    }

    guard let eventNode = fields.node("event") else {
      reader.report(fields.mark, "", "missing section event (title, venue, timezone, slot)")
      return nil
    }
    let event = decodeEvent(eventNode)
    slot = event?.slot ?? 15

    let days = decodeDays(fields.node("days"))
    // No day, no programme: every command would have nothing to show, and saving would
    // write a file that says nothing. The loader, `check` and saving agree on this.
    if let node = fields.node("days"), case .sequence(let list) = node, list.isEmpty {
      reader.report(
        node.mark, "days",
        "the event needs at least one day (date, opens, closes); the list is empty")
    }
    let rooms = decodeList(fields.node("rooms"), "rooms", what: "room", decodeRoom)
    let themes = decodeList(fields.node("themes"), "themes", what: "theme", decodeTheme)
    let speakers = decodeList(
      fields.node("speakers"), "speakers", what: "speaker", { self.decodeSpeaker($0, $1, days) })
    let talks = decodeList(fields.node("talks"), "talks", what: "talk", decodeTalk)
    if fields.node("days") == nil {
      reader.report(fields.mark, "", "missing section days (the event needs at least one day)")
    }

    for reference in references where declared[reference.kind]?.contains(reference.id) != true {
      let candidates = (declared[reference.kind] ?? []).sorted()
      let hint = suggestion(for: reference.id, among: candidates).map { " (did you mean \($0)?)" }
      let what =
        reference.kind == .day
        ? "is not a day of the event" : "is not a known \(reference.kind.rawValue)"
      reader.report(reference.mark, reference.path, "\(reference.id) \(what)\(hint ?? "")")
    }

    let solver = decodeSolver(fields.node("solver"))
    guard let event, reader.problems.isEmpty else { return nil }
    return Schedule(
      event: event, days: days, rooms: rooms, themes: themes, speakers: speakers, talks: talks,
      solver: solver)
  }

  private func declare(_ kind: Reference.Kind, _ id: String?) {
    if let id { declared[kind, default: []].insert(id) }
  }

  // MARK: Sections

  private func decodeEvent(_ node: Node) -> Event? {
    guard
      let f = reader.fields(
        node, "event",
        known: ["title", "titles", "language", "acronym", "venue", "timezone", "slot", "notes"])
    else { return nil }
    let title = f.string("title", required: true)
    let titles = f.translations("titles")
    let language = f.string("language") ?? "en"
    if !LanguageTag.isWellFormed(language) {
      reader.report(
        f.mark("language"), f.at("language"),
        "\"\(language)\" is not a language tag (BCP 47, like ar, fr, en)")
    }
    let venue = f.string("venue", required: true)
    let timezone = f.string("timezone", required: true)
    if let timezone, !TimeZoneNames.isKnown(timezone) {
      let hint =
        suggestion(for: timezone, among: TimeZone.knownTimeZoneIdentifiers)
        .map { " (did you mean \($0)?)" } ?? ""
      reader.report(
        f.mark("timezone"), f.at("timezone"),
        "\"\(timezone)\" is not a time zone of the tz database\(hint)")
    }
    var slot = f.int("slot", minimum: 1, what: "minutes") ?? 15
    if slot > 240 || 1440 % slot != 0 {
      reader.report(f.mark("slot"), f.at("slot"), "must divide the day evenly (5, 10, 15, 30, 60…)")
      slot = 15
    }
    guard let title, let venue, let timezone else { return nil }
    return Event(
      title: title, titles: titles, language: language, acronym: f.string("acronym"),
      venue: venue, timezone: timezone, slot: slot, notes: f.string("notes"))
  }

  private func decodeDays(_ node: Node?) -> Catalog<Day> {
    var days: [Day] = []
    for day in decodeList(node, "days", what: "day", decodeDay)
    where !days.contains(where: { $0.date == day.date }) {
      days.append(day)
    }
    // Rules compare days by position, so the model keeps them in date order.
    return Catalog(days.sorted { $0.date < $1.date })
  }

  private func decodeList<T: Identified>(
    _ node: Node?, _ path: String, what: String,
    _ decode: (Node, String) -> T?
  ) -> Catalog<T> {
    guard let node, let items = reader.items(node, path) else { return [] }
    var catalog = Catalog<T>()
    for (item, itemPath) in items {
      guard let element = decode(item, itemPath) else { continue }
      if !catalog.append(element) {
        reader.report(item.mark, itemPath, "duplicate \(what) \(element.id)")
      }
    }
    return catalog
  }

  private func decodeDay(_ node: Node, _ path: String) -> Day? {
    guard
      let f = reader.fields(node, path, known: ["date", "opens", "closes", "breaks", "notes"])
    else { return nil }
    let date = f.date("date", required: true)
    declare(.day, date?.iso)
    let opens = gridTime(f, "opens", required: true)
    let closes = gridTime(f, "closes", required: true)
    if let opens, let closes, opens >= closes {
      reader.report(
        f.mark("closes"), f.at("closes"), "the day closes at \(closes), before it opens at \(opens)"
      )
    }
    var breaks: [Break] = []
    if let node = f.node("breaks"), let items = reader.items(node, f.at("breaks")) {
      for (item, itemPath) in items {
        guard let b = reader.fields(item, itemPath, known: ["start", "end", "title", "titles"])
        else { continue }
        guard let start = gridTime(b, "start", required: true),
          let end = gridTime(b, "end", required: true)
        else { continue }
        let title = b.string("title") ?? "Break"
        if start >= end {
          reader.report(
            b.mark("end"), b.at("end"), "the break ends at \(end), before it starts at \(start)")
          continue
        }
        if let opens, let closes, start < opens || end > closes {
          reader.report(
            b.mark("start"), itemPath,
            "the break \(start)–\(end) is outside the day (\(opens)–\(closes))")
        }
        if let clash = breaks.first(where: { $0.start < end && start < $0.end }) {
          reader.report(
            b.mark("start"), itemPath,
            "the break \(start)–\(end) overlaps \(clash.start)–\(clash.end)")
        }
        breaks.append(Break(start: start, end: end, title: title, titles: b.translations("titles")))
      }
    }
    guard let date, let opens, let closes else { return nil }
    return Day(date: date, opens: opens, closes: closes, breaks: breaks, notes: f.string("notes"))
  }

  private func decodeRoom(_ node: Node, _ path: String) -> Room? {
    guard
      let f = reader.fields(
        node, path, known: ["id", "name", "names", "capacity", "features", "notes"])
    else { return nil }
    let id = f.id("id")
    declare(.room, id)
    let name = f.string("name", required: true)
    let capacity = f.int("capacity", required: true, what: "a number of seats")
    let features = f.strings("features", ids: true).map(\.0)
    guard let id, let name, let capacity else { return nil }
    return Room(
      id: id, name: name, names: f.translations("names"), capacity: capacity, features: features,
      notes: f.string("notes"))
  }

  private func decodeTheme(_ node: Node, _ path: String) -> Theme? {
    guard let f = reader.fields(node, path, known: ["id", "name", "names", "notes"]) else {
      return nil
    }
    let id = f.id("id")
    declare(.theme, id)
    guard let id, let name = f.string("name", required: true) else { return nil }
    return Theme(id: id, name: name, names: f.translations("names"), notes: f.string("notes"))
  }

  private func decodeSpeaker(_ node: Node, _ path: String, _ days: Catalog<Day>)
    -> Speaker?
  {
    guard
      let f = reader.fields(
        node, path, known: ["id", "name", "affiliation", "unavailable", "notes"])
    else { return nil }
    let id = f.id("id")
    declare(.speaker, id)
    let name = f.string("name", required: true)
    var unavailable: [Unavailability] = []
    if let node = f.node("unavailable"), let items = reader.items(node, f.at("unavailable")) {
      for (item, itemPath) in items {
        guard let u = reader.fields(item, itemPath, known: ["date", "from", "to"]),
          let date = u.date("date", required: true)
        else { continue }
        let day = days[id: date.iso]
        if day == nil {
          references.append(
            Reference(kind: .day, id: date.iso, mark: u.mark("date"), path: u.at("date")))
        }
        // A missing bound means the whole day on that side.
        let from = u.time("from") ?? day?.opens ?? TimeOfDay(minutes: 0)!
        let to = u.time("to") ?? day?.closes ?? TimeOfDay(minutes: 1440)!
        if from >= to {
          reader.report(u.mark("to"), u.at("to"), "\(to) is not after \(from)")
          continue
        }
        unavailable.append(Unavailability(date: date, from: from, to: to))
      }
    }
    guard let id, let name else { return nil }
    return Speaker(
      id: id, name: name, affiliation: f.string("affiliation"), unavailable: unavailable,
      notes: f.string("notes"))
  }

  private func decodeTalk(_ node: Node, _ path: String) -> Talk? {
    guard
      let f = reader.fields(
        node, path,
        known: [
          "id", "title", "titles", "theme", "kind", "speakers", "duration", "audience", "needs",
          "at", "pinned", "status", "language", "abstract", "notes", "prefer", "after",
          "revision",
        ])
    else { return nil }
    let id = f.id("id")
    declare(.talk, id)
    let f2 = f
    let title = f2.string("title", required: true)
    let theme = f2.id("theme", required: false)
    if let theme {
      references.append(
        Reference(kind: .theme, id: theme, mark: f2.mark("theme"), path: f2.at("theme")))
    }
    var speakers: [String] = []
    for (speaker, mark) in f2.strings("speakers", ids: true) {
      if speakers.contains(speaker) {
        reader.report(mark, f2.at("speakers"), "\(speaker) is listed twice")
        continue
      }
      speakers.append(speaker)
      references.append(Reference(kind: .speaker, id: speaker, mark: mark, path: f2.at("speakers")))
    }
    var duration = f2.int("duration", required: true, minimum: 1, what: "minutes")
    if let minutes = duration, minutes % slot != 0 {
      reader.report(
        f2.mark("duration"), f2.at("duration"),
        "\(minutes) minutes is not a multiple of the slot (\(slot) minutes)")
      duration = nil
    }
    if let minutes = duration, minutes > 1440 {
      reader.report(
        f2.mark("duration"), f2.at("duration"), "\(minutes) minutes is longer than a day")
      duration = nil
    }
    let audience = f2.int("audience", what: "a number of people")
    let needs = f2.strings("needs", ids: true).map(\.0)
    let at = decodePlacement(f2)
    let prefer = decodePreference(f2)
    var after: [String] = []
    for (other, mark) in f2.strings("after", ids: true) {
      if other == id {
        reader.report(mark, f2.at("after"), "a talk cannot come after itself")
        continue
      }
      after.append(other)
      references.append(Reference(kind: .talk, id: other, mark: mark, path: f2.at("after")))
    }
    let language = f2.string("language")
    if let language, !LanguageTag.isWellFormed(language) {
      reader.report(
        f2.mark("language"), f2.at("language"),
        "\"\(language)\" is not a language tag (BCP 47, like ar, fr, en)")
    }
    let revision = decodeRevision(f2)
    guard let id, let title, let duration else { return nil }
    return Talk(
      id: id, title: title, titles: f2.translations("titles"), theme: theme,
      kind: f2.choice("kind", TalkKind.self) ?? .talk, speakers: speakers, duration: duration,
      audience: audience, needs: needs, at: at, pinned: f2.bool("pinned") ?? false,
      status: f2.choice("status", TalkStatus.self) ?? .confirmed, language: language,
      abstract: f2.string("abstract"), notes: f2.string("notes"), prefer: prefer, after: after,
      revision: revision)
  }

  private func decodePlacement(_ f: Fields) -> Placement? {
    guard let node = f.node("at"),
      let p = reader.fields(node, f.at("at"), known: ["date", "room", "start"])
    else { return nil }
    let date = p.date("date", required: true)
    let room = p.id("room")
    let start = gridTime(p, "start", required: true)
    if let date {
      references.append(
        Reference(kind: .day, id: date.iso, mark: p.mark("date"), path: p.at("date")))
    }
    if let room {
      references.append(Reference(kind: .room, id: room, mark: p.mark("room"), path: p.at("room")))
    }
    guard let date, let room, let start else { return nil }
    return Placement(date: date, room: room, start: start)
  }

  private func decodePreference(_ f: Fields) -> Preference? {
    guard let node = f.node("prefer"),
      let p = reader.fields(node, f.at("prefer"), known: ["date", "from", "to"])
    else { return nil }
    let date = p.date("date")
    let from = p.time("from")
    let to = p.time("to")
    if let date {
      references.append(
        Reference(kind: .day, id: date.iso, mark: p.mark("date"), path: p.at("date")))
    }
    if let from, let to, from >= to {
      reader.report(p.mark("to"), p.at("to"), "\(to) is not after \(from)")
    }
    if date == nil && from == nil && to == nil {
      reader.report(p.mark, f.at("prefer"), "give a date, a from time, a to time, or several")
      return nil
    }
    return Preference(date: date, from: from, to: to)
  }

  /// `solver: {weights: {theme-parallel: 10000, …}}`; unnamed weights keep their defaults.
  private func decodeSolver(_ node: Node?) -> SolverWeights {
    var weights = SolverWeights.standard
    guard let node, let f = reader.fields(node, "solver", known: ["weights"]),
      let w = f.node("weights"),
      let terms = reader.fields(w, "solver.weights", known: SolverWeights.names)
    else { return weights }
    for name in SolverWeights.names {
      guard let value = terms.number(name) else { continue }
      weights[name] = value
    }
    return weights
  }

  private func decodeRevision(_ f: Fields) -> Revision? {
    guard let node = f.node("revision"),
      let r = reader.fields(node, f.at("revision"), known: ["sequence", "fingerprint", "modified"])
    else { return nil }
    guard
      let sequence = r.int(
        "sequence", required: true, maximum: Publication.maximumSequence, what: "a whole number"),
      let fingerprint = r.string("fingerprint", required: true),
      let modified = r.string("modified", required: true)
    else { return nil }
    // Both go into calendar lines as they are: only their own shapes are accepted.
    guard Publication.isFingerprint(fingerprint) else {
      reader.report(
        r.mark("fingerprint"), r.at("fingerprint"),
        "\"\(fingerprint)\" is not a fingerprint (letters and digits, as Multaqa writes)")
      return nil
    }
    guard Publication.isUTCTime(modified) else {
      reader.report(
        r.mark("modified"), r.at("modified"),
        "\"\(modified)\" is not a UTC time like 20100301T090000Z")
      return nil
    }
    return Revision(sequence: sequence, fingerprint: fingerprint, modified: modified)
  }

  /// A time that must fall on the slot grid.
  private func gridTime(_ f: Fields, _ key: String, required: Bool) -> TimeOfDay? {
    guard let time = f.time(key, required: required) else { return nil }
    guard time.minutes % slot == 0 else {
      reader.report(
        f.mark(key), f.at(key),
        "\(time) is off the \(slot)-minute grid (\(Self.neighbours(time, slot)))")
      return nil
    }
    return time
  }

  private static func neighbours(_ time: TimeOfDay, _ slot: Int) -> String {
    let below = time.minutes / slot * slot
    return "nearest: \(TimeOfDay.format(below)) or \(TimeOfDay.format(min(1440, below + slot)))"
  }
}
