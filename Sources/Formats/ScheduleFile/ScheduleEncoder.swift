import Scheduling

/// Writes a schedule as YAML in a fixed layout: stable key order, one talk per block, short
/// records on one line, so that `git diff` of two saves shows only what changed.
struct ScheduleEncoder {
  private var out = ""

  static func encode(_ schedule: Schedule) -> String {
    var encoder = ScheduleEncoder()
    encoder.write(schedule)
    return encoder.out
  }

  private mutating func line(_ text: String) { out += text + "\n" }

  private mutating func write(_ s: Schedule) {
    line("# Multaqa schedule. Field reference: Schedules/README.md in the Multaqa repository.")
    line("multaqa: \(Schedule.formatVersion)")
    line("event:")
    let e = s.event
    field("title", e.title, indent: 2)
    translations("titles", e.titles, indent: 2)
    line("  language: \(YAMLText.scalar(e.language))")
    if let acronym = e.acronym { field("acronym", acronym, indent: 2) }
    field("venue", e.venue, indent: 2)
    field("timezone", e.timezone, indent: 2)
    line("  slot: \(e.slot)")
    if !e.mixedTracks { line("  mixed-tracks: false") }
    if let notes = e.notes { field("notes", notes, indent: 2) }

    line("days:")
    for day in s.days {
      line("  - date: \(day.date.iso)")
      line("    opens: \(time(day.opens))")
      line("    closes: \(time(day.closes))")
      if let slot = day.slot { line("    slot: \(slot)") }
      if !day.breaks.isEmpty {
        line("    breaks:")
        for pause in day.breaks {
          var parts = [
            "start: \(time(pause.start))", "end: \(time(pause.end))",
            "title: \(YAMLText.flowScalar(pause.title))",
          ]
          if !pause.titles.isEmpty { parts.append("titles: \(flowTranslations(pause.titles))") }
          line("      - {\(parts.joined(separator: ", "))}")
        }
      }
      if let notes = day.notes { field("notes", notes, indent: 4) }
    }

    line("rooms:")
    for room in s.rooms {
      line("  - id: \(YAMLText.scalar(room.id))")
      field("name", room.name, indent: 4)
      translations("names", room.names, indent: 4)
      line("    capacity: \(room.capacity)")
      if !room.features.isEmpty { line("    features: \(flowList(room.features))") }
      if let notes = room.notes { field("notes", notes, indent: 4) }
    }

    line("themes:")
    for theme in s.themes {
      line("  - id: \(YAMLText.scalar(theme.id))")
      field("name", theme.name, indent: 4)
      translations("names", theme.names, indent: 4)
      if let prefer = theme.prefer { line("    prefer: \(wish(prefer))") }
      if let avoid = theme.avoid { line("    avoid: \(wish(avoid))") }
      if !theme.rooms.isEmpty { line("    rooms: \(flowList(theme.rooms))") }
      if !theme.apart.isEmpty { line("    apart: \(flowList(theme.apart))") }
      if theme.consecutive { line("    consecutive: true") }
      if let notes = theme.notes { field("notes", notes, indent: 4) }
    }

    line("speakers:")
    for speaker in s.speakers {
      line("  - id: \(YAMLText.scalar(speaker.id))")
      field("name", speaker.name, indent: 4)
      translations("names", speaker.names, indent: 4)
      if let affiliation = speaker.affiliation { field("affiliation", affiliation, indent: 4) }
      if let email = speaker.email { field("email", email, indent: 4) }
      if let phone = speaker.phone { field("phone", phone, indent: 4) }
      if let zone = speaker.zone { line("    zone: \(YAMLText.scalar(zone))") }
      if !speaker.unavailable.isEmpty {
        line("    unavailable:")
        for gap in speaker.unavailable {
          line("      - {date: \(gap.date.iso), from: \(time(gap.from)), to: \(time(gap.to))}")
        }
      }
      if let notes = speaker.notes { field("notes", notes, indent: 4) }
    }

    if s.solver != .standard {
      line("solver:")
      if s.solver.themeParallelInPairs { line("  theme-parallel: pairs") }
      line("  weights:")
      for name in SolverWeights.names {
        line("    \(name): \(number(s.solver[name] ?? 0))")
      }
    }

    line("talks:")
    let inPlacedSession = Set(s.sessions.filter { $0.at != nil }.flatMap(\.talks))
    for (i, talk) in s.talks.enumerated() {
      if i > 0 { line("") }
      write(talk, inPlacedSession: inPlacedSession.contains(talk.id))
    }

    if !s.sessions.isEmpty {
      line("")
      line("sessions:")
      for (i, session) in s.sessions.enumerated() {
        if i > 0 { line("") }
        write(session)
      }
    }
    if !s.releases.isEmpty {
      line("")
      line("# Named versions of the programme (multaqa release), oldest first.")
      line("releases:")
      for release in s.releases { write(release) }
    }
  }

  private mutating func write(_ release: Release) {
    field("name", release.name, indent: 2, first: true)
    line("    time: \(YAMLText.scalar(release.time))")
    if let notes = release.notes { field("notes", notes, indent: 4) }
    line("    talks:")
    for talk in release.talks {
      var parts = [
        "id: \(YAMLText.flowScalar(talk.id))", "title: \(YAMLText.flowScalar(talk.title))",
      ]
      if let at = talk.at { parts.append("at: \(placement(at))") }
      parts.append("duration: \(talk.duration)")
      parts.append("status: \(talk.status.rawValue)")
      if !talk.speakers.isEmpty { parts.append("speakers: \(flowList(talk.speakers))") }
      if talk.sequence > 0 { parts.append("sequence: \(talk.sequence)") }
      line("      - {\(parts.joined(separator: ", "))}")
    }
  }

  private mutating func write(_ session: Session) {
    line("  - id: \(YAMLText.scalar(session.id))")
    field("title", session.title, indent: 4)
    translations("titles", session.titles, indent: 4)
    if let theme = session.theme { line("    theme: \(YAMLText.scalar(theme))") }
    if let chair = session.chair { line("    chair: \(YAMLText.scalar(chair))") }
    if let at = session.at { line("    at: \(placement(at))") }
    line("    duration: \(session.duration)")
    line("    talks: \(flowList(session.talks))")
    if session.pinned { line("    pinned: true") }
    if let notes = session.notes { field("notes", notes, indent: 4) }
  }

  /// `{date: 2010-03-14, from: "09:00", to: "12:00", session: s1}`.
  private func wish(_ wish: Preference) -> String {
    var parts: [String] = []
    if let date = wish.date { parts.append("date: \(date.iso)") }
    if let from = wish.from { parts.append("from: \(time(from))") }
    if let to = wish.to { parts.append("to: \(time(to))") }
    if let session = wish.session { parts.append("session: \(YAMLText.flowScalar(session))") }
    return "{\(parts.joined(separator: ", "))}"
  }

  private func placement(_ at: Placement) -> String {
    "{date: \(at.date.iso), room: \(YAMLText.flowScalar(at.room)), start: \(time(at.start))}"
  }

  /// `10000`, or `2.5`: whole numbers without a decimal point.
  private func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  /// A talk of a scheduled session without `at` is laid out by the loader, so an unscheduled
  /// one says `at: null`.
  private mutating func write(_ talk: Talk, inPlacedSession: Bool) {
    line("  - id: \(YAMLText.scalar(talk.id))")
    field("title", talk.title, indent: 4)
    translations("titles", talk.titles, indent: 4)
    if let theme = talk.theme { line("    theme: \(YAMLText.scalar(theme))") }
    line("    kind: \(talk.kind.rawValue)")
    if !talk.speakers.isEmpty { line("    speakers: \(flowList(talk.speakers))") }
    line("    duration: \(talk.duration)")
    if let audience = talk.audience { line("    audience: \(audience)") }
    if !talk.needs.isEmpty { line("    needs: \(flowList(talk.needs))") }
    if let at = talk.at {
      line("    at: \(placement(at))")
    } else if inPlacedSession {
      line("    at: null")
    }
    if talk.pinned { line("    pinned: true") }
    line("    status: \(talk.status.rawValue)")
    if let language = talk.language { line("    language: \(YAMLText.scalar(language))") }
    if let prefer = talk.prefer { line("    prefer: \(wish(prefer))") }
    if let avoid = talk.avoid { line("    avoid: \(wish(avoid))") }
    if !talk.after.isEmpty { line("    after: \(flowList(talk.after))") }
    if let abstract = talk.abstract { field("abstract", abstract, indent: 4) }
    if let notes = talk.notes { field("notes", notes, indent: 4) }
    if let revision = talk.revision {
      line(
        "    revision: {sequence: \(revision.sequence), fingerprint: "
          + "\(YAMLText.flowScalar(revision.fingerprint)), modified: "
          + "\(YAMLText.flowScalar(revision.modified))}")
    }
  }

  /// `key: value` at `indent`; `first` writes it as a list item's first field (`- key:`).
  private mutating func field(_ key: String, _ value: String, indent: Int, first: Bool = false) {
    let pad = String(repeating: " ", count: indent) + (first ? "- " : "")
    if let block = YAMLText.literalBlock(value, indent: pad + "  ") {
      line("\(pad)\(key): \(block)")
    } else {
      line("\(pad)\(key): \(YAMLText.scalar(value))")
    }
  }

  private mutating func translations(_ key: String, _ values: Translations, indent: Int) {
    guard !values.isEmpty else { return }
    let pad = String(repeating: " ", count: indent)
    line("\(pad)\(key):")
    for language in values.keys.sorted() {
      field(language, values[language]!, indent: indent + 2)
    }
  }

  private func flowTranslations(_ values: Translations) -> String {
    "{"
      + values.keys.sorted().map { "\($0): \(YAMLText.flowScalar(values[$0]!))" }
      .joined(separator: ", ") + "}"
  }

  private func flowList(_ items: [String]) -> String {
    "[" + items.map(YAMLText.flowScalar).joined(separator: ", ") + "]"
  }

  private func time(_ t: TimeOfDay) -> String { YAMLText.quoted(t.description) }
}
