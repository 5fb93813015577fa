import Formats
import Scheduling
import Terminal

/// The editing keys of a one-line text field.
func textInput(_ key: Key) -> TextField.KeyInput? {
  switch key {
  case .character(let c): return .character(c)
  case .backspace: return .backspace
  case .delete: return .delete
  case .left: return .left
  case .right: return .right
  case .home: return .home
  case .end: return .end
  case .control("a"): return .controlA
  case .control("e"): return .controlE
  case .control("u"): return .controlU
  default: return nil
  }
}

// MARK: - Forms

func handleForm(_ key: Key, _ form: Form, _ state: inout EditorState) -> [Effect] {
  var form = form
  let count = form.fields.count
  // A text field takes the text keys first (letters, a space, ← →, Home, End, Ctrl-A/E/U).
  if form.focus < count, case .text(var field) = form.fields[form.focus].value,
    let input = textInput(key)
  {
    _ = field.handle(input)
    form.fields[form.focus].value = .text(field)
    state.mode = .form(form.checked(in: state.schedule))
    return []
  }
  switch Keymap.command(for: key, in: .form) {
  case .cancel:
    state.mode = form.returnList.map { .list($0) } ?? .normal
    state.message = .info(state.tr("Nothing changed"))
    return []
  case .accept:
    return submit(form, &state)
  case .previousField:
    form.focus = max(0, form.focus - 1)
  case .nextField:
    form.focus = min(count, form.focus + 1)
  case .open:
    if form.focus >= count { return submit(form, &state) }
    if form.fields[form.focus].key == "talks", let id = form.choice("talks") {
      return goToTalk(id, from: form, &state)
    }
    if case .many = form.fields[form.focus].value { return openPicker(for: form, &state) }
    form.focus = min(count, form.focus + 1)
  case .previousChoice, .nextChoice:
    guard form.focus < count else { break }
    switch form.fields[form.focus].value {
    case .choice(let options, let labels, var index):
      let step = Keymap.command(for: key, in: .form) == .previousChoice ? -1 : 1
      index = (index + step + options.count) % options.count
      form.fields[form.focus].value = .choice(options: options, labels: labels, index: index)
    case .many where key == .character(" "):
      return openPicker(for: form, &state)
    default:
      break
    }
  default:
    return []
  }
  state.mode = .form(form.checked(in: state.schedule))
  return []
}

/// Leaves a speaker's form for one of their talks: the form's changes are applied first (as
/// Accept would), then the cursor goes to the talk, or the unscheduled list shows it.
private func goToTalk(_ id: String, from form: Form, _ state: inout EditorState) -> [Effect] {
  var effects: [Effect] = []
  if form.fields.contains(where: \.isChanged) {
    effects = submit(form, &state)
    if case .form = state.mode { return effects }
  }
  state.mode = .normal
  if let at = state.schedule.talks[id: id]?.at, jump(to: at, &state) {
    state.message = .info(state.tr("At {1}", id))
  } else {
    state.panel = .unscheduled
    state.message = .info(state.tr("{1} has no place yet (U lists it)", id))
  }
  return effects
}

private func openPicker(for form: Form, _ state: inout EditorState) -> [Effect] {
  guard case .many(let options, let labels, let selected) = form.fields[form.focus].value else {
    return []
  }
  let field = form.fields[form.focus]
  state.mode = .picker(
    Picker(
      purpose: .formField(form.focus), title: field.label,
      items: Array(zip(options, labels)).map { ($0.0, $0.1) }, selected: Set(selected),
      multiple: true, allowsNew: field.key == "speakers"), under: form)
  return []
}

private func submit(_ form: Form, _ state: inout EditorState) -> [Effect] {
  var form = form
  var result = form.edit(in: state.schedule)
  // A session's edit moves its talks, which the model may refuse (a talk pushed past
  // midnight): tried on a copy first, so the form stays open to say why.
  if case .session = form.purpose, case .success(let edit) = result {
    var copy = state.schedule
    do throws(EditError) {
      _ = try edit.apply(to: &copy)
    } catch {
      result = .failure(FormError("at", error.phrase))
    }
  }
  switch result {
  case .failure(let error):
    form.error = error.phrase
    form.errorField = error.field
    if let i = form.fields.firstIndex(where: { $0.key == error.field }) { form.focus = i }
    state.mode = .form(form)
    state.message = .error(Interface.say(error.phrase, in: state.ui))
    return [.beep]
  case .success(let edit):
    let label: String
    let added = form.text("id")
    switch form.purpose {
    case .talk(let id, let isNew):
      label =
        isNew
        ? state.tr("Added {1} (unscheduled: U to place it)", added) : state.tr("Edited {1}", id)
    case .room(let id):
      label = id.map { state.tr("Edited room {1}", $0) } ?? state.tr("Added room {1}", added)
    case .theme(let id):
      label = id.map { state.tr("Edited theme {1}", $0) } ?? state.tr("Added theme {1}", added)
    case .day(let date):
      label =
        date.map { state.tr("Edited {1}", $0.iso) } ?? state.tr("Added {1}", form.text("date"))
    case .speaker(let id):
      label = id.map { state.tr("Edited speaker {1}", $0) } ?? state.tr("Added speaker {1}", added)
    case .session(let id):
      label = id.map { state.tr("Edited session {1}", $0) } ?? state.tr("Added session {1}", added)
    }
    var list = form.returnList
    // A new item appears at the end of its list: put the cursor on it.
    if var l = list, form.isNew {
      switch l.kind {
      case .rooms: l.cursor = state.schedule.rooms.count
      case .themes: l.cursor = state.schedule.themes.count
      case .days: l.cursor = state.schedule.days.count
      case .speakers: l.cursor = state.schedule.speakers.count
      case .sessions: l.cursor = state.schedule.sessions.count
      }
      list = l
    }
    state.mode = list.map { .list($0) } ?? .normal
    let effects = perform(edit, label: label, &state)
    if case .list(var l)? = list.map({ Mode.list($0) }) {
      l.cursor = min(l.cursor, max(0, listCount(l.kind, state.schedule) - 1))
      if case .list = state.mode { state.mode = .list(l) }
    }
    if case .talk(_, true) = form.purpose, state.message?.kind == .info {
      state.panel = .unscheduled
    }
    state.scrollToCursor()
    return effects
  }
}

// MARK: - Pickers

func handlePicker(_ key: Key, _ picker: Picker, _ under: Form?, _ state: inout EditorState)
  -> [Effect]
{
  var picker = picker
  let visible = picker.visible
  let adding = picker.allowsNew && !picker.filter.text.trimmed.isEmpty
  // Row 0 is "add a new one" when the organizer has typed a name.
  let rows = visible.count + (adding ? 1 : 0)
  func close(_ selected: [String]?, _ newSpeaker: Speaker? = nil) -> [Effect] {
    switch picker.purpose {
    case .themeFilter:
      state.mode = .normal
      if let choice = selected?.first {
        state.themeFilter = choice.isEmpty ? nil : choice
        state.message = .info(
          choice.isEmpty
            ? state.tr("Showing every theme")
            : state.tr(
              "Showing only {1} (f to change)", state.schedule.themes[id: choice]?.name ?? choice))
        state.panelCursor = 0
      }
    case .formField(let i):
      guard var form = under else {
        state.mode = .normal
        return []
      }
      if let selected, case .many(var options, var labels, let previous) = form.fields[i].value {
        if let newSpeaker {
          options.append(newSpeaker.id)
          labels.append(newSpeaker.name)
          form.newSpeakers.append(newSpeaker)
        }
        // Keep the order already chosen, then the new choices in list order.
        let kept = previous.filter(selected.contains)
        let added = options.filter { selected.contains($0) && !kept.contains($0) }
        form.fields[i].value = .many(options: options, labels: labels, selected: kept + added)
      }
      state.mode = .form(form.checked(in: state.schedule))
    }
    return []
  }
  // Typing filters; a space toggles only while nothing is typed.
  let typing = key == .character(" ") && (!picker.multiple || !picker.filter.text.isEmpty)
  switch typing ? nil : Keymap.command(for: key, in: .picker) {
  case .cancel:
    return close(nil)
  case .up:
    picker.cursor = max(0, picker.cursor - 1)
  case .down:
    picker.cursor = min(max(0, rows - 1), picker.cursor + 1)
  case .toggle where picker.multiple:
    // Toggles the item under the cursor.
    let i = picker.cursor - (adding ? 1 : 0)
    guard visible.indices.contains(i) else { break }
    let id = visible[i].id
    if picker.selected.contains(id) {
      picker.selected.remove(id)
    } else {
      picker.selected.insert(id)
    }
  case .accept:
    if adding && picker.cursor == 0 {
      let name = picker.filter.text.trimmed
      let speaker = Speaker(id: newSpeakerID(name, state.schedule, picker), name: name)
      var selected = picker.selected
      selected.insert(speaker.id)
      return close(Array(selected), speaker)
    }
    let i = picker.cursor - (adding ? 1 : 0)
    guard picker.multiple else {
      return visible.indices.contains(i) ? close([visible[i].id]) : []
    }
    // After typing a name, Enter chooses the item found; otherwise it accepts the choices.
    var selected = picker.selected
    if !picker.filter.text.isEmpty && visible.indices.contains(i) { selected.insert(visible[i].id) }
    return close(Array(selected))
  default:
    if let input = textInput(key), key != .left && key != .right {
      _ = picker.filter.handle(input)
      // On the first match when there is one; on "add" only when nothing matches.
      let adds = picker.allowsNew && !picker.filter.text.trimmed.isEmpty
      picker.cursor = adds && !picker.visible.isEmpty ? 1 : 0
    }
  }
  state.mode = .picker(picker, under: under)
  return []
}

/// The id of a new speaker, unique in the schedule and the form.
func newSpeakerID(_ name: String, _ schedule: Schedule, _ picker: Picker) -> String {
  Speaker.newID(forName: name) { id in
    schedule.speakers.contains(id: id) || picker.items.contains { $0.id == id }
  }
}

// MARK: - Lists of rooms, themes, days, speakers and sessions

/// How many rows a list has.
func listCount(_ kind: ListEditor.Kind, _ schedule: Schedule) -> Int {
  switch kind {
  case .rooms: return schedule.rooms.count
  case .themes: return schedule.themes.count
  case .days: return schedule.days.count
  case .speakers: return schedule.speakers.count
  case .sessions: return schedule.sessions.count
  }
}

func handleList(_ key: Key, _ list: ListEditor, _ state: inout EditorState) -> [Effect] {
  var list = list
  let count = listCount(list.kind, state.schedule)
  switch Keymap.command(for: key, in: .list) {
  case .close:
    state.mode = .normal
    return []
  case .up:
    list.cursor = max(0, list.cursor - 1)
  case .down:
    list.cursor = min(max(0, count - 1), list.cursor + 1)
  case .addItem, .editItem:
    let adding = Keymap.command(for: key, in: .list) == .addItem
    guard adding || list.cursor < count else { return [] }
    if state.readOnly { return readOnly(&state) }
    // The form of the item under the cursor, or of a new one (nil).
    let at: Int? = adding ? nil : list.cursor
    var form: Form
    switch list.kind {
    case .rooms: form = Form.room(at.map { state.schedule.rooms[$0] }, in: state.schedule)
    case .themes: form = Form.theme(at.map { state.schedule.themes[$0] }, in: state.schedule)
    case .days: form = Form.day(at.map { state.schedule.days[$0] }, in: state.schedule)
    case .speakers:
      form = Form.speaker(at.map { state.schedule.speakers[$0] }, in: state.schedule)
    case .sessions:
      form = Form.session(at.map { state.schedule.sessions[$0] }, in: state.schedule)
    }
    form = form.speaking(state.ui)
    form.returnList = list
    state.mode = .form(form)
    return []
  case .makeSessions:
    guard list.kind == .sessions else { return [] }
    if state.readOnly { return readOnly(&state) }
    let made = SessionCreation.sessions(for: state.schedule)
    guard !made.isEmpty else {
      state.message = .info(
        state.tr("No run of two or more talks of one track is left outside a session"))
      return []
    }
    list.cursor = state.schedule.sessions.count
    state.mode = .list(list)
    return perform(
      .batch(made.map { .addSession($0, index: nil) }),
      label: state.tr(
        "Made {1} sessions of runs of one track (Esc then u undoes it)", String(made.count)), &state
    )
  case .deleteItem:
    guard list.cursor < count else { return [] }
    if state.readOnly { return readOnly(&state) }
    let item = ListItem(list.kind, at: list.cursor, in: state.schedule)
    // A speaker whose talks name them stays: say which talks, rather than ask.
    if !item.namedBy.isEmpty {
      state.message = .error(
        state.tr(
          "{1} speaks in {2}: take them out of those talks first", item.name,
          item.namedBy.prefix(5).joined(separator: ", ")
            + (item.namedBy.count > 5 ? " …" : "")))
      return [.beep]
    }
    let question = Question(
      purpose: .deleteItem(list.kind, id: item.id), text: item.question(in: state.ui),
      answers: [("y", state.tr("yes")), ("n", state.tr("no"))])
    state.mode = .question(question)
    return []
  default:
    return []
  }
  state.mode = .list(list)
  return []
}

// MARK: - Prompts

func handlePrompt(_ key: Key, _ prompt: Prompt, _ state: inout EditorState) -> [Effect] {
  var prompt = prompt
  switch Keymap.command(for: key, in: .prompt) {
  case .cancel:
    state.mode = .normal
    return []
  case .accept:
    state.mode = .normal
    let text = prompt.field.text.trimmed
    switch prompt.purpose {
    case .search:
      guard !text.isEmpty else {
        state.searchQuery = nil
        return []
      }
      state.searchQuery = text
      state.searchIndex = -1
      return jumpToMatch(step: 1, &state)
    case .goToTime:
      guard let time = TimeOfDay(parsing: text) else {
        state.message = .error(state.tr("“{1}” is not a time: write it as HH:MM", text))
        return [.beep]
      }
      state.cursor.row = state.row(ofTime: time.minutes)
      state.scrollToCursor()
      return []
    case .printPlan:
      guard !text.isEmpty, let day = state.currentDay else { return [] }
      let plan = Export(.planText(width: 100), days: [day.date], language: state.language)
      return [.export(state.schedule, plan, path: text)]
    case .command:
      return runCommandLine(text, &state)
    case .late(let from, let room):
      return runLate(text, from: from, room: room, &state)
    }
  case .complete where prompt.purpose == .command:
    let (line, candidates) = CommandPrompt.complete(prompt.field.text, schedule: state.schedule)
    if line == prompt.field.text && candidates.isEmpty { return [.beep] }
    prompt.field = TextField(line)
    prompt.hints = candidates
    state.mode = .prompt(prompt)
    return []
  default:
    if let input = textInput(key) { _ = prompt.field.handle(input) }
    state.mode = .prompt(prompt)
    return []
  }
}

// MARK: - Deleting from a list

/// An item of a list (a room, theme, day, speaker or session), and what deleting it asks
/// and does: one path for every list.
struct ListItem {
  var kind: ListEditor.Kind
  var id: String
  var name: String
  /// The edits that free the item (talks unscheduled or without a theme, speakers' days).
  var releases: [Edit]
  /// How many talks lose their place or theme.
  var talks: Int
  /// The talks that name the item and keep it from being deleted (a speaker's).
  var namedBy: [String] = []

  init(_ kind: ListEditor.Kind, at index: Int, in schedule: Schedule) {
    self.kind = kind
    switch kind {
    case .rooms:
      let room = schedule.rooms[index]
      (id, name) = (room.id, room.name)
      releases = schedule.talks.filter { $0.at?.room == room.id }.map {
        Edit.place(talk: $0.id, at: nil)
      }
      talks = releases.count
    case .themes:
      let theme = schedule.themes[index]
      (id, name) = (theme.id, theme.name)
      releases = schedule.talks.filter { $0.theme == theme.id }.map { talk -> Edit in
        var changed = talk
        changed.theme = nil
        return .updateTalk(changed)
      }
      talks = releases.count
    case .days:
      let date = schedule.days[index].date
      (id, name) = (date.iso, date.iso)
      releases = schedule.talks.filter { $0.at?.date == date }.map {
        Edit.place(talk: $0.id, at: nil)
      }
      talks = releases.count
      releases += schedule.speakers.filter { $0.unavailable.contains { $0.date == date } }
        .map { speaker -> Edit in
          var changed = speaker
          changed.unavailable.removeAll { $0.date == date }
          return .updateSpeaker(changed)
        }
    case .speakers:
      let speaker = schedule.speakers[index]
      (id, name) = (speaker.id, speaker.name)
      releases = []
      talks = 0
      namedBy = schedule.talks.filter { $0.speakers.contains(speaker.id) }.map(\.id)
    case .sessions:
      // The talks stay where they are, outside any session.
      let session = schedule.sessions[index]
      (id, name) = (session.id, session.title)
      releases = []
      talks = session.talks.count
    }
  }

  /// The item at `id` in its list, if it is still there.
  init?(_ kind: ListEditor.Kind, id: String, in schedule: Schedule) {
    guard let index = Self.index(kind, id, schedule) else { return nil }
    self.init(kind, at: index, in: schedule)
  }

  static func index(_ kind: ListEditor.Kind, _ id: String, _ schedule: Schedule) -> Int? {
    switch kind {
    case .rooms: return schedule.rooms.index(of: id)
    case .themes: return schedule.themes.index(of: id)
    case .days: return schedule.days.index(of: id)
    case .speakers: return schedule.speakers.index(of: id)
    case .sessions: return schedule.sessions.index(of: id)
    }
  }

  func question(in ui: InterfaceLanguage) -> String {
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    let unscheduled = talks > 0 ? " " + tr("Its {1} talks become unscheduled.", String(talks)) : ""
    switch kind {
    case .sessions:
      return tr("Delete session {1} “{2}”?", id, name)
        + (talks > 0 ? " " + tr("Its {1} talks stay where they are.", String(talks)) : "")
    case .rooms: return tr("Delete room {1}?", name) + unscheduled
    case .themes: return tr("Delete theme {1}? Its talks keep no theme.", name)
    case .days: return tr("Delete {1}?", name) + unscheduled
    case .speakers: return tr("Delete speaker {1}? No talk names them.", name)
    }
  }

  /// The whole deletion, as one undoable step.
  var edit: Edit {
    let remove: Edit
    switch kind {
    case .rooms: remove = .removeRoom(id)
    case .themes: remove = .removeTheme(id)
    case .days: remove = .removeDay(CalendarDate(iso: id)!)
    case .speakers: remove = .removeSpeaker(id)
    case .sessions: remove = .removeSession(id)
    }
    return .batch(releases + [remove])
  }

  func label(in ui: InterfaceLanguage) -> String {
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    switch kind {
    case .rooms: return tr("Deleted room {1} ({2} talks unscheduled)", id, String(talks))
    case .themes: return tr("Deleted theme {1}", id)
    case .days: return tr("Deleted {1} ({2} talks unscheduled)", id, String(talks))
    case .speakers: return tr("Deleted speaker {1}", id)
    case .sessions: return tr("Deleted session {1}", id)
    }
  }
}
