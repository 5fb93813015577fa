import Scheduling
import TextWidth

/// What a printed plan shows.
public struct PlanOptions: Sendable {
  /// The days to print (every day when empty), each on its own page.
  public var days: [CalendarDate]
  /// One room only: a door sign.
  public var room: String?
  public var theme: String?
  /// The language of titles, names and headings (`ar`, `fr`, `en`); the event's when nil.
  public var language: String?
  /// Columns for text plans.
  public var width: Int
  public var hideCancelled: Bool

  public init(
    days: [CalendarDate] = [], room: String? = nil, theme: String? = nil,
    language: String? = nil, width: Int = 100, hideCancelled: Bool = false
  ) {
    self.days = days
    self.room = room
    self.theme = theme
    self.language = language
    self.width = width
    self.hideCancelled = hideCancelled
  }
}

/// The content of a day's plan, the same for every output format.
struct DayPlan {
  struct Item {
    var talk: Talk
    var start: Int
    var end: Int
    var room: Room
    /// Plenaries and ceremonies: across every room.
    var allRooms: Bool
  }

  /// A session on this day: printed as one block, its talks inside under its title and
  /// chair.
  struct Block {
    var session: Session
    var start: Int
    var end: Int
    var room: Room
    /// Its talks that run inside it, in time order.
    var items: [Item]
  }

  let schedule: Schedule
  let day: Day
  let language: String
  let rooms: [Room]
  /// Every talk shown this day, sessions' talks included.
  let items: [Item]
  /// The day's sessions in the shown rooms, in time order.
  let blocks: [Block]
  /// The talks that are not inside a block: what the grid places one by one.
  let loose: [Item]
  let breaks: [Break]
  /// Themes used on this day, for the legend, and each theme's letter (by its place in the
  /// event).
  let themesUsed: [Theme]
  let legendIndex: [String: Int]
  /// Each shown room's column.
  let column: [String: Int]
  /// What every text from the file goes through: control characters made visible for
  /// plans read in a terminal, nothing for HTML (which escapes its own way).
  let shown: (String) -> String

  init(
    _ schedule: Schedule, day: Day, options: PlanOptions,
    shown: @escaping (String) -> String = TerminalText.visible
  ) {
    self.schedule = schedule
    self.shown = shown
    self.day = day
    language = options.language ?? schedule.event.language
    var rooms = Array(schedule.rooms)
    if let only = options.room { rooms = rooms.filter { $0.id == only } }
    var items: [Item] = []
    for talk in schedule.talks {
      guard let at = talk.at, at.date == day.date, let room = schedule.rooms[id: at.room] else {
        continue
      }
      if options.hideCancelled && !talk.status.isActive { continue }
      if let theme = options.theme, talk.theme != theme { continue }
      let allRooms = talk.kind.isExclusive && options.room == nil
      if let only = options.room, room.id != only && !talk.kind.isExclusive { continue }
      items.append(
        Item(
          talk: talk, start: at.start.minutes, end: at.start.minutes + talk.duration, room: room,
          allRooms: allRooms))
    }
    items.sort { ($0.start, $0.room.id, $0.talk.id) < ($1.start, $1.room.id, $1.talk.id) }
    // Rooms that hold nothing this day are left out (unless a door sign asks for one).
    if options.room == nil {
      let used = Set(items.filter { !$0.allRooms }.map(\.room.id))
      let kept = rooms.filter { used.contains($0.id) }
      rooms = kept.isEmpty ? Array(rooms.prefix(1)) : kept
    }
    self.rooms = rooms
    self.items = items
    var blocks: [Block] = []
    var inside: Set<String> = []
    for session in schedule.sessions {
      guard let at = session.at, at.date == day.date, let room = schedule.rooms[id: at.room],
        rooms.contains(where: { $0.id == room.id })
      else { continue }
      let members = items.filter {
        session.talks.contains($0.talk.id) && !$0.allRooms
          && session.holds(date: day.date, room: room.id, start: $0.start, end: $0.end)
      }
      if options.theme != nil && members.isEmpty { continue }
      inside.formUnion(members.map(\.talk.id))
      blocks.append(
        Block(
          session: session, start: at.start.minutes, end: at.start.minutes + session.duration,
          room: room, items: members))
    }
    self.blocks = blocks.sorted { ($0.start, $0.room.id) < ($1.start, $1.room.id) }
    loose = items.filter { !inside.contains($0.talk.id) }
    breaks = day.breaks
    column = Dictionary(uniqueKeysWithValues: rooms.enumerated().map { ($1.id, $0) })
    let used = Set(items.compactMap(\.talk.theme))
    themesUsed = schedule.themes.filter { used.contains($0.id) }
    // A theme's letter is its place in the event, on every day, door sign and booklet, and
    // in the editor's monochrome grid.
    legendIndex = Dictionary(
      uniqueKeysWithValues: schedule.themes.enumerated().map { ($1.id, $0) })
  }

  var isRightToLeft: Bool { PlanWords.isRightToLeft(language) }

  func title(_ talk: Talk) -> String {
    shown(talk.title(in: language, primary: schedule.event.language))
  }

  func name(_ room: Room) -> String {
    shown(localized(room.name, room.names, primary: schedule.event.language, in: language))
  }

  func themeName(_ id: String?) -> String? {
    guard let id, let theme = schedule.themes[id: id] else { return nil }
    return shown(
      localized(theme.name, theme.names, primary: schedule.event.language, in: language))
  }

  func breakTitle(_ pause: Break) -> String {
    shown(localized(pause.title, pause.titles, primary: schedule.event.language, in: language))
  }

  /// A session's title in the plan's language.
  func title(_ session: Session) -> String {
    shown(session.title(in: language, primary: schedule.event.language))
  }

  /// `Chair: Name`, when the session has a chair.
  func chairLine(_ session: Session) -> String? {
    guard let id = session.chair, let chair = schedule.speakers[id: id] else { return nil }
    return PlanWords.word(.chair, language) + ": " + shown(chair.name)
  }

  /// `Name (Affiliation)` for each speaker.
  func speakers(_ talk: Talk) -> [String] {
    speakerParts(talk).map { name, affiliation in
      affiliation.map { "\(name) (\($0))" } ?? name
    }
  }

  /// Each speaker's name and affiliation, apart (HTML isolates each for the bidi algorithm).
  func speakerParts(_ talk: Talk) -> [(name: String, affiliation: String?)] {
    talk.speakers.compactMap { schedule.speakers[id: $0] }.map { speaker in
      (shown(speaker.name), speaker.affiliation.map(shown))
    }
  }

  /// The event's title, venue and the day's date in the plan's language.
  var heading: (title: String, subtitle: String) {
    let title = schedule.event.title(in: language)
    let date = CalendarNames.long(day.date, in: language)
    return (shown(title), shown("\(schedule.event.venue) · \(date)"))
  }

  /// `cancelled`, `tentative`, or nil.
  func statusWord(_ talk: Talk) -> String? {
    switch talk.status {
    case .cancelled: return PlanWords.word(.cancelled, language)
    case .tentative: return PlanWords.word(.tentative, language)
    case .confirmed: return nil
    }
  }
}

/// Headings and labels of plans, in the plan's language.
enum PlanWords {
  enum Word {
    case cancelled, tentative, allRooms, themes, room, time, speakers, programme, doorSigns
    case contents, booklet, chair
  }

  /// The word in the plan's language, from the interface's catalog (English for a
  /// language it does not have).
  static func word(_ word: Word, _ language: String) -> String {
    let english: String
    switch word {
    case .cancelled: english = "cancelled"
    case .tentative: english = "tentative"
    case .allRooms: english = "all rooms"
    case .themes: english = "Themes"
    case .room: english = "Room"
    case .time: english = "Time"
    case .speakers: english = "Speakers"
    case .programme: english = "Programme"
    case .doorSigns: english = "Door signs"
    case .contents: english = "Contents"
    case .booklet: english = "Programme booklet"
    case .chair: english = "Chair"
    }
    return Interface.text(english, in: InterfaceLanguage(code: language) ?? .en)
  }

  static func isRightToLeft(_ language: String) -> Bool {
    ["ar", "fa", "he", "ur"].contains(
      language.split(separator: "-").first.map(String.init) ?? language)
  }
}

extension PlanOptions {
  /// The days to print, in order.
  func selectedDays(of schedule: Schedule) -> [Day] {
    days.isEmpty ? Array(schedule.days) : days.compactMap { schedule.day($0) }
  }
}
