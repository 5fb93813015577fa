import Formats
import Scheduling

/// A form of fields: a talk, a session, a room, a theme, a day or a speaker being edited or
/// added.
public struct Form: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case talk(id: String, isNew: Bool)
    case room(id: String?)
    case theme(id: String?)
    case day(date: CalendarDate?)
    case speaker(id: String?)
    case session(id: String?)
  }

  public enum Value: Equatable, Sendable {
    case text(TextField)
    /// One of `options` (ids), shown by `labels`.
    case choice(options: [String], labels: [String], index: Int)
    /// Several of `options`, in the order chosen.
    case many(options: [String], labels: [String], selected: [String])
    case fixed(String)
  }

  public struct Field: Equatable, Sendable {
    public var key: String
    public var label: String
    public var value: Value
    /// The value the form opened with: a field the organizer left alone changes nothing.
    public let original: Value

    public init(key: String, label: String, value: Value) {
      self.key = key
      self.label = label
      self.value = value
      original = value
    }

    /// Whether the organizer changed what the field means (its text, its choice, its
    /// selection), not merely its cursor or the options a picker added.
    public var isChanged: Bool {
      switch (value, original) {
      case (.text(let now), .text(let before)): return now.text != before.text
      case (.choice(let options, _, let index), .choice(let before, _, let old)):
        return options.indices.contains(index) != before.indices.contains(old)
          || (options.indices.contains(index) && options[index] != before[old])
      case (.many(_, _, let now), .many(_, _, let before)): return now != before
      default: return value != original
      }
    }
  }

  public var title: String
  public var purpose: Purpose
  public var fields: [Field]
  public var focus = 0
  public var error: Phrase?
  /// The field the error is about, marked in the form.
  public var errorField: String?
  /// Speakers added from this form: id and name.
  public var newSpeakers: [Speaker] = []
  /// The list to go back to when the form closes.
  public var returnList: ListEditor?

  /// Whether the form adds something new (rather than editing).
  public var isNew: Bool {
    switch purpose {
    case .talk(_, let isNew): return isNew
    case .room(let id): return id == nil
    case .theme(let id): return id == nil
    case .day(let date): return date == nil
    case .speaker(let id): return id == nil
    case .session(let id): return id == nil
    }
  }

  public subscript(key: String) -> Value? {
    fields.first { $0.key == key }?.value
  }

  public func text(_ key: String) -> String {
    if case .text(let field)? = self[key] { return field.text }
    if case .fixed(let text)? = self[key] { return text }
    return ""
  }

  public func choice(_ key: String) -> String? {
    guard case .choice(let options, _, let index)? = self[key], options.indices.contains(index)
    else { return nil }
    return options[index]
  }

  public func many(_ key: String) -> [String] {
    if case .many(_, _, let selected)? = self[key] { return selected }
    return []
  }

  /// Whether the field `key` is one to apply: changed by the organizer, or any field of a
  /// form that adds something new. Every other field leaves the model as it was.
  func applies(_ key: String) -> Bool {
    isNew || fields.first { $0.key == key }?.isChanged == true
  }

  static func text(_ key: String, _ label: String, _ value: String) -> Field {
    Field(key: key, label: label, value: .text(TextField(value)))
  }
}

/// A list of rooms, themes, days, speakers or sessions with add, edit and delete.
public struct ListEditor: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case rooms, themes, days, speakers, sessions }
  public var kind: Kind
  public var cursor = 0

  public var title: String {
    switch kind {
    case .rooms: return "Rooms"
    case .themes: return "Themes"
    case .days: return "Days"
    case .speakers: return "Speakers"
    case .sessions: return "Sessions"
    }
  }
}

// MARK: - Building forms

extension Form {
  /// The form for `talk`; languages are the event's other title languages.
  static func talk(_ talk: Talk, isNew: Bool, in schedule: Schedule) -> Form {
    var fields: [Field] = [
      isNew ? text("id", "Id", talk.id) : Field(key: "id", label: "Id", value: .fixed(talk.id))
    ]
    fields += titleFields(talk.title, talk.titles, in: schedule)
    let speakers = Array(schedule.speakers)
    fields.append(
      Field(
        key: "speakers", label: "Speakers",
        value: .many(
          options: speakers.map(\.id), labels: speakers.map(\.name), selected: talk.speakers)))
    fields.append(themeField("Theme", talk.theme, in: schedule))
    let kinds = TalkKind.allCases.map(\.rawValue)
    fields.append(
      Field(
        key: "kind", label: "Kind",
        value: .choice(
          options: kinds, labels: kinds, index: kinds.firstIndex(of: talk.kind.rawValue) ?? 0)))
    fields.append(text("duration", "Duration (minutes)", String(talk.duration)))
    fields.append(text("audience", "Audience", talk.audience.map(String.init) ?? ""))
    let features = Array(Set(schedule.rooms.flatMap(\.features) + talk.needs)).sorted()
    fields.append(
      Field(
        key: "needs", label: "Needs",
        value: .many(options: features, labels: features, selected: talk.needs)))
    let statuses = TalkStatus.allCases.map(\.rawValue)
    fields.append(
      Field(
        key: "status", label: "Status",
        value: .choice(
          options: statuses, labels: statuses,
          index: statuses.firstIndex(of: talk.status.rawValue) ?? 0)))
    fields.append(
      Field(
        key: "pinned", label: "Pinned (the solver never moves it)",
        value: .choice(options: ["no", "yes"], labels: ["no", "yes"], index: talk.pinned ? 1 : 0)))
    fields.append(text("at", "Place (2010-03-14 10:00 room-id)", placeText(talk.at)))
    fields.append(text("language", "Language spoken (ar, fr, en…)", talk.language ?? ""))
    fields.append(
      text("prefer", "Preferred time (2010-03-15 09:00-12:00)", preferenceText(talk.prefer)))
    fields.append(
      talksField(
        "after", "After (talks it follows)", schedule.talks.filter { $0.id != talk.id },
        selected: talk.after))
    fields.append(text("abstract", "Abstract", talk.abstract ?? ""))
    fields.append(text("notes", "Notes", talk.notes ?? ""))
    return Form(
      title: isNew ? "New talk" : "Edit talk \(talk.id)", purpose: .talk(id: talk.id, isNew: isNew),
      fields: fields)
  }

  /// The title in the event's language, then a field for each other language.
  private static func titleFields(_ title: String, _ titles: Translations, in schedule: Schedule)
    -> [Field]
  {
    [text("title", "Title (\(schedule.event.language))", title)]
      + otherLanguages(schedule).map {
        text("title." + $0, "Title (\($0))", titles[$0] ?? "")
      }
  }

  /// The `theme` field: one of the schedule's themes, or none.
  private static func themeField(_ label: String, _ theme: String?, in schedule: Schedule)
    -> Field
  {
    let themes = Array(schedule.themes)
    return choiceOrNone(
      "theme", label, ids: themes.map(\.id), labels: themes.map(\.name), selected: theme)
  }

  /// Several of `talks`, each shown by its id and title, in the order chosen.
  private static func talksField(
    _ key: String, _ label: String, _ talks: [Talk], selected: [String]
  ) -> Field {
    Field(
      key: key, label: label,
      value: .many(
        options: talks.map(\.id), labels: talks.map { "\($0.id) “\($0.title)”" },
        selected: selected))
  }

  /// A choice of one of `ids` (shown by `labels`) or "(none)", on `selected`.
  private static func choiceOrNone(
    _ key: String, _ label: String, ids: [String], labels: [String], selected: String?
  ) -> Field {
    Field(
      key: key, label: label,
      value: .choice(
        options: [""] + ids, labels: ["(none)"] + labels,
        index: selected.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0))
  }

  /// `2010-03-14 10:00 atlas`, or "" for a talk without a place.
  static func placeText(_ at: Placement?) -> String {
    at.map { "\($0.date.iso) \($0.start) \($0.room)" } ?? ""
  }

  /// `2010-03-15 09:00-12:00`, `2010-03-15`, `14:00-`, `-12:00`: a time preference as the
  /// talk form shows and reads it.
  static func preferenceText(_ prefer: Preference?) -> String {
    guard let prefer else { return "" }
    var parts: [String] = []
    if let date = prefer.date { parts.append(date.iso) }
    if prefer.from != nil || prefer.to != nil {
      parts.append("\(prefer.from?.description ?? "")-\(prefer.to?.description ?? "")")
    }
    return parts.joined(separator: " ")
  }

  /// The id (typed for something new, shown for something edited) and the name with a
  /// field per other language: how a room's and a theme's forms begin.
  private static func identity(
    id: String?, name: String?, names: Translations, in schedule: Schedule
  ) -> [Field] {
    var fields: [Field] = [
      id.map { Field(key: "id", label: "Id", value: .fixed($0)) } ?? text("id", "Id", ""),
      text("name", "Name (\(schedule.event.language))", name ?? ""),
    ]
    for language in otherLanguages(schedule) {
      fields.append(text("name." + language, "Name (\(language))", names[language] ?? ""))
    }
    return fields
  }

  static func room(_ room: Room?, in schedule: Schedule) -> Form {
    var fields = identity(
      id: room?.id, name: room?.name, names: room?.names ?? [:], in: schedule)
    fields.append(text("capacity", "Capacity (seats)", room.map { String($0.capacity) } ?? ""))
    fields.append(
      text("features", "Features (comma-separated)", room?.features.joined(separator: ", ") ?? ""))
    return Form(
      title: room == nil ? "New room" : "Room \(room!.id)", purpose: .room(id: room?.id),
      fields: fields)
  }

  static func theme(_ theme: Theme?, in schedule: Schedule) -> Form {
    Form(
      title: theme.map { "Theme \($0.id)" } ?? "New theme", purpose: .theme(id: theme?.id),
      fields: identity(
        id: theme?.id, name: theme?.name, names: theme?.names ?? [:], in: schedule))
  }

  /// A speaker's form: names, affiliation, contact, unavailability, notes, and the talks
  /// that name the speaker (Enter on one goes to it).
  static func speaker(_ speaker: Speaker?, in schedule: Schedule) -> Form {
    var fields = identity(
      id: speaker?.id, name: speaker?.name, names: speaker?.names ?? [:], in: schedule)
    fields.append(text("affiliation", "Affiliation", speaker?.affiliation ?? ""))
    fields.append(text("email", "Email", speaker?.email ?? ""))
    fields.append(text("phone", "Phone", speaker?.phone ?? ""))
    fields.append(
      text(
        "unavailable", "Unavailable (2010-03-15 09:00-12:00; …)",
        speaker.map { unavailabilityText($0.unavailable) } ?? ""))
    fields.append(text("notes", "Notes", speaker?.notes ?? ""))
    if let speaker {
      let talks = schedule.talks.filter { $0.speakers.contains(speaker.id) }
      fields.append(
        talks.isEmpty
          ? Field(key: "talks", label: "Talks", value: .fixed("—"))
          : Field(
            key: "talks", label: "Talks (Enter goes to one)",
            value: .choice(
              options: talks.map(\.id), labels: talks.map { "\($0.id) “\($0.title)”" },
              index: 0)))
    }
    return Form(
      title: speaker.map { "Speaker \($0.id)" } ?? "New speaker",
      purpose: .speaker(id: speaker?.id), fields: fields)
  }

  /// A session's form: title and translations, track, chair, place, length, its talks in
  /// the order they run (a talk of another session is not offered), pin and notes.
  static func session(_ session: Session?, in schedule: Schedule) -> Form {
    let slot = schedule.event.slot
    let new = Session(id: "", title: "", duration: slot * 6)
    let session = session ?? new
    let isNew = session.id.isEmpty
    var fields: [Field] = [
      isNew
        ? text("id", "Id", "s\(schedule.sessions.count + 1)")
        : Field(key: "id", label: "Id", value: .fixed(session.id))
    ]
    fields += titleFields(session.title, session.titles, in: schedule)
    fields.append(themeField("Track (theme)", session.theme, in: schedule))
    let speakers = Array(schedule.speakers)
    fields.append(
      choiceOrNone(
        "chair", "Chair", ids: speakers.map(\.id), labels: speakers.map(\.name),
        selected: session.chair))
    fields.append(text("at", "Place (2010-03-14 10:00 room-id)", placeText(session.at)))
    fields.append(text("duration", "Duration (minutes)", String(session.duration)))
    let elsewhere = Set(
      schedule.sessions.filter { $0.id != session.id }.flatMap(\.talks))
    let talks = schedule.talks.filter { !elsewhere.contains($0.id) }
    fields.append(
      talksField("talks", "Talks (in the order they run)", talks, selected: session.talks))
    fields.append(
      Field(
        key: "pinned", label: "Pinned (the solver never moves it)",
        value: .choice(
          options: ["no", "yes"], labels: ["no", "yes"], index: session.pinned ? 1 : 0)))
    fields.append(text("notes", "Notes", session.notes ?? ""))
    return Form(
      title: isNew ? "New session" : "Session \(session.id)",
      purpose: .session(id: isNew ? nil : session.id), fields: fields)
  }

  /// `2010-03-15 09:00-12:00; 2010-03-14 14:00-18:30`, as the speaker form shows it.
  static func unavailabilityText(_ periods: [Unavailability]) -> String {
    periods.map { "\($0.date.iso) \($0.from)-\($0.to)" }.joined(separator: "; ")
  }

  static func day(_ day: Day?, in schedule: Schedule) -> Form {
    let next = schedule.days.last.map { $0.date.adding(days: 1) }
    let breaks = day.map { breaksText($0.breaks) } ?? ""
    return Form(
      title: day == nil ? "New day" : "Day \(day!.date.iso)", purpose: .day(date: day?.date),
      fields: [
        day == nil
          ? text("date", "Date (YYYY-MM-DD)", next?.iso ?? "")
          : Field(key: "date", label: "Date", value: .fixed(day!.date.iso)),
        text("opens", "Opens (HH:MM)", day?.opens.description ?? "09:00"),
        text("closes", "Closes (HH:MM)", day?.closes.description ?? "18:00"),
        text("breaks", "Breaks (10:30-11:00 Coffee; …)", breaks),
      ])
  }

  /// The form with its title and field labels in the interface's language (values, ids and
  /// the choices' technical words stay as they are).
  func speaking(_ ui: InterfaceLanguage) -> Form {
    guard ui != .en else { return self }
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    /// `Title (ar)` → the template `Title ({1})` with `ar`; other labels as they are.
    func label(_ text: String) -> String {
      for stem in ["Title", "Name"] where text.hasPrefix(stem + " (") && text.hasSuffix(")") {
        let code = text.dropFirst(stem.count + 2).dropLast()
        if !code.contains(" ") { return tr(stem + " ({1})", String(code)) }
      }
      return tr(text)
    }
    var form = self
    for i in form.fields.indices {
      form.fields[i].label = label(form.fields[i].label)
      // The choices' labels (kinds, statuses, "(none)"); theme names are the schedule's.
      if case .choice(let options, var labels, let index) = form.fields[i].value,
        ["kind", "status", "pinned"].contains(form.fields[i].key) || labels.first == "(none)"
      {
        for k in labels.indices where Interface.knows(labels[k]) { labels[k] = tr(labels[k]) }
        form.fields[i].value = .choice(options: options, labels: labels, index: index)
      }
    }
    switch purpose {
    case .talk(let id, let isNew): form.title = isNew ? tr("New talk") : tr("Edit talk {1}", id)
    case .room(let id): form.title = id.map { tr("Room {1}", $0) } ?? tr("New room")
    case .theme(let id): form.title = id.map { tr("Theme {1}", $0) } ?? tr("New theme")
    case .day(let date): form.title = date.map { tr("Day {1}", $0.iso) } ?? tr("New day")
    case .speaker(let id): form.title = id.map { tr("Speaker {1}", $0) } ?? tr("New speaker")
    case .session(let id): form.title = id.map { tr("Session {1}", $0) } ?? tr("New session")
    }
    return form
  }

  /// Languages other than the primary one that titles or names use, plus Arabic, French
  /// and English, so that a translation can always be added.
  static func otherLanguages(_ schedule: Schedule) -> [String] {
    var languages = Set(schedule.displayLanguages)
    languages.formUnion(["ar", "fr", "en"])
    languages.remove(schedule.event.language)
    return languages.sorted()
  }
}

// MARK: - Turning forms into edits

extension Form {
  /// The form with the problem of a field the organizer changed shown on that field, as it is
  /// typed; problems of fields still untouched wait for Accept.
  func checked(in schedule: Schedule) -> Form {
    var form = self
    form.error = nil
    form.errorField = nil
    if case .failure(let problem) = edit(in: schedule),
      fields.contains(where: { $0.key == problem.field && $0.isChanged })
    {
      form.error = problem.phrase
      form.errorField = problem.field
    }
    return form
  }

  /// The edit this form asks for, or a message saying what is wrong.
  func edit(in schedule: Schedule) -> Result<Edit, FormError> {
    do throws(FormError) {
      switch purpose {
      case .talk(let id, let isNew): return .success(try talkEdit(id: id, isNew: isNew, schedule))
      case .room(let id): return .success(try roomEdit(id: id, schedule))
      case .theme(let id): return .success(try themeEdit(id: id, schedule))
      case .day(let date): return .success(try dayEdit(date: date, schedule))
      case .speaker(let id): return .success(try speakerEdit(id: id, schedule))
      case .session(let id): return .success(try sessionEdit(id: id, schedule))
      }
    } catch {
      return .failure(error)
    }
  }

  // MARK: Reading fields

  /// `existing` with the translations the form shows and the organizer changed: every
  /// language the form does not show, or that was left alone, stays as it was.
  private func translations(_ prefix: String, updating existing: Translations) -> Translations {
    var result = existing
    for field in fields where field.key.hasPrefix(prefix + ".") && applies(field.key) {
      let language = String(field.key.dropFirst(prefix.count + 1))
      let value = text(field.key).trimmed
      result[language] = value.isEmpty ? nil : value
    }
    return result
  }

  /// The id typed into the form of something new: valid, and not one `taken` already has.
  private func newID(_ what: String, taken: (String) -> Bool) throws(FormError) -> String {
    let id = text("id").trimmed
    guard isValidID(id) else {
      throw FormError("id", "an id needs letters, digits, - or _, no spaces")
    }
    guard !taken(id) else {
      throw FormError("id", "a {1} {2} already exists", .phrase(Phrase(what)), "\(id)")
    }
    return id
  }

  /// What the form edits: the element `id` names, or (for a new one, `id` nil) the element
  /// `make` builds on the id typed into the form.
  private func element<T>(
    _ id: String?, in catalog: Catalog<T>, _ what: String, make: (String) -> T
  ) throws(FormError) -> T {
    guard let id else { return make(try newID(what, taken: { catalog.contains(id: $0) })) }
    guard let existing = catalog[id: id] else {
      throw FormError(
        fields.first?.key ?? "id", "the {1} {2} is no longer in the schedule",
        .phrase(Phrase(what)), "\(id)")
    }
    return existing
  }

  /// The text of a field that must not be empty, trimmed.
  private func required(_ key: String, _ what: String) throws(FormError) -> String {
    let value = text(key).trimmed
    guard !value.isEmpty else {
      throw FormError(key, "the {1} must not be empty", .phrase(Phrase(what)))
    }
    return value
  }

  /// The text of a field that may be empty, trimmed; nil when empty.
  private func optional(_ key: String) -> String? {
    let value = text(key).trimmed
    return value.isEmpty ? nil : value
  }

  /// A whole number (the model's rules say which are allowed).
  private func number(_ key: String, _ message: String) throws(FormError) -> Int {
    guard let value = Int(text(key).trimmed) else { throw FormError(key, Phrase(message)) }
    return value
  }

  /// Throws the first rule of the model (`Validation.swift`) that `problems` name, on the
  /// form field that shows it (`fields` maps a problem's field to a form key where the
  /// names differ; a problem of a field the form lacks goes on its first field).
  private func refuse(_ problems: [FieldProblem], fields map: [String: String] = [:])
    throws(FormError)
  {
    guard let problem = problems.first else { return }
    let key = map[problem.field] ?? problem.field
    let shown = fields.first { $0.key == key || $0.key.hasPrefix(key + ".") }?.key
    throw FormError(
      shown ?? fields.first?.key ?? key,
      shown == nil
        ? Phrase("{1}: {2}", "\(problem.path)", .phrase(problem.phrase)) : problem.phrase)
  }

  // MARK: Edits

  private func talkEdit(id: String, isNew: Bool, _ schedule: Schedule) throws(FormError) -> Edit {
    var talk = try element(isNew ? nil : id, in: schedule.talks, "talk") {
      Talk(id: $0, title: "", duration: 0)
    }
    if applies("title") { talk.title = try required("title", "title") }
    talk.titles = translations("title", updating: talk.titles)
    if applies("duration") {
      talk.duration = try number("duration", "the duration is a number of minutes")
    }
    if applies("audience") {
      talk.audience =
        optional("audience") == nil
        ? nil : try number("audience", "the audience is a number of people (or empty)")
    }
    if applies("speakers") { talk.speakers = many("speakers") }
    if applies("theme") { talk.theme = choice("theme").flatMap { $0.isEmpty ? nil : $0 } }
    if applies("kind") { talk.kind = choice("kind").flatMap(TalkKind.init(rawValue:)) ?? .talk }
    if applies("needs") { talk.needs = many("needs") }
    if applies("status") {
      talk.status = choice("status").flatMap(TalkStatus.init(rawValue:)) ?? .confirmed
    }
    if applies("pinned") { talk.pinned = choice("pinned") == "yes" }
    if applies("at") { talk.at = try place() }
    if applies("language") { talk.language = optional("language") }
    if applies("prefer") { talk.prefer = try preference() }
    if applies("after") { talk.after = many("after") }
    if applies("abstract") { talk.abstract = optional("abstract") }
    if applies("notes") { talk.notes = optional("notes") }
    let added = newSpeakers.filter { talk.speakers.contains($0.id) }
    // Speakers added from this form's picker exist once the edit is applied.
    let context = ModelContext(schedule).adding(.speaker, added.map(\.id))
    try refuse(
      talk.problems(in: context),
      fields: [
        "titles": "title", "at.date": "at", "at.room": "at", "at.start": "at",
        "prefer.date": "prefer", "prefer.to": "prefer",
      ])
    let speakers = added.map { Edit.addSpeaker($0, index: nil) }
    let change: Edit = isNew ? .addTalk(talk, index: nil) : .updateTalk(talk)
    return speakers.isEmpty ? change : .batch(speakers + [change])
  }

  /// The session the form describes, and the edit that makes it so. Where the session goes,
  /// its talks go with it (``Edit/moveSession(_:to:)``): a talk added to it is laid out after
  /// the talk before it, talks put in a new order are laid out again in that order, and a
  /// talk taken out of its block becomes unscheduled rather than stay in a room the session
  /// holds.
  private func sessionEdit(id: String?, _ schedule: Schedule) throws(FormError) -> Edit {
    let old = try element(id, in: schedule.sessions, "session") {
      Session(id: $0, title: "", duration: 0)
    }
    var session = old
    if applies("title") { session.title = try required("title", "title") }
    session.titles = translations("title", updating: session.titles)
    if applies("theme") { session.theme = choice("theme").flatMap { $0.isEmpty ? nil : $0 } }
    if applies("chair") { session.chair = choice("chair").flatMap { $0.isEmpty ? nil : $0 } }
    if applies("at") { session.at = try place() }
    if applies("duration") {
      session.duration = try number("duration", "the duration is a number of minutes")
    }
    if applies("talks") { session.talks = many("talks") }
    if applies("pinned") { session.pinned = choice("pinned") == "yes" }
    if applies("notes") { session.notes = optional("notes") }
    try refuse(
      session.problems(in: ModelContext(schedule)),
      fields: ["titles": "title", "at.date": "at", "at.room": "at", "at.start": "at"])
    let joining = session.talks.filter { !old.talks.contains($0) }
    if let taken = schedule.sessions.first(where: { other in
      other.id != session.id && other.talks.contains(where: joining.contains)
    }) {
      let talk = joining.first(where: taken.talks.contains)!
      throw FormError("talks", "{1} is already in session {2}", "\(talk)", "\(taken.id)")
    }
    // Talks that leave the session's block are unscheduled; those that join it lose their
    // own place, so that moving the session lays them out inside it.
    let leaving = old.talks.filter { talk in
      guard !session.talks.contains(talk), let at = schedule.talks[id: talk]?.at,
        let duration = schedule.talks[id: talk]?.duration
      else { return false }
      return old.holds(
        date: at.date, room: at.room, start: at.start.minutes, end: at.start.minutes + duration)
    }
    var edits = leaving.map { Edit.place(talk: $0, at: nil) }
    let placed = session.at
    var stored = session
    if id == nil {
      stored.at = nil
      edits.append(.addSession(stored, index: nil))
    } else {
      stored.at = old.at
      edits.append(.updateSession(stored))
    }
    // Talks kept in a new order run in that order: all of them are laid out again, back to
    // back from the session's start.
    let kept = session.talks.filter(old.talks.contains)
    let reordered = kept != old.talks.filter(session.talks.contains)
    let laidOut =
      placed != nil && (id == nil || placed != old.at || !joining.isEmpty || reordered)
    if laidOut {
      let relaid = reordered ? session.talks : joining
      edits += relaid.filter { schedule.talks[id: $0]?.at != nil }.map {
        Edit.place(talk: $0, at: nil)
      }
      edits.append(.moveSession(session.id, to: placed))
    } else if placed == nil && old.at != nil {
      edits.append(.moveSession(session.id, to: nil))
    }
    return edits.count == 1 ? edits[0] : .batch(edits)
  }

  /// The place typed as `DATE HH:MM ROOM`, or nil when the field is empty (unscheduled).
  private func place() throws(FormError) -> Placement? {
    let words = text("at").split(separator: " ").map(String.init)
    guard !words.isEmpty else { return nil }
    guard words.count == 3, let date = CalendarDate(iso: words[0]),
      let start = TimeOfDay(parsing: words[1])
    else { throw FormError("at", "write the place as 2010-03-14 10:00 room-id, or leave it empty") }
    return Placement(date: date, room: words[2], start: start)
  }

  /// The preference typed as `[DATE] [FROM-TO]` (either time may be left out), or nil.
  private func preference() throws(FormError) -> Preference? {
    let wrong = FormError(
      "prefer", "write the preference as 2010-03-15 09:00-12:00, 2010-03-15, 14:00- or -12:00")
    var words = text("prefer").split(separator: " ").map(String.init)
    guard !words.isEmpty else { return nil }
    var prefer = Preference()
    if let date = CalendarDate(iso: words[0]) {
      prefer.date = date
      words.removeFirst()
    }
    if let span = words.first {
      guard words.count == 1, span.contains("-") || span.contains("–") else { throw wrong }
      let ends = span.split(
        omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
      guard ends.count == 2 else { throw wrong }
      func time(_ text: Substring) throws(FormError) -> TimeOfDay? {
        guard !text.isEmpty else { return nil }
        guard let time = TimeOfDay(parsing: String(text)) else { throw wrong }
        return time
      }
      prefer.from = try time(ends[0])
      prefer.to = try time(ends[1])
    }
    return prefer
  }

  private func roomEdit(id: String?, _ schedule: Schedule) throws(FormError) -> Edit {
    var room = try element(id, in: schedule.rooms, "room") {
      Room(id: $0, name: "", capacity: 0)
    }
    if applies("name") { room.name = try required("name", "name") }
    room.names = translations("name", updating: room.names)
    if applies("capacity") {
      room.capacity = try number("capacity", "the capacity is a number of seats")
    }
    if applies("features") {
      room.features = text("features").split(separator: ",").map { String($0).trimmed }
        .filter { !$0.isEmpty }
    }
    try refuse(room.problems, fields: ["names": "name"])
    return id == nil ? .addRoom(room, index: nil) : .updateRoom(room)
  }

  private func themeEdit(id: String?, _ schedule: Schedule) throws(FormError) -> Edit {
    var theme = try element(id, in: schedule.themes, "theme") { Theme(id: $0, name: "") }
    if applies("name") { theme.name = try required("name", "name") }
    theme.names = translations("name", updating: theme.names)
    try refuse(theme.problems(in: ModelContext(schedule)), fields: ["names": "name"])
    return id == nil ? .addTheme(theme, index: nil) : .updateTheme(theme)
  }

  private func speakerEdit(id: String?, _ schedule: Schedule) throws(FormError) -> Edit {
    var speaker = try element(id, in: schedule.speakers, "speaker") { Speaker(id: $0, name: "") }
    if applies("name") { speaker.name = try required("name", "name") }
    speaker.names = translations("name", updating: speaker.names)
    if applies("affiliation") { speaker.affiliation = optional("affiliation") }
    if applies("email") { speaker.email = optional("email") }
    if applies("phone") { speaker.phone = optional("phone") }
    if applies("unavailable") { speaker.unavailable = try unavailability(in: schedule) }
    if applies("notes") { speaker.notes = optional("notes") }
    try refuse(
      speaker.problems(in: ModelContext(schedule)),
      fields: ["names": "name", "unavailable.date": "unavailable", "unavailable.to": "unavailable"])
    return id == nil ? .addSpeaker(speaker, index: nil) : .updateSpeaker(speaker)
  }

  /// The periods typed as `DATE [HH:MM-HH:MM]; …`: a date alone is the whole day, from its
  /// opening to its closing.
  private func unavailability(in schedule: Schedule) throws(FormError) -> [Unavailability] {
    let wrong = FormError(
      "unavailable",
      "write each period as 2010-03-15 09:00-12:00 (or a date alone for the day), separated by ;")
    var periods: [Unavailability] = []
    for part in text("unavailable").split(whereSeparator: { $0 == ";" || $0 == "؛" }) {
      let words = part.split(separator: " ").map(String.init)
      guard !words.isEmpty else { continue }
      guard words.count <= 2, let date = CalendarDate(iso: words[0]) else { throw wrong }
      let day = schedule.day(date)
      var from = day?.opens ?? TimeOfDay(minutes: 0)!
      var to = day?.closes ?? TimeOfDay(minutes: minutesInADay)!
      if words.count == 2 {
        let times = words[1].split(whereSeparator: { $0 == "-" || $0 == "–" })
        guard times.count == 2, let start = TimeOfDay(parsing: String(times[0])),
          let end = TimeOfDay(parsing: String(times[1]))
        else { throw wrong }
        (from, to) = (start, end)
      }
      periods.append(Unavailability(date: date, from: from, to: to))
    }
    return periods
  }

  private func dayEdit(date: CalendarDate?, _ schedule: Schedule) throws(FormError) -> Edit {
    var day: Day
    if let date {
      guard let existing = schedule.day(date) else {
        throw FormError("date", "{1} is no longer a day of the event", "\(date.iso)")
      }
      day = existing
    } else {
      guard let new = CalendarDate(iso: text("date").trimmed) else {
        throw FormError("date", "write the date as YYYY-MM-DD")
      }
      guard schedule.day(new) == nil else {
        throw FormError("date", "{1} is already a day of the event", "\(new.iso)")
      }
      day = Day(date: new, opens: TimeOfDay(minutes: 0)!, closes: TimeOfDay(minutes: 1440)!)
    }
    func time(_ key: String) throws(FormError) -> TimeOfDay {
      guard let t = TimeOfDay(parsing: text(key).trimmed) else {
        throw FormError(key, "write a time like 09:00")
      }
      return t
    }
    if applies("opens") { day.opens = try time("opens") }
    if applies("closes") { day.closes = try time("closes") }
    if applies("breaks") { day.breaks = try Self.breaks(text("breaks"), replacing: day.breaks) }
    try refuse(day.problems(slot: schedule.event.slot))
    return date == nil ? .addDay(day) : .updateDay(day)
  }

  /// The breaks field as the form shows it: `10:30-11:00 Coffee; 12:30-14:00 Lunch`, a `;`
  /// inside a title written `\;`.
  static func breaksText(_ breaks: [Break]) -> String {
    breaks.map { "\($0.start)-\($0.end) \($0.title.replacingOccurrences(of: ";", with: "\\;"))" }
      .joined(separator: "; ")
  }

  /// The breaks the organizer wrote. What the field does not show (each break's
  /// translations) comes from the break it replaces: the one at the same times, else the
  /// one with the same title, else the one in the same place in the list.
  static func breaks(_ text: String, replacing old: [Break]) throws(FormError) -> [Break] {
    var parts: [String] = []
    var part = ""
    var escaped = false
    for character in text {
      if escaped {
        part.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ";" {
        parts.append(part)
        part = ""
      } else {
        part.append(character)
      }
    }
    parts.append(part)
    var written: [Break] = []
    for part in parts {
      let words = part.trimmed.split(separator: " ", maxSplits: 1)
      guard let span = words.first else { continue }
      let ends = span.split(separator: "-")
      guard ends.count == 2, let start = TimeOfDay(parsing: ends[0]),
        let end = TimeOfDay(parsing: ends[1])
      else {
        throw FormError("breaks", "write breaks as 10:30-11:00 Coffee, separated by ;")
      }
      written.append(
        Break(start: start, end: end, title: words.count > 1 ? String(words[1]).trimmed : "Break"))
    }
    var unused = Array(old.indices)
    func take(_ match: (Break) -> Bool) -> Break? {
      guard let k = unused.firstIndex(where: { match(old[$0]) }) else { return nil }
      return old[unused.remove(at: k)]
    }
    var matched: [Break?] = written.map { new in take { $0.start == new.start && $0.end == new.end }
    }
    for i in written.indices where matched[i] == nil {
      matched[i] = take { $0.title == written[i].title }
    }
    if written.count == old.count {
      for i in written.indices where matched[i] == nil {
        matched[i] = unused.contains(i) ? take { $0 == old[i] } : nil
      }
    }
    var breaks = written
    for i in breaks.indices { if let match = matched[i] { breaks[i].titles = match.titles } }
    breaks.sort { $0.start < $1.start }
    return breaks
  }
}

/// What is wrong with a form, and which field to point at.
struct FormError: Error, Equatable, Sendable {
  var field: String
  var phrase: Phrase
  init(_ field: String, _ phrase: Phrase) {
    self.field = field
    self.phrase = phrase
  }
  init(_ field: String, _ template: String, _ arguments: Phrase.Argument...) {
    self.init(field, Phrase(template, arguments: arguments))
  }
  /// The phrase in English.
  var message: String { phrase.description }
}
