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
  switch key {
  case .escape:
    state.mode = form.returnList.map { .list($0) } ?? .normal
    state.message = .info("Nothing changed")
    return []
  case .control("s"):
    return submit(form, &state)
  case .up, .backTab:
    form.focus = max(0, form.focus - 1)
  case .down, .tab:
    form.focus = min(count, form.focus + 1)
  case .enter:
    if form.focus >= count { return submit(form, &state) }
    if case .many = form.fields[form.focus].value {
      return openPicker(for: form, &state)
    }
    form.focus = min(count, form.focus + 1)
  default:
    guard form.focus < count else { break }
    switch form.fields[form.focus].value {
    case .text(var field):
      if let input = textInput(key) {
        _ = field.handle(input)
        form.fields[form.focus].value = .text(field)
      }
    case .choice(let options, let labels, var index):
      if key == .left { index = (index - 1 + options.count) % options.count }
      if key == .right || key == .character(" ") { index = (index + 1) % options.count }
      form.fields[form.focus].value = .choice(options: options, labels: labels, index: index)
    case .many:
      if key == .character(" ") { return openPicker(for: form, &state) }
    case .fixed:
      break
    }
  }
  state.mode = .form(form.checked(in: state.schedule))
  return []
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
  switch form.edit(in: state.schedule) {
  case .failure(let error):
    form.error = error.message
    form.errorField = error.field
    if let i = form.fields.firstIndex(where: { $0.key == error.field }) { form.focus = i }
    state.mode = .form(form)
    state.message = .error(error.message)
    return [.beep]
  case .success(let edit):
    let label: String
    switch form.purpose {
    case .talk(let id, let isNew):
      label = isNew ? "Added \(form.text("id")) (unscheduled: U to place it)" : "Edited \(id)"
    case .room(let id): label = id == nil ? "Added room \(form.text("id"))" : "Edited room \(id!)"
    case .theme(let id):
      label = id == nil ? "Added theme \(form.text("id"))" : "Edited theme \(id!)"
    case .day(let date): label = date == nil ? "Added \(form.text("date"))" : "Edited \(date!.iso)"
    }
    var list = form.returnList
    // A new item appears at the end of its list: put the cursor on it.
    if var l = list, form.isNew {
      switch l.kind {
      case .rooms: l.cursor = state.schedule.rooms.count
      case .themes: l.cursor = state.schedule.themes.count
      case .days: l.cursor = state.schedule.days.count
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
            ? "Showing every theme"
            : "Showing only \(state.schedule.themes[id: choice]?.name ?? choice) (f to change)")
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
      state.mode = .form(form)
    }
    return []
  }
  switch key {
  case .escape:
    return close(nil)
  case .up:
    picker.cursor = max(0, picker.cursor - 1)
  case .down:
    picker.cursor = min(max(0, rows - 1), picker.cursor + 1)
  case .tab where picker.multiple,
    .character(" ") where picker.multiple && picker.filter.text.isEmpty:
    // Toggles the item under the cursor.
    let i = picker.cursor - (adding ? 1 : 0)
    guard visible.indices.contains(i) else { break }
    let id = visible[i].id
    if picker.selected.contains(id) {
      picker.selected.remove(id)
    } else {
      picker.selected.insert(id)
    }
  case .enter:
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

/// `s-karim-benali`-style id for a new speaker, unique in the schedule and the form.
private func newSpeakerID(_ name: String, _ schedule: Schedule, _ picker: Picker) -> String {
  var slug = ""
  for character in fold(name) {
    if character.isLetter || character.isNumber {
      slug.append(character)
    } else if !slug.hasSuffix("-") {
      slug.append("-")
    }
  }
  while slug.hasSuffix("-") { slug.removeLast() }
  let base = "s-" + (slug.isEmpty ? "speaker" : slug)
  var id = base
  var n = 2
  while schedule.speakers.contains(id: id) || picker.items.contains(where: { $0.id == id }) {
    id = "\(base)-\(n)"
    n += 1
  }
  return id
}

// MARK: - Lists of rooms, themes and days

/// How many rows a list has.
func listCount(_ kind: ListEditor.Kind, _ schedule: Schedule) -> Int {
  switch kind {
  case .rooms: return schedule.rooms.count
  case .themes: return schedule.themes.count
  case .days: return schedule.days.count
  }
}

func handleList(_ key: Key, _ list: ListEditor, _ state: inout EditorState) -> [Effect] {
  var list = list
  let count = listCount(list.kind, state.schedule)
  switch key {
  case .escape, .character("q"):
    state.mode = .normal
    return []
  case .up, .character("k"):
    list.cursor = max(0, list.cursor - 1)
  case .down, .character("j"):
    list.cursor = min(max(0, count - 1), list.cursor + 1)
  case .character("a"):
    if state.readOnly { return readOnly(&state) }
    var form: Form
    switch list.kind {
    case .rooms: form = Form.room(nil, in: state.schedule)
    case .themes: form = Form.theme(nil, in: state.schedule)
    case .days: form = Form.day(nil, in: state.schedule)
    }
    form.returnList = list
    state.mode = .form(form)
    return []
  case .enter, .character("e"):
    guard list.cursor < count else { return [] }
    if state.readOnly { return readOnly(&state) }
    var form: Form
    switch list.kind {
    case .rooms: form = Form.room(state.schedule.rooms[list.cursor], in: state.schedule)
    case .themes: form = Form.theme(state.schedule.themes[list.cursor], in: state.schedule)
    case .days: form = Form.day(state.schedule.days[list.cursor], in: state.schedule)
    }
    form.returnList = list
    state.mode = .form(form)
    return []
  case .character("D"), .delete:
    guard list.cursor < count else { return [] }
    if state.readOnly { return readOnly(&state) }
    let question: Question
    switch list.kind {
    case .rooms:
      let room = state.schedule.rooms[list.cursor]
      let users = state.schedule.talks.filter { $0.at?.room == room.id }.count
      question = Question(
        purpose: .deleteRoom(room.id),
        text: "Delete room \(room.name)?"
          + (users > 0 ? " Its \(users) talks become unscheduled." : ""),
        answers: [("y", "yes"), ("n", "no")])
    case .themes:
      let theme = state.schedule.themes[list.cursor]
      question = Question(
        purpose: .deleteTheme(theme.id),
        text: "Delete theme \(theme.name)? Its talks keep no theme.",
        answers: [("y", "yes"), ("n", "no")])
    case .days:
      let day = state.schedule.days[list.cursor]
      let users = state.schedule.talks.filter { $0.at?.date == day.date }.count
      question = Question(
        purpose: .deleteDay(day.date),
        text: "Delete \(day.date.iso)?"
          + (users > 0 ? " Its \(users) talks become unscheduled." : ""),
        answers: [("y", "yes"), ("n", "no")])
    }
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
  switch key {
  case .escape:
    state.mode = .normal
    return []
  case .enter:
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
        state.message = .error("“\(text)” is not a time: write it as HH:MM")
        return [.beep]
      }
      let slot = state.schedule.event.slot
      state.cursor.row = state.row(ofTime: time.minutes / slot * slot)
      state.scrollToCursor()
      return []
    case .printPlan:
      guard !text.isEmpty else { return [] }
      return [.writePlan(state.schedule, day: state.day, language: state.language, path: text)]
    }
  default:
    if let input = textInput(key) { _ = prompt.field.handle(input) }
    state.mode = .prompt(prompt)
    return []
  }
}
