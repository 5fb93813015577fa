import Foundation
import Scheduling
import Yams

/// Turns a composed YAML document into a ``Schedule``, checking every field and reference.
final class ScheduleDecoder {
  let reader: YAMLReader

  /// A reference to check once every entity is known.
  private typealias Kind = FieldProblem.Kind

  /// Where a value's fields were written, to point the model's problems at.
  private struct Located {
    /// `talks[3] (t12)`.
    var path: String
    var mark: Mark?
    /// By field (`duration`, `at.room`): its value's mark.
    var marks: [String: Mark?] = [:]
    /// By list field (`speakers`, `breaks`): each item's mark.
    var items: [String: [Mark?]] = [:]
    /// The list fields whose items are mappings, named by index in a message
    /// (`breaks[1]`), as the reader names them; an item of a list of ids is named by its mark.
    var indexed: Set<String> = []
    /// For an indexed list, each item's place in the file's list (items with bad fields are
    /// left out of the model, so the two can differ).
    var places: [String: [Int]] = [:]
    /// The value's rules, run once every id of the file is known.
    var problems: (ModelContext) -> [FieldProblem]

    func mark(of problem: FieldProblem) -> Mark? {
      if let item = problem.item, let marks = items[problem.field], marks.indices.contains(item) {
        return marks[item]
      }
      return marks[problem.field] ?? mark
    }

    func path(of problem: FieldProblem) -> String {
      let head = String(problem.field.prefix { $0 != "." })
      var field = problem.field
      if indexed.contains(head) {
        var located = problem
        if let item = problem.item, let places = places[head], places.indices.contains(item) {
          located.item = places[item]
        }
        field = located.path
      }
      return path.isEmpty ? field : path + "." + field
    }
  }

  private var located: [Located] = []
  /// Ids of every entity the file declares, even those with bad fields, so that one bad field
  /// does not also make every reference to its entity an error.
  private var declared: [Kind: Set<String>] = [:]
  private var slot = 15
  /// The event's time zone, for remote presenters' clocks.
  private var venueZone = "UTC"
  /// Talks whose file says `at: null`: in a scheduled session they stay unscheduled instead of
  /// being laid out.
  private var unplaced: Set<String> = []
  /// Each session's entry in `located`, by id.
  private var sessionValues: [String: Int] = [:]

  init(reader: YAMLReader) { self.reader = reader }

  func decode(_ root: Node) -> Schedule? {
    guard
      let fields = reader.fields(
        root, "",
        known: [
          "multaqa", "event", "days", "rooms", "themes", "speakers", "talks", "sessions", "solver",
          "releases",
        ])
    else { return nil }

    guard let version = fields.int("multaqa", minimum: 1, what: "the format version") else {
      if fields.node("multaqa") == nil {
        reader.report(
          fields.mark, "",
          "missing `multaqa: {1}` (the format version) at the top of the file",
          "\(Schedule.formatVersion)"
        )
      }
      return nil
    }
    guard version <= Schedule.formatVersion else {
      reader.report(
        fields.mark("multaqa"), "multaqa",
        "format version {1} is newer than this Multaqa reads ({2}); update Multaqa to open this file",
        "\(version)", "\(Schedule.formatVersion)")
      return nil
    }

    guard let eventNode = fields.node("event") else {
      reader.report(fields.mark, "", "missing section event (title, venue, timezone, slot)")
      return nil
    }
    let event = decodeEvent(eventNode)
    slot = event?.slot ?? 15
    venueZone = event?.timezone ?? "UTC"

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
    var talks = decodeList(fields.node("talks"), "talks", what: "talk", decodeTalk)
    let sessions = decodeList(
      fields.node("sessions"), "sessions", what: "session", { self.decodeSession($0, $1, talks) })
    layOut(sessions, &talks)
    if fields.node("days") == nil {
      reader.report(fields.mark, "", "missing section days (the event needs at least one day)")
    }

    // The model's rules (Validation.swift), once every id the file declares is known.
    let declared = self.declared
    let context = ModelContext(slot: slot, grids: ModelContext.grids(days, slot: slot)) {
      declared[$0]?.contains($1) == true
    }
    for value in located {
      for problem in value.problems(context) {
        var phrase = problem.phrase
        if let missing = problem.missing,
          let near = suggestion(
            for: missing.id, among: (declared[missing.kind] ?? []).sorted())
        {
          phrase = Phrase("{1} (did you mean {2}?)", .phrase(phrase), "\(near)")
        }
        reader.report(value.mark(of: problem), value.path(of: problem), phrase)
      }
    }

    let solver = decodeSolver(fields.node("solver"))
    let releases = decodeReleases(fields.node("releases"))
    guard let event, reader.problems.isEmpty else { return nil }
    return Schedule(
      event: event, days: days, rooms: rooms, themes: themes, speakers: speakers, talks: talks,
      sessions: sessions, releases: releases, solver: solver)
  }

  private func declare(_ kind: Kind, _ id: String?) {
    if let id { declared[kind, default: []].insert(id) }
  }

  // MARK: Sections

  private func decodeEvent(_ node: Node) -> Event? {
    guard
      let f = reader.fields(
        node, "event",
        known: [
          "title", "titles", "language", "acronym", "venue", "timezone", "slot", "mixed-tracks",
          "notes",
        ])
    else { return nil }
    let title = f.string("title", required: true)
    let venue = f.string("venue", required: true)
    let timezone = f.string("timezone", required: true)
    if let timezone, !TimeZoneNames.isKnown(timezone) {
      let wrong = Phrase("\"{1}\" is not a time zone of the tz database", "\(timezone)")
      reader.report(
        f.mark("timezone"), f.at("timezone"),
        suggestion(for: timezone, among: TimeZone.knownTimeZoneIdentifiers).map {
          Phrase("{1} (did you mean {2}?)", .phrase(wrong), "\($0)")
        } ?? wrong)
    }
    let slot = f.int("slot", minimum: 1, what: "minutes") ?? 15
    guard let title, let venue, let timezone else { return nil }
    var event = Event(
      title: title, titles: f.translations("titles"), language: f.string("language") ?? "en",
      acronym: f.string("acronym"), venue: venue, timezone: timezone, slot: slot,
      mixedTracks: f.bool("mixed-tracks") ?? true, notes: f.string("notes"))
    report(event.problems, in: f)
    // A wrong slot is said once; the rest of the file is read on the usual grid.
    if !Event.isSlot(slot) { event.slot = 15 }
    return event
  }

  /// Reports the model's `problems` of a value whose fields are `f`, each at its field.
  private func report(_ problems: [FieldProblem], in f: Fields) {
    for problem in problems {
      reader.report(f.mark(problem.field), f.at(problem.field), problem.phrase)
    }
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
        reader.report(
          item.mark, itemPath, "duplicate {1} {2}", .phrase(Phrase(what)), "\(element.id)")
      }
    }
    return catalog
  }

  private func decodeDay(_ node: Node, _ path: String) -> Day? {
    guard
      let f = reader.fields(
        node, path, known: ["date", "opens", "closes", "breaks", "slot", "notes"])
    else { return nil }
    let date = f.date("date", required: true)
    declare(.day, date?.iso)
    let opens = f.time("opens", required: true)
    let closes = f.time("closes", required: true)
    var breaks: [Break] = []
    var marks: [Mark?] = []
    var places: [Int] = []
    if let node = f.node("breaks"), let items = reader.items(node, f.at("breaks")) {
      for (place, (item, itemPath)) in items.enumerated() {
        guard let b = reader.fields(item, itemPath, known: ["start", "end", "title", "titles"]),
          let start = b.time("start", required: true), let end = b.time("end", required: true)
        else { continue }
        marks.append(b.mark("start"))
        places.append(place)
        breaks.append(
          Break(
            start: start, end: end, title: b.string("title") ?? "Break",
            titles: b.translations("titles")))
      }
    }
    guard let date, let opens, let closes else { return nil }
    let day = Day(
      date: date, opens: opens, closes: closes, breaks: breaks,
      slot: f.int("slot", minimum: 1, what: "minutes"), notes: f.string("notes"))
    let slot = self.slot
    located.append(
      Located(
        path: f.path, mark: f.mark,
        marks: ["opens": f.mark("opens"), "closes": f.mark("closes"), "slot": f.mark("slot")],
        items: ["breaks": marks], indexed: ["breaks"], places: ["breaks": places],
        problems: { _ in day.problems(slot: slot) }))
    return day
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
    let features = f.strings("features")
    guard let id, let name, let capacity else { return nil }
    let room = Room(
      id: id, name: name, names: f.translations("names"), capacity: capacity,
      features: features.map(\.0), notes: f.string("notes"))
    // The model keeps features sorted: point at each as the file wrote it.
    let written = features.map(\.0)
    let marks = room.features.map { feature in
      written.firstIndex(of: feature).map { features[$0].1 } ?? f.mark("features")
    }
    located.append(
      Located(
        path: f.path, mark: f.mark, marks: ["features": f.mark("features")],
        items: ["features": marks], problems: { _ in room.problems }))
    return room
  }

  private func decodeTheme(_ node: Node, _ path: String) -> Theme? {
    guard
      let f = reader.fields(
        node, path,
        known: ["id", "name", "names", "prefer", "avoid", "rooms", "apart", "consecutive", "notes"])
    else { return nil }
    let id = f.id("id")
    declare(.theme, id)
    var marks: [String: Mark?] = [:]
    for key in f.values.keys { marks[key] = f.mark(key) }
    let prefer = decodePreference(f, "prefer", into: &marks)
    let avoid = decodePreference(f, "avoid", into: &marks)
    let rooms = f.strings("rooms", ids: true)
    let apart = f.strings("apart", ids: true)
    guard let id, let name = f.string("name", required: true) else { return nil }
    let theme = Theme(
      id: id, name: name, names: f.translations("names"), prefer: prefer, avoid: avoid,
      rooms: rooms.map(\.0), apart: apart.map(\.0), consecutive: f.bool("consecutive") ?? false,
      notes: f.string("notes"))
    located.append(
      Located(
        path: f.path, mark: f.mark, marks: marks,
        items: ["rooms": rooms.map(\.1), "apart": apart.map(\.1)],
        problems: { theme.problems(in: $0) }))
    return theme
  }

  private func decodeSpeaker(_ node: Node, _ path: String, _ days: Catalog<Day>)
    -> Speaker?
  {
    guard
      let f = reader.fields(
        node, path,
        known: [
          "id", "name", "names", "affiliation", "email", "phone", "unavailable", "zone", "notes",
        ])
    else { return nil }
    let id = f.id("id")
    declare(.speaker, id)
    let name = f.string("name", required: true)
    var unavailable: [Unavailability] = []
    var dates: [Mark?] = []
    var ends: [Mark?] = []
    var places: [Int] = []
    if let node = f.node("unavailable"), let items = reader.items(node, f.at("unavailable")) {
      for (place, (item, itemPath)) in items.enumerated() {
        guard let u = reader.fields(item, itemPath, known: ["date", "from", "to"]),
          let date = u.date("date", required: true)
        else { continue }
        let day = days[id: date.iso]
        // A missing bound means the whole day on that side.
        let from = u.time("from") ?? day?.opens ?? TimeOfDay(minutes: 0)!
        let to = u.time("to") ?? day?.closes ?? TimeOfDay(minutes: minutesInADay)!
        places.append(place)
        dates.append(u.mark("date"))
        ends.append(u.mark("to"))
        unavailable.append(Unavailability(date: date, from: from, to: to))
      }
    }
    var zone = f.string("zone")
    if let name = zone, !TimeZoneNames.isKnown(name) {
      let wrong = Phrase("\"{1}\" is not a time zone of the tz database", "\(name)")
      reader.report(
        f.mark("zone"), f.at("zone"),
        suggestion(for: name, among: TimeZone.knownTimeZoneIdentifiers).map {
          Phrase("{1} (did you mean {2}?)", .phrase(wrong), "\($0)")
        } ?? wrong)
      zone = nil
    }
    guard let id, let name else { return nil }
    // The presenter's clock against the venue's, day by day (daylight time may begin or
    // end during the event, at the venue or where they are).
    var shifts: [CalendarDate: Int] = [:]
    if let zone {
      for day in days {
        shifts[day.date] = TimeZoneNames.shift(of: zone, from: venueZone, on: day.date)
      }
    }
    let speaker = Speaker(
      id: id, name: name, names: f.translations("names"), affiliation: f.string("affiliation"),
      email: f.string("email"), phone: f.string("phone"), unavailable: unavailable, zone: zone,
      shifts: shifts, notes: f.string("notes"))
    located.append(
      Located(
        path: f.path, mark: f.mark,
        items: ["unavailable.date": dates, "unavailable.to": ends], indexed: ["unavailable"],
        places: ["unavailable": places],
        problems: { speaker.problems(in: $0) }))
    return speaker
  }

  private func decodeTalk(_ node: Node, _ path: String) -> Talk? {
    guard
      let f = reader.fields(
        node, path,
        known: [
          "id", "title", "titles", "theme", "kind", "speakers", "duration", "audience", "needs",
          "at", "pinned", "status", "language", "abstract", "notes", "prefer", "avoid", "after",
          "revision",
        ])
    else { return nil }
    let id = f.id("id")
    declare(.talk, id)
    let title = f.string("title", required: true)
    let speakers = f.strings("speakers", ids: true)
    let duration = f.int("duration", required: true, what: "minutes")
    let needs = f.strings("needs")
    let after = f.strings("after", ids: true)
    var marks: [String: Mark?] = [:]
    for key in f.values.keys { marks[key] = f.mark(key) }
    let at = decodePlacement(f, into: &marks)
    if let id, f.values["at"] != nil, f.node("at") == nil { unplaced.insert(id) }
    let prefer = decodePreference(f, "prefer", into: &marks)
    let avoid = decodePreference(f, "avoid", into: &marks)
    let revision = decodeRevision(f)
    guard let id, let title, let duration else { return nil }
    let talk = Talk(
      id: id, title: title, titles: f.translations("titles"), theme: f.id("theme", required: false),
      kind: f.choice("kind", TalkKind.self) ?? .talk, speakers: speakers.map(\.0),
      duration: duration, audience: f.int("audience", what: "a number of people"),
      needs: needs.map(\.0), at: at, pinned: f.bool("pinned") ?? false,
      status: f.choice("status", TalkStatus.self) ?? .confirmed, language: f.string("language"),
      abstract: f.string("abstract"), notes: f.string("notes"), prefer: prefer, avoid: avoid,
      after: after.map(\.0), revision: revision)
    let written = needs.map(\.0)
    located.append(
      Located(
        path: f.path, mark: f.mark, marks: marks,
        items: [
          "speakers": speakers.map(\.1), "after": after.map(\.1),
          "needs": talk.needs.map { need in
            written.firstIndex(of: need).map { needs[$0].1 } ?? f.mark("needs")
          },
        ],
        problems: { talk.problems(in: $0) }))
    return talk
  }

  private func decodeSession(_ node: Node, _ path: String, _ talks: Catalog<Talk>) -> Session? {
    guard
      let f = reader.fields(
        node, path,
        known: [
          "id", "title", "titles", "theme", "chair", "at", "duration", "talks", "pinned", "notes",
        ])
    else { return nil }
    let id = f.id("id")
    declare(.session, id)
    let title = f.string("title", required: true)
    let members = f.strings("talks", ids: true)
    var marks: [String: Mark?] = [:]
    for key in f.values.keys { marks[key] = f.mark(key) }
    let at = decodePlacement(f, into: &marks)
    // Without a duration a session lasts as long as its talks together.
    let duration =
      f.int("duration", minimum: 1, what: "minutes")
      ?? members.reduce(0) { $0 + (talks[id: $1.0]?.duration ?? 0) }
    guard let id, let title else { return nil }
    sessionValues[id] = located.count
    let session = Session(
      id: id, title: title, titles: f.translations("titles"),
      theme: f.id("theme", required: false), chair: f.id("chair", required: false), at: at,
      duration: max(duration, 1), talks: members.map(\.0), pinned: f.bool("pinned") ?? false,
      notes: f.string("notes"))
    located.append(
      Located(
        path: f.path, mark: f.mark, marks: marks, items: ["talks": members.map(\.1)],
        problems: { session.problems(in: $0) }))
    return session
  }

  /// Reports talks listed by two sessions, and places the talks of scheduled sessions that
  /// the file leaves without `at`, back to back in the session's order.
  private func layOut(_ sessions: Catalog<Session>, _ talks: inout Catalog<Talk>) {
    for (s, problem) in sessions.sharedTalks {
      let value = sessionValues[sessions[s].id].map { located[$0] }
      reader.report(
        value?.mark(of: problem), value?.path(of: problem) ?? "sessions", problem.phrase)
    }
    let unplaced = self.unplaced
    let snapshot = talks
    for session in sessions where session.at != nil {
      let layout = session.layout(
        ownPlacement: { snapshot[id: $0]?.at },
        duration: { id in unplaced.contains(id) ? nil : snapshot[id: id]?.duration })
      for (id, at) in layout where snapshot[id: id]?.at == nil {
        guard let index = talks.index(of: id) else { continue }
        talks.modify(at: index) { $0.at = at }
      }
    }
  }

  private func decodePlacement(_ f: Fields, into marks: inout [String: Mark?]) -> Placement? {
    guard let node = f.node("at"),
      let p = reader.fields(node, f.at("at"), known: ["date", "room", "start"])
    else { return nil }
    let date = p.date("date", required: true)
    let room = p.id("room")
    let start = p.time("start", required: true)
    for key in ["date", "room", "start"] { marks["at." + key] = p.mark(key) }
    guard let date, let room, let start else { return nil }
    return Placement(date: date, room: room, start: start)
  }

  /// `prefer: {date, from, to, session}` (or `avoid:`), any of them.
  private func decodePreference(_ f: Fields, _ key: String, into marks: inout [String: Mark?])
    -> Preference?
  {
    guard let node = f.node(key),
      let p = reader.fields(node, f.at(key), known: ["date", "from", "to", "session"])
    else { return nil }
    marks[key] = f.mark(key)
    for field in ["date", "from", "to", "session"] { marks[key + "." + field] = p.mark(field) }
    return Preference(
      date: p.date("date"), from: p.time("from"), to: p.time("to"),
      session: p.id("session", required: false))
  }

  /// `solver: {weights: {theme-parallel: 10000, …}}`; unnamed weights keep their defaults.
  private func decodeSolver(_ node: Node?) -> SolverWeights {
    var weights = SolverWeights.standard
    guard let node, let f = reader.fields(node, "solver", known: ["weights", "theme-parallel"])
    else { return weights }
    if let unit = f.string("theme-parallel") {
      switch unit {
      case "minutes": break
      case "pairs":
        weights.themeParallelInPairs = true
        // A pair weighs what two 50-minute talks side by side weigh in minutes.
        weights[.themeParallel] = 10_000
      default:
        reader.report(
          f.mark("theme-parallel"), "solver.theme-parallel",
          "\"{1}\" is not a way to count talks in parallel: write minutes or pairs", "\(unit)")
      }
    }
    guard let w = f.node("weights"),
      let terms = reader.fields(w, "solver.weights", known: SolverWeights.names)
    else { return weights }
    for name in SolverWeights.names {
      guard let value = terms.number(name) else { continue }
      weights[name] = value
    }
    return weights
  }

  /// `releases:`: named versions, each with its talks as they were. What a release names
  /// may since have been removed, so its references are not checked.
  private func decodeReleases(_ node: Node?) -> [Release] {
    guard let node, let items = reader.items(node, "releases") else { return [] }
    var releases: [Release] = []
    for (item, path) in items {
      guard let f = reader.fields(item, path, known: ["name", "time", "notes", "talks"]),
        let name = f.string("name", required: true), let time = f.string("time", required: true)
      else { continue }
      if name.trimmed.isEmpty {
        reader.report(f.mark("name"), f.at("name"), "must not be empty")
        continue
      }
      if releases.contains(where: { $0.name == name }) {
        reader.report(f.mark("name"), f.at("name"), "a release named {1} comes earlier", "\(name)")
        continue
      }
      guard Publication.isUTCTime(time) else {
        reader.report(
          f.mark("time"), f.at("time"), "\"{1}\" is not a UTC time like 20100301T090000Z",
          "\(time)")
        continue
      }
      var talks: [ReleasedTalk] = []
      if let list = f.node("talks"), let entries = reader.items(list, f.at("talks")) {
        for (entry, entryPath) in entries {
          guard
            let t = reader.fields(
              entry, entryPath,
              known: ["id", "title", "at", "duration", "status", "speakers", "sequence"]),
            let id = t.id("id"), let title = t.string("title", required: true),
            let duration = t.int("duration", required: true, what: "minutes")
          else { continue }
          var marks: [String: Mark?] = [:]
          talks.append(
            ReleasedTalk(
              id: id, title: title, at: decodePlacement(t, into: &marks), duration: duration,
              status: t.choice("status", TalkStatus.self) ?? .confirmed,
              speakers: t.strings("speakers", ids: true).map(\.0),
              sequence: t.int(
                "sequence", maximum: Publication.maximumSequence, what: "a whole number") ?? 0))
        }
      }
      releases.append(Release(name: name, time: time, notes: f.string("notes"), talks: talks))
    }
    return releases
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
        "\"{1}\" is not a fingerprint (letters and digits, as Multaqa writes)", "\(fingerprint)")
      return nil
    }
    guard Publication.isUTCTime(modified) else {
      reader.report(
        r.mark("modified"), r.at("modified"),
        "\"{1}\" is not a UTC time like 20100301T090000Z", "\(modified)")
      return nil
    }
    return Revision(sequence: sequence, fingerprint: fingerprint, modified: modified)
  }
}
