import Scheduling

/// Talks read from a spreadsheet table into a schedule.
public struct TalkImport: Sendable {
  /// One bad row (or header): where, and what is wrong.
  public struct Problem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// What is wrong, to be said in any language.
    public var phrase: Phrase
    init(file: String, line: Int, _ phrase: Phrase) {
      self.file = file
      self.line = line
      self.phrase = phrase
    }
    init(file: String, line: Int, _ template: String, _ arguments: Phrase.Argument...) {
      self.init(file: file, line: line, Phrase(template, arguments: arguments))
    }
    /// What is wrong, in English.
    public var message: String { phrase.description }
    /// `TALKS.csv:LINE: message`.
    public var description: String { said(in: .en) }
    /// ``description`` in `ui`.
    public func said(in ui: InterfaceLanguage) -> String {
      "\(file):\(line): \(Interface.say(phrase, in: ui))"
    }
    public static func == (a: Problem, b: Problem) -> Bool { a.description == b.description }
  }

  /// The talks of the good rows: new ones, and with `update`, replacements of existing ones.
  public var talks: [Talk] = []
  /// The speakers the good rows name that the schedule does not have.
  public var speakers: [Speaker] = []
  public var problems: [Problem] = []

  /// What the import does to a schedule.
  public struct Changes: Equatable, Sendable {
    public var added: [Talk] = []
    public var changed: [Talk] = []
    public var unchanged = 0
  }

  /// Which talks are new, which replace a different talk and which are the same.
  public func changes(to schedule: Schedule) -> Changes {
    var changes = Changes()
    for talk in talks {
      if let old = schedule.talks[id: talk.id] {
        if old == talk { changes.unchanged += 1 } else { changes.changed.append(talk) }
      } else {
        changes.added.append(talk)
      }
    }
    return changes
  }

  /// The schedule with the good rows' speakers added and their talks added or replaced.
  public func applied(to schedule: Schedule) -> Schedule {
    var result = schedule
    for speaker in speakers { result.speakers.append(speaker) }
    for talk in talks {
      if result.talks.update(talk) == nil { result.talks.append(talk) }
    }
    return result
  }

  /// Reads a CSV file's bytes (`file` names it in problems): its encoding (detected unless
  /// `encoding`), its delimiter, its rows, then the rows as ``read(_:into:map:update:file:)``
  /// does. Throws when the bytes are not a table at all.
  public static func read(
    bytes: [UInt8], encoding: CSV.Encoding? = nil, into schedule: Schedule,
    map: [String: String] = [:], update: Bool = false, file: String
  ) throws(CSV.DecodeError) -> TalkImport {
    let (text, _) = try CSV.decode(bytes, forced: encoding)
    let rows = try CSV.parse(text, delimiter: CSV.delimiter(of: text))
    return read(rows, into: schedule, map: map, update: update, file: file)
  }

  /// The changes to a schedule as one edit: new speakers, then new and replaced talks.
  public func edit(for schedule: Schedule) -> Edit {
    .batch(
      speakers.map { .addSpeaker($0, index: nil) }
        + talks.compactMap { talk in
          guard let old = schedule.talks[id: talk.id] else { return .addTalk(talk, index: nil) }
          return old == talk ? nil : .updateTalk(talk)
        })
  }

  /// Reads `rows` (the first is the header) for adding to `schedule`. `map` assigns columns
  /// the names do not identify: header → field name (`ignore` skips a column). With `update`,
  /// a row whose id is a talk of the schedule replaces the fields its columns hold and keeps
  /// the others; without, such a row is an error.
  public static func read(
    _ rows: [CSV.Row], into schedule: Schedule, map: [String: String] = [:], update: Bool = false,
    file: String
  ) -> TalkImport {
    var result = TalkImport()
    guard let header = rows.first else {
      result.problems.append(Problem(file: file, line: 1, "the file holds no header row"))
      return result
    }
    // Which field each column holds.
    var fields: [TalkTable.Field?] = []
    let mapped = Dictionary(
      map.map { (TalkTable.normalize($0.key), $0.value) }, uniquingKeysWith: { $1 })
    for name in header.fields {
      var field = TalkTable.Field.named(name)
      if let target = mapped[TalkTable.normalize(name)] {
        field = TalkTable.Field.named(target)
        if field == nil {
          result.problems.append(
            Problem(
              file: file, line: header.line,
              "--map {1}={2}: {2} is not a field", "\(name)", "\(target)"))
        }
      }
      if field == nil && !name.trimmed.isEmpty && mapped[TalkTable.normalize(name)] == nil {
        result.problems.append(
          Problem(
            file: file, line: header.line,
            "unknown column “{1}”: assign it with --map “{1}=FIELD” or skip it with --map “{1}=ignore”",
            "\(name)"))
      }
      fields.append(field)
    }
    let headers = Set(header.fields.map(TalkTable.normalize))
    for key in mapped.keys where !headers.contains(key) {
      result.problems.append(
        Problem(
          file: file, line: header.line, "--map names a column the header lacks: {1}", "\(key)"))
    }
    // Updates may leave titles as they are; new talks need one.
    if !update && !fields.contains(where: { $0 == .title }) {
      result.problems.append(
        Problem(file: file, line: header.line, "no title column (title, titre or العنوان)")
      )
    }
    for (field, count) in Dictionary(grouping: fields.compactMap { $0 }, by: { $0 }).mapValues(
      \.count)
    where count > 1 && field != .ignore {
      result.problems.append(
        Problem(file: file, line: header.line, "two columns hold {1}", "\(field)"))
    }
    guard result.problems.isEmpty else { return result }

    var context = Context(schedule: schedule, update: update)
    var pendingAfter: [(Int, [String], Int)] = []
    rows: for row in rows.dropFirst() {
      var values: [TalkTable.Field: String] = [:]
      for (i, field) in fields.enumerated() {
        guard let field, field != .ignore else { continue }
        let cell = i < row.fields.count ? row.fields[i].trimmed : ""
        guard let value = TalkTable.value(ofCell: cell) else {
          let shown = cell.count > 40 ? String(cell.prefix(40)) + "…" : cell
          result.problems.append(
            Problem(
              file: file, line: row.line,
              "{1} “{2}” is a spreadsheet formula, not text: Multaqa does not import formulas (to import it as text, start the cell with an apostrophe: '{2})",
              "\(field)", "\(shown)"))
          continue rows
        }
        values[field] = value
      }
      if values.values.allSatisfy(\.isEmpty) { continue }
      if row.fields.count > fields.count,
        row.fields[fields.count...].contains(where: { !$0.trimmed.isEmpty })
      {
        result.problems.append(
          Problem(
            file: file, line: row.line,
            "{1} fields for {2} columns", "\(row.fields.count)", "\(fields.count)"))
        continue
      }
      switch context.talk(values) {
      case .success(let (talk, newSpeakers, after)):
        result.talks.append(talk)
        result.speakers += newSpeakers
        if let after { pendingAfter.append((result.talks.count - 1, after, row.line)) }
      case .failure(let message):
        result.problems.append(Problem(file: file, line: row.line, message.phrase))
      }
    }
    // `after` may name talks of later rows: resolve it once every row is read.
    let talks = ModelContext(schedule).adding(.talk, result.talks.map(\.id))
    for (i, after, line) in pendingAfter {
      var talk = result.talks[i]
      talk.after = after
      if let problem = talk.problems(in: talks).first(where: { $0.field == "after" }) {
        result.problems.append(
          Problem(file: file, line: line, Context.message(problem, in: schedule)))
      } else {
        result.talks[i] = talk
      }
    }
    return result
  }

  struct Message: Error {
    var phrase: Phrase
    init(_ phrase: Phrase) { self.phrase = phrase }
    init(_ template: String, _ arguments: Phrase.Argument...) {
      phrase = Phrase(template, arguments: arguments)
    }
  }

  /// What the rows read so far have added, to match later rows against.
  struct Context {
    let schedule: Schedule
    let update: Bool
    /// Ids of the schedule's talks and of the rows read so far.
    var ids: Set<String>
    var read: Set<String> = []
    /// The speakers created so far, by normalized name, and every speaker id taken.
    var newSpeakers: [String: Speaker] = [:]
    var speakerIDs: Set<String>
    var counter = 0
    let themes: Lookup<Theme>
    let rooms: Lookup<Room>
    let speakers: Lookup<Speaker>

    init(schedule: Schedule, update: Bool) {
      self.schedule = schedule
      self.update = update
      ids = Set(schedule.talks.ids)
      speakerIDs = Set(schedule.speakers.ids)
      themes = Lookup(schedule.themes) { [$0.name] + Array($0.names.values) }
      rooms = Lookup(schedule.rooms) { [$0.name] + Array($0.names.values) }
      speakers = Lookup(schedule.speakers) { [$0.name] }
    }

    /// The talk of one row, the speakers it creates, and its `after` list when the table has
    /// that column. A field whose column is absent keeps the existing talk's value (or the
    /// default); a column present but empty clears it.
    mutating func talk(_ v: [TalkTable.Field: String]) -> Result<
      (Talk, [Speaker], [String]?), Message
    > {
      var id = v[.id] ?? ""
      if id.isEmpty {
        repeat {
          counter += 1
          id = "t\(schedule.talks.count + counter)"
        } while ids.contains(id)
      }
      guard isValidID(id) else {
        return .failure(
          Message("id “{1}” has spaces or signs (use letters, digits, - _ .)", "\(id)"))
      }
      guard !read.contains(id) else {
        return .failure(Message("talk {1} appears twice in the table", "\(id)"))
      }
      let existing = schedule.talks[id: id]
      if existing != nil && !update {
        return .failure(
          Message("talk {1} already exists (--update replaces the talks the schedule has)", "\(id)")
        )
      }
      let title = v[.title] ?? existing?.title ?? ""
      guard !title.isEmpty else {
        return .failure(
          v[.title] == nil
            ? Message("talk {1} is new and the table has no title column", "\(id)")
            : Message("the title is empty"))
      }
      let blank = Talk(id: id, title: title, duration: schedule.event.slot)
      var talk = existing ?? blank
      talk.title = title
      for (field, text) in v {
        if case .titleIn(let language) = field { talk.titles[language] = text.isEmpty ? nil : text }
      }
      if let text = v[.theme] {
        if text.isEmpty {
          talk.theme = nil
        } else {
          guard let theme = themes.find(text) else {
            return .failure(
              Message(
                "theme “{1}” is not a theme of the event ({2})", "\(text)",
                .list(schedule.themes.ids.map(Phrase.Argument.text))))
          }
          talk.theme = theme.id
        }
      }
      if let text = v[.kind] {
        guard let kind = text.isEmpty ? blank.kind : Self.kinds[TalkTable.normalize(text)] else {
          return .failure(
            Message(
              "kind “{1}” is not one of {2}", "\(text)",
              .either(TalkKind.allCases.map { .text($0.rawValue) })))
        }
        talk.kind = kind
      }
      var created: [Speaker] = []
      if let text = v[.speakers] {
        talk.speakers = []
        let names = split(text)
        // Affiliations line up with the names; empty places are speakers without one.
        let affiliations = (v[.affiliation] ?? "").split(omittingEmptySubsequences: false) {
          $0 == ";" || $0 == "؛"
        }
        .map { String($0).trimmed }
        // Lookups by key, so that a cell of thousands of names takes linear time.
        var createdByKey: [String: Int] = [:]
        var named: Set<String> = []
        var createdIDs: Set<String> = []
        for (k, name) in names.enumerated() {
          let key = TalkTable.normalize(name)
          if let speaker = speakers.find(name) ?? newSpeakers[key]
            ?? createdByKey[key].map({ created[$0] })
          {
            if named.insert(speaker.id).inserted { talk.speakers.append(speaker.id) }
            continue
          }
          let affiliation =
            affiliations.count == names.count
            ? affiliations[k] : affiliations.count == 1 ? affiliations[0] : ""
          let speaker = Speaker(
            id: speakerID(name, besides: createdIDs), name: name,
            affiliation: affiliation.isEmpty ? nil : affiliation)
          createdByKey[key] = created.count
          createdIDs.insert(speaker.id)
          created.append(speaker)
          named.insert(speaker.id)
          talk.speakers.append(speaker.id)
        }
      }
      if let text = v[.duration], !text.isEmpty {
        guard let minutes = Self.minutes(text) else {
          return .failure(
            Message("duration “{1}” is not a number of minutes (45, 1h30, 01:30)", "\(text)"))
        }
        talk.duration = minutes
      } else if existing == nil || v[.duration] != nil {
        return .failure(Message("the duration is empty"))
      }
      if let text = v[.audience] {
        guard let n = text.isEmpty ? 0 : Int(text) else {
          return .failure(Message("audience “{1}” is not a number of people", "\(text)"))
        }
        talk.audience = text.isEmpty ? nil : n
      }
      if let text = v[.needs] { talk.needs = split(text, also: ",") }
      if v[.date] != nil || v[.room] != nil || v[.start] != nil {
        switch place(v[.date] ?? "", v[.room] ?? "", v[.start] ?? "") {
        case .success(let at): talk.at = at
        case .failure(let message): return .failure(message)
        }
      }
      if let text = v[.status] {
        guard let status = text.isEmpty ? blank.status : Self.statuses[TalkTable.normalize(text)]
        else {
          return .failure(
            Message("status “{1}” is not confirmed, tentative or cancelled", "\(text)"))
        }
        talk.status = status
      }
      if let text = v[.pinned] {
        guard let pinned = text.isEmpty ? false : Self.booleans[TalkTable.normalize(text)] else {
          return .failure(Message("pinned “{1}” is not yes or no", "\(text)"))
        }
        talk.pinned = pinned
      }
      if let text = v[.language] { talk.language = text.isEmpty ? nil : text }
      if let text = v[.abstract] { talk.abstract = text.isEmpty ? nil : text }
      if let text = v[.notes] { talk.notes = text.isEmpty ? nil : text }
      if v[.preferDate] != nil || v[.preferFrom] != nil || v[.preferTo] != nil {
        let texts = [v[.preferDate] ?? "", v[.preferFrom] ?? "", v[.preferTo] ?? ""]
        let date = texts[0].isEmpty ? nil : Self.date(texts[0])
        let from = texts[1].isEmpty ? nil : Self.time(texts[1])
        let to = texts[2].isEmpty ? nil : Self.time(texts[2])
        if (!texts[0].isEmpty && date == nil) || (!texts[1].isEmpty && from == nil)
          || (!texts[2].isEmpty && to == nil)
        {
          return .failure(Message("the preferred date or times do not read as dates and times"))
        }
        talk.prefer = texts.allSatisfy(\.isEmpty) ? nil : Preference(date: date, from: from, to: to)
      }
      // The model's rules (Validation.swift); `after` is checked once every row is read.
      // Speakers created by this row and by the good rows before it exist with them.
      let context = ModelContext(schedule).adding(.speaker, speakerIDs.union(created.map(\.id)))
      if let problem = talk.problems(in: context).first(where: { $0.field != "after" }) {
        return .failure(Message(Self.message(problem, in: schedule)))
      }
      // Only a good row's speakers exist for the rows after it.
      for speaker in created {
        newSpeakers[TalkTable.normalize(speaker.name)] = speaker
        speakerIDs.insert(speaker.id)
      }
      ids.insert(id)
      read.insert(id)
      return .success((talk, created, v[.after].map { split($0) }))
    }

    /// The placement of a row's date, room and start: all three, or none for unscheduled.
    private func place(_ dateText: String, _ roomText: String, _ startText: String) -> Result<
      Placement?, Message
    > {
      let texts = [dateText, roomText, startText]
      if texts.allSatisfy(\.isEmpty) { return .success(nil) }
      guard texts.allSatisfy({ !$0.isEmpty }) else {
        return .failure(Message("a place needs date, room and start together (or none of them)"))
      }
      guard let date = Self.date(dateText) else {
        return .failure(
          Message(
            "date “{1}” is not a day of the event ({2})", "\(dateText)",
            .list(schedule.days.ids.map(Phrase.Argument.text))))
      }
      guard let room = rooms.find(roomText) else {
        return .failure(
          Message(
            "room “{1}” is not a room of the event ({2})", "\(roomText)",
            .list(schedule.rooms.ids.map(Phrase.Argument.text))))
      }
      guard let start = Self.time(startText) else {
        return .failure(Message("start “{1}” is not a time (09:30, 9h30)", "\(startText)"))
      }
      return .success(Placement(date: date, room: room.id, start: start))
    }

    /// A rule of the model a row breaks, named by the table's column; a day that is not one
    /// of the event's says which are.
    static func message(_ problem: FieldProblem, in schedule: Schedule) -> Phrase {
      let columns: [String: TalkTable.Field] = [
        "at.date": .date, "at.room": .room, "at.start": .start, "prefer": .preferDate,
        "prefer.date": .preferDate, "prefer.from": .preferFrom, "prefer.to": .preferTo,
        "titles": .title,
      ]
      let column = columns[problem.field].map(\.description) ?? problem.field
      guard problem.missing?.kind == .day else {
        return Phrase("{1}: {2}", "\(column)", .phrase(problem.phrase))
      }
      return Phrase(
        "{1}: {2} ({3})", "\(column)", .phrase(problem.phrase),
        .list(schedule.days.ids.map(Phrase.Argument.text)))
    }

    /// The id of a new speaker, unique among the ids taken.
    private func speakerID(_ name: String, besides created: Set<String>) -> String {
      Speaker.newID(forName: name) { speakerIDs.contains($0) || created.contains($0) }
    }

    /// Every case by its own name and by the words of `more`, folded.
    private static func words<E: CaseIterable & RawRepresentable>(_ more: [(String, E)])
      -> [String: E]
    where E.RawValue == String {
      var table: [String: E] = [:]
      for value in E.allCases { table[value.rawValue] = value }
      for (word, value) in more { table[TalkTable.normalize(word)] = value }
      return table
    }

    static let kinds: [String: TalkKind] = words([
      ("pleniere", .plenary), ("seance_pleniere", .plenary), ("جلسه_عامه", .plenary),
      ("conference", .keynote), ("conference_inaugurale", .keynote), ("محاضره_رئيسيه", .keynote),
      ("expose", .talk), ("communication", .talk), ("intervention", .talk), ("محاضره", .talk),
      ("مداخله", .talk),
      ("table_ronde", .panel), ("ندوه", .panel), ("حلقه_نقاش", .panel),
      ("atelier", .workshop), ("ورشه", .workshop), ("ورشه_عمل", .workshop),
      ("ceremonie", .ceremony), ("حفل", .ceremony),
    ])

    static let statuses: [String: TalkStatus] = words([
      ("confirme", .confirmed), ("مؤكد", .confirmed), ("provisoire", .tentative),
      ("a_confirmer", .tentative), ("غير_مؤكد", .tentative), ("annule", .cancelled),
      ("ملغى", .cancelled),
    ])

    static let booleans: [String: Bool] = [
      "yes": true, "true": true, "1": true, "oui": true, "x": true, "نعم": true,
      "no": false, "false": false, "0": false, "non": false, "لا": false,
    ]

    /// `45`, `45 min`, `1h30`, `1 h`, `01:30`.
    static func minutes(_ text: String) -> Int? {
      let compact = text.lowercased().filter { !$0.isWhitespace }
      if let n = Int(compact) { return n }
      for suffix in ["minutes", "minute", "mins", "min", "mn", "m", "دقيقه", "دقيقة", "د"]
      where compact.hasSuffix(suffix) {
        if let n = Int(compact.dropLast(suffix.count)) { return n }
      }
      if let time = TimeOfDay(parsing: compact) { return time.minutes }
      let parts = compact.split(separator: "h", omittingEmptySubsequences: false)
      if parts.count == 2, let h = Int(parts[0]) {
        let m = parts[1].isEmpty ? 0 : Int(parts[1].filter(\.isNumber)) ?? -1
        // Hours beyond Int's range in minutes are no duration either: never trap.
        let (hours, overflow) = h.multipliedReportingOverflow(by: 60)
        guard m >= 0, !overflow else { return nil }
        let (total, over) = hours.addingReportingOverflow(m)
        return over ? nil : total
      }
      return nil
    }

    /// `2010-03-14`, `14/03/2010`, `14.03.2010`, in the years an event can be planned in.
    static func date(_ text: String) -> CalendarDate? {
      if let date = CalendarDate(iso: text) { return date.isPlannable ? date : nil }
      let parts = text.split { $0 == "/" || $0 == "." || $0 == "-" }.compactMap { Int($0) }
      guard parts.count == 3,
        let date = CalendarDate(year: parts[2], month: parts[1], day: parts[0]), date.isPlannable
      else { return nil }
      return date
    }

    /// `09:30`, `9:30`, `9h30`, `09h`.
    static func time(_ text: String) -> TimeOfDay? {
      if let time = TimeOfDay(parsing: text) { return time }
      let parts = text.lowercased().split(separator: "h", omittingEmptySubsequences: false)
      guard parts.count == 2, let h = Int(parts[0]) else { return nil }
      let m = parts[1].isEmpty ? 0 : Int(parts[1]) ?? -1
      return m >= 0 ? TimeOfDay(hour: h, minute: m) : nil
    }

    /// Items separated by `;` (or the Arabic `؛` and `،`), trimmed, empty ones dropped.
    func split(_ text: String, also extra: Character? = nil) -> [String] {
      text.split { $0 == ";" || $0 == "؛" || $0 == "،" || $0 == extra }.map { String($0).trimmed }
        .filter { !$0.isEmpty }
    }
  }
}

/// A catalog's elements by id, and by id and names ignoring case and accents.
struct Lookup<T: Identified & Equatable & Sendable> {
  let catalog: Catalog<T>
  private var keys: [String: String] = [:]

  init(_ catalog: Catalog<T>, names: (T) -> [String]) {
    self.catalog = catalog
    for element in catalog {
      for name in [element.id] + names(element) {
        let key = TalkTable.normalize(name)
        if keys[key] == nil { keys[key] = element.id }
      }
    }
  }

  /// The element whose id is `text`, or whose id or a name matches it loosely.
  func find(_ text: String) -> T? {
    catalog[id: text] ?? keys[TalkTable.normalize(text)].flatMap { catalog[id: $0] }
  }
}
