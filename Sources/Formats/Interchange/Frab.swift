import Foundation
import Scheduling

/// The frab/pentabarf schedule format that conference apps read (ConfClerk, Giggity,
/// EventFahrplan), as XML (`schedule.xml`) or JSON (`schedule.json`), following the C3VOC
/// `voc/schedule` schemas.
///
/// Every identifier is derived from the event and the talk, never from positions: a talk's
/// `guid` is a name-based UUID of the event's acronym and the talk's id, so that re-exports
/// keep it and apps update their copy instead of duplicating it. Cancelled and unscheduled
/// talks are left out.
public enum Frab {
  public struct Options: Sendable {
    /// The language of titles, names and tracks; the event's when nil.
    public var language: String?
    public init(language: String? = nil) { self.language = language }
  }

  /// One exported talk with everything both formats need.
  struct Item {
    var talk: Talk
    var guid: String
    var id: Int
    var slug: String
    var room: Room
    var date: String
    var end: String
    var start: String
    var duration: String
    var title: String
    var track: String
    var persons: [(name: String, guid: String)]
  }

  /// What both formats describe: the conference, its days, and the talks by day and room.
  struct Model {
    var title: String
    var acronym: String
    var start: String
    var end: String
    var days:
      [(day: Day, index: Int, start: String, end: String, rooms: [(room: Room, items: [Item])])]
    var slot: String
    var timezone: String
    var tracks: [(name: String, slug: String, color: String)]
    var rooms: [Room]
    var language: String
    var schedule: Schedule
    var version: String
  }

  /// The schedule's version for apps: when a talk last changed for calendars (its revision),
  /// and a digest of the whole file, so that the same schedule always exports the same
  /// version and any change gives a new one.
  static func version(_ schedule: Schedule, language: String) -> String {
    let digest = SHA1.hash(Array((ScheduleFile.encode(schedule) + language).utf8)).prefix(4)
      .map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    let latest = schedule.talks.compactMap(\.revision?.modified).max()
    return (latest ?? "draft") + "-" + digest
  }

  struct PlaceKey: Hashable {
    var date: CalendarDate
    var room: String
  }

  /// `arabsmi5`: lowercase letters, digits and underscores, at least four, as the schemas want.
  static func acronym(_ event: Event) -> String {
    var out = ""
    for scalar in (event.acronym ?? event.title).lowercased().unicodeScalars {
      if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty && !out.hasSuffix("_") {
        out.append("_")
      }
    }
    while out.hasSuffix("_") { out.removeLast() }
    while out.count < 4 { out += "_" }
    return out
  }

  static func model(_ schedule: Schedule, options: Options) -> Model {
    let language = options.language ?? schedule.event.language
    let primary = schedule.event.language
    let zone = TimeZone(identifier: schedule.event.timezone) ?? TimeZone(identifier: "UTC")!
    let acronym = acronym(schedule.event)
    /// `2010-03-14T09:00:00+01:00` for a local minute of a day.
    func iso(_ date: CalendarDate, _ minutes: Int) -> String {
      let local = TimeZoneRules.utc(date, minutes: minutes)
      // The offset at that local time: try the standard one, then correct for daylight time.
      var offset = zone.secondsFromGMT(for: local)
      offset = zone.secondsFromGMT(for: local.addingTimeInterval(-Double(offset)))
      let sign = offset < 0 ? "-" : "+"
      let day = date.adding(days: minutes / 1440)
      return
        "\(day.iso)T\(TimeOfDay.format(minutes % 1440)):00\(sign)\(TimeOfDay.format(abs(offset) / 60))"
    }
    var usedIDs = Set<Int>()
    var usedSlugs = Set<String>()
    var days: [(Day, Int, String, String, [(Room, [Item])])] = []
    let placed = Dictionary(grouping: schedule.talks.filter { $0.status.isActive && $0.at != nil })
    {
      PlaceKey(date: $0.at!.date, room: $0.at!.room)
    }
    for (d, day) in schedule.days.enumerated() {
      var rooms: [(Room, [Item])] = []
      for room in schedule.rooms {
        var items: [Item] = []
        let talks = (placed[PlaceKey(date: day.date, room: room.id)] ?? []).sorted {
          $0.at!.start < $1.at!.start
        }
        for talk in talks {
          let at = talk.at!
          let guid = NameUUID.make("multaqa:\(acronym):\(talk.id)")
          // A stable positive number from the guid, unique within the export.
          var id = Int(UInt32(guid.prefix(8), radix: 16)! & 0x7FFF_FFFF) | 1
          while usedIDs.contains(id) { id += 1 }
          usedIDs.insert(id)
          var slug = acronym + "-" + slugPart(talk.id)
          while usedSlugs.contains(slug) { slug += "x" }
          usedSlugs.insert(slug)
          let theme = talk.theme.flatMap { schedule.themes[id: $0] }
          items.append(
            Item(
              talk: talk, guid: guid, id: id, slug: slug, room: room,
              date: iso(at.date, at.start.minutes),
              end: iso(at.date, at.start.minutes + talk.duration),
              start: TimeOfDay.format(at.start.minutes), duration: TimeOfDay.format(talk.duration),
              title: talk.title(in: language, primary: primary),
              track: theme.map { localized($0.name, $0.names, primary: primary, in: language) }
                ?? "",
              persons: talk.speakers.compactMap { schedule.speakers[id: $0] }.map {
                ($0.name, NameUUID.make("multaqa:\(acronym):speaker:\($0.id)"))
              }))
        }
        rooms.append((room, items))
      }
      days.append(
        (day, d + 1, iso(day.date, day.opens.minutes), iso(day.date, day.closes.minutes), rooms))
    }
    let colors = PlanHTML.colors
    let tracks = schedule.themes.enumerated().map { i, theme in
      (
        localized(theme.name, theme.names, primary: primary, in: language), slugPart(theme.id),
        colors[i % colors.count]
      )
    }
    return Model(
      title: schedule.event.title(in: language), acronym: acronym,
      start: schedule.days.first?.date.iso ?? "", end: schedule.days.last?.date.iso ?? "",
      days: days.map { ($0.0, $0.1, $0.2, $0.3, $0.4.map { (room: $0.0, items: $0.1) }) },
      slot: TimeOfDay.format(schedule.event.slot), timezone: schedule.event.timezone,
      tracks: tracks,
      rooms: Array(schedule.rooms), language: language, schedule: schedule,
      version: version(schedule, language: language))
  }

  /// Lowercase ASCII letters, digits and hyphens for slugs (other letters as their code).
  static func slugPart(_ text: String) -> String {
    var out = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
        out.unicodeScalars.append(scalar)
      } else if scalar.isASCII {
        if !out.hasSuffix("-") { out.append("-") }
      } else {
        out += String(scalar.value, radix: 16)
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    while out.hasPrefix("-") { out.removeFirst() }
    return out.count >= 4 ? out : "talk-" + (out.isEmpty ? "x" : out)
  }

  // MARK: XML

  public static func xml(_ schedule: Schedule, options: Options = Options()) -> String {
    let m = model(schedule, options: options)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n"
    out += "  <generator name=\"multaqa\" version=\"\(multaqaVersion)\"/>\n"
    out += "  <version>\(Markup.escape(m.version))</version>\n"
    out += "  <conference>\n"
    out += "    <title>\(Markup.escape(m.title))</title>\n"
    out += "    <acronym>\(m.acronym)</acronym>\n"
    out += "    <start>\(m.start)</start>\n    <end>\(m.end)</end>\n"
    out += "    <days>\(m.days.count)</days>\n"
    out += "    <timeslot_duration>\(m.slot)</timeslot_duration>\n"
    out += "    <time_zone_name>\(Markup.escape(m.timezone))</time_zone_name>\n"
    for track in m.tracks {
      out +=
        "    <track name=\"\(Markup.escape(track.name))\" color=\"\(track.color)\" slug=\"\(track.slug)\"/>\n"
    }
    out += "  </conference>\n"
    for day in m.days {
      out +=
        "  <day index=\"\(day.index)\" date=\"\(day.day.date.iso)\" start=\"\(day.start)\" end=\"\(day.end)\">\n"
      for (room, items) in day.rooms {
        let name = localized(
          room.name, room.names, primary: m.schedule.event.language, in: m.language)
        let guid = NameUUID.make("multaqa:\(m.acronym):room:\(room.id)")
        out += "    <room name=\"\(Markup.escape(name))\" guid=\"\(guid)\">\n"
        for item in items {
          out += "      <event id=\"\(item.id)\" guid=\"\(item.guid)\">\n"
          out += "        <room>\(Markup.escape(name))</room>\n"
          out += "        <title>\(Markup.escape(item.title))</title>\n"
          out += "        <subtitle></subtitle>\n"
          out += "        <type>\(item.talk.kind.rawValue)</type>\n"
          out += "        <date>\(item.date)</date>\n"
          out += "        <start>\(item.start)</start>\n"
          out += "        <duration>\(item.duration)</duration>\n"
          out += "        <abstract>\(Markup.escape(item.talk.abstract ?? ""))</abstract>\n"
          out += "        <slug>\(item.slug)</slug>\n"
          out += "        <track>\(Markup.escape(item.track))</track>\n"
          out +=
            "        <language>\(Markup.escape(item.talk.language ?? m.schedule.event.language))</language>\n"
          out +=
            "        <description>\(Markup.escape(description(item.talk, m.schedule, language: m.language)))</description>\n"
          out += "        <persons>\n"
          for person in item.persons {
            out +=
              "          <person guid=\"\(person.guid)\">\(Markup.escape(person.name))</person>\n"
          }
          out += "        </persons>\n"
          out += "        <links></links>\n"
          out += "      </event>\n"
        }
        out += "    </room>\n"
      }
      out += "  </day>\n"
    }
    return out + "</schedule>\n"
  }

  /// Speakers with their affiliations, for the event's description.
  ///
  /// The session comes first, when the talk is in one: frab has no sessions.
  static func description(_ talk: Talk, _ schedule: Schedule, language: String) -> String {
    let speakers = talk.speakers.compactMap { schedule.speakers[id: $0] }.map { speaker in
      speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
    }.joined(separator: "; ")
    guard let session = schedule.sessionNote(ofTalk: talk.id, in: language) else {
      return speakers
    }
    return speakers.isEmpty ? session : session + "\n" + speakers
  }

  // MARK: JSON

  public static func json(_ schedule: Schedule, options: Options = Options()) -> String {
    let m = model(schedule, options: options)
    let rooms = m.rooms.map { room -> JSON in
      .object([
        (
          "name",
          .string(
            localized(room.name, room.names, primary: m.schedule.event.language, in: m.language))
        ),
        ("guid", .string(NameUUID.make("multaqa:\(m.acronym):room:\(room.id)"))),
        ("capacity", .int(room.capacity)),
      ])
    }
    let days = m.days.map { day -> JSON in
      let rooms = day.rooms.map { room, items -> (String, JSON) in
        let name = localized(
          room.name, room.names, primary: m.schedule.event.language, in: m.language)
        return (name, .array(items.map { event($0, name, m) }))
      }
      return .object([
        ("index", .int(day.index)), ("date", .string(day.day.date.iso)),
        ("day_start", .string(day.start)), ("day_end", .string(day.end)),
        ("rooms", .object(rooms)),
      ])
    }
    let conference: JSON = .object([
      ("acronym", .string(m.acronym)), ("title", .string(m.title)),
      ("start", .string(m.start)), ("end", .string(m.end)), ("daysCount", .int(m.days.count)),
      ("timeslot_duration", .string(m.slot)), ("time_zone_name", .string(m.timezone)),
      (
        "tracks",
        .array(
          m.tracks.map {
            .object([
              ("name", .string($0.name)), ("slug", .string($0.slug)), ("color", .string($0.color)),
            ])
          })
      ),
      ("rooms", .array(rooms)),
      ("days", .array(days)),
    ])
    return JSON.object([
      ("$schema", .string("https://c3voc.de/schedule/schema.json")),
      ("generator", .object([("name", .string("multaqa")), ("version", .string(multaqaVersion))])),
      ("schedule", .object([("version", .string(m.version)), ("conference", conference)])),
    ]).text(pretty: true) + "\n"
  }

  static func event(_ item: Item, _ room: String, _ m: Model) -> JSON {
    .object([
      ("guid", .string(item.guid)), ("id", .int(item.id)),
      ("date", .string(item.date)), ("start", .string(item.start)), ("end", .string(item.end)),
      ("duration", .string(item.duration)), ("room", .string(room)), ("slug", .string(item.slug)),
      // Talks have no web page of their own: a URN names them instead.
      ("url", .string("urn:uuid:\(item.guid)")),
      ("title", .string(item.title)), ("subtitle", .null), ("track", .string(item.track)),
      ("type", .string(item.talk.kind.rawValue)),
      ("language", .string(item.talk.language ?? m.schedule.event.language)),
      ("abstract", .string(item.talk.abstract ?? "")),
      ("description", .string(description(item.talk, m.schedule, language: m.language))),
      (
        "persons",
        .array(
          item.persons.map { .object([("name", .string($0.name)), ("guid", .string($0.guid))]) })
      ),
      ("links", .array([])),
    ])
  }
}
