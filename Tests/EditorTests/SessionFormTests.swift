import Testing

@testable import Editor
@testable import Scheduling
@testable import Terminal

/// The sessions list (`G`) and a session's form: adding one lays its talks out inside it,
/// editing its place moves them, its talks can be added, taken out and reordered, and
/// deleting it leaves them where they are; each is one undoable step.
@Suite struct SessionFormTests {
  typealias Blocks = SessionBlockTests

  func state(_ schedule: Schedule = Blocks.schedule) -> EditorState {
    var state = EditorState(
      schedule: schedule, file: "sessions.yaml", width: 120, height: 40, color: true,
      unicode: true)
    state.day = 0
    return state
  }

  /// Opens the form of session `id` from the list, or of a new one when `id` is nil.
  func open(_ id: String?, _ state: inout EditorState) {
    press([.character("G")], &state)
    guard let id else {
      press([.character("a")], &state)
      return
    }
    press(Array(repeating: .down, count: state.schedule.sessions.index(of: id)!), &state)
    press([.enter], &state)
  }

  /// The editor with the form of the sample's session open, and where that session is.
  func openedSession() throws -> (EditorState, Session, Placement) {
    var state = state()
    let session = Blocks.session
    let at = try #require(session.at)
    open(session.id, &state)
    return (state, session, at)
  }

  /// Sets a form field's value as the organizer would have left it.
  func set(_ key: String, _ value: (Form.Value) -> Form.Value, _ state: inout EditorState) {
    guard case .form(var form) = state.mode,
      let i = form.fields.firstIndex(where: { $0.key == key })
    else {
      Issue.record("no form with a field \(key)")
      return
    }
    form.fields[i].value = value(form.fields[i].value)
    state.mode = .form(form.checked(in: state.schedule))
  }

  func setText(_ key: String, _ text: String, _ state: inout EditorState) {
    set(key, { _ in .text(TextField(text)) }, &state)
  }

  func setTalks(_ talks: [String], _ state: inout EditorState) {
    set(
      "talks",
      { value in
        guard case .many(let options, let labels, _) = value else { return value }
        return .many(options: options, labels: labels, selected: talks)
      }, &state)
  }

  /// Accepts the form and expects it taken: back in the list.
  func accept(_ state: inout EditorState) {
    press([.control("s")], &state)
    guard case .list = state.mode else {
      Issue.record("the form was not accepted: \(state.message?.text ?? "")")
      return
    }
  }

  /// Two talks of the sample in no session, and a time of the first day the spare room is
  /// free for both.
  static let loose: [String] = {
    let s = Blocks.schedule
    let inSessions = Set(s.sessions.flatMap(\.talks))
    return Array(
      s.talks.filter { !inSessions.contains($0.id) && !$0.pinned && $0.duration <= 60 }.prefix(2)
        .map(\.id))
  }()

  @Test func aNewSessionLaysItsTalksOutBackToBackAndUndoTakesItAway() throws {
    var state = state()
    let before = state.schedule
    let talks = try #require(Self.loose.count == 2 ? Self.loose : nil)
    let day = before.days[0]
    open(nil, &state)
    guard case .form(let form) = state.mode else {
      Issue.record("G a opened no form")
      return
    }
    #expect(form.title == "New session")
    setText("title", "Clusters and networks", &state)
    setText("at", "\(day.date.iso) \(day.opens) spare", &state)
    setTalks(talks, &state)
    accept(&state)
    let session = try #require(state.schedule.sessions.last)
    #expect(session.title == "Clusters and networks")
    #expect(session.talks == talks)
    let first = try #require(state.schedule.talks[id: talks[0]])
    let second = try #require(state.schedule.talks[id: talks[1]])
    #expect(first.at == Placement(date: day.date, room: "spare", start: day.opens))
    #expect(second.at?.start.minutes == day.opens.minutes + first.duration)
    #expect(second.at?.room == "spare")
    #expect(state.message?.text == "Added session \(session.id)")
    press([.escape, .character("u")], &state)
    #expect(state.schedule == before)
  }

  @Test func aSessionsNewPlaceMovesItsTalksWithIt() throws {
    var (state, session, at) = try openedSession()
    setText("at", "\(at.date.iso) \(at.start) spare", &state)
    accept(&state)
    #expect(state.schedule.sessions[id: session.id]?.at?.room == "spare")
    for id in session.talks {
      let was = try #require(Blocks.schedule.talks[id: id]?.at)
      let now = try #require(state.schedule.talks[id: id]?.at)
      #expect(now.room == "spare" && now.start == was.start && now.date == was.date)
    }
    #expect(!state.index.conflicts.contains { $0.kind == .sessionRoom || $0.kind == .sessionTime })
    press([.escape, .character("u")], &state)
    #expect(state.schedule == Blocks.schedule)
  }

  @Test func aTalkTakenOutIsUnscheduledAndOneAddedFollowsTheOthers() throws {
    var state = state()
    let session = Blocks.session
    let added = try #require(Self.loose.first)
    let out = session.talks[0]
    let kept = Array(session.talks.dropFirst())
    open(session.id, &state)
    setTalks(kept + [added], &state)
    accept(&state)
    let now = try #require(state.schedule.sessions[id: session.id])
    #expect(now.talks == kept + [added])
    #expect(state.schedule.talks[id: out]?.at == nil)
    // The new talk starts where the last of the others ends, in the session's room.
    let last = try #require(state.schedule.talks[id: kept.last!])
    let lastEnd = last.at!.start.minutes + last.duration
    let placed = try #require(state.schedule.talks[id: added]?.at)
    #expect(placed.room == session.at!.room && placed.start.minutes == lastEnd)
    for id in kept {
      #expect(state.schedule.talks[id: id]?.at == Blocks.schedule.talks[id: id]?.at)
    }
    press([.escape, .character("u")], &state)
    #expect(state.schedule == Blocks.schedule)
  }

  @Test func talksPutInANewOrderRunInThatOrder() throws {
    var (state, session, at) = try openedSession()
    let reversed = Array(session.talks.reversed())
    setTalks(reversed, &state)
    accept(&state)
    var start = at.start.minutes
    for id in reversed {
      let placed = try #require(state.schedule.talks[id: id]?.at)
      #expect(placed.room == at.room && placed.start.minutes == start)
      start += state.schedule.talks[id: id]!.duration
    }
    #expect(!state.index.conflicts.contains { $0.kind == .sessionOrder })
    press([.escape, .character("u")], &state)
    #expect(state.schedule == Blocks.schedule)
  }

  @Test func aPlaceThatPushesATalkPastMidnightKeepsTheFormOpen() throws {
    var (state, _, at) = try openedSession()
    // The session fits before midnight; its talks, back to back, would not.
    setText("at", "\(at.date.iso) 23:45 spare", &state)
    setText("duration", "15", &state)
    press([.control("s")], &state)
    guard case .form(let form) = state.mode else {
      Issue.record("a session pushing its talks past midnight was accepted")
      return
    }
    #expect(form.errorField == "at")
    #expect(state.schedule == Blocks.schedule)
  }

  @Test func aTalkOfAnotherSessionIsNotOffered() throws {
    var state = state()
    let session = Blocks.session
    let other = try #require(
      Blocks.schedule.sessions.first { $0.id != session.id && !$0.talks.isEmpty })
    open(session.id, &state)
    guard case .form(let form) = state.mode,
      case .many(let options, _, let selected)? = form["talks"]
    else {
      Issue.record("no talks field")
      return
    }
    #expect(selected == session.talks)
    #expect(!options.contains(other.talks[0]))
    #expect(options.contains(session.talks[0]))
  }

  @Test func deletingASessionLeavesItsTalksWhereTheyAre() throws {
    var state = state()
    let session = Blocks.session
    press([.character("G")], &state)
    #expect(view(state).text.contains(session.id))
    press(Array(repeating: .down, count: state.schedule.sessions.index(of: session.id)!), &state)
    press([.character("D")], &state)
    guard case .question(let question) = state.mode else {
      Issue.record("D asked nothing")
      return
    }
    #expect(question.text.contains("Its \(session.talks.count) talks stay where they are."))
    press([.character("y")], &state)
    #expect(state.schedule.sessions[id: session.id] == nil)
    #expect(state.schedule.talks == Blocks.schedule.talks)
    press([.escape, .character("u")], &state)
    #expect(state.schedule == Blocks.schedule)
  }

  @Test func mInTheSessionsListMakesSessionsOfRunsOfOneTrackInOneStep() {
    var timetable = Blocks.schedule
    timetable.sessions = []
    let expected = SessionCreation.sessions(for: timetable)
    #expect(!expected.isEmpty)
    var state = state(timetable)
    press([.character("G")], &state)
    #expect(view(state).text.contains("m make from runs"))
    press([.character("m")], &state)
    #expect(Array(state.schedule.sessions) == expected)
    #expect(
      state.message?.text
        == "Made \(expected.count) sessions of runs of one track (Esc then u undoes it)")
    // Once made, no run is left.
    press([.character("m")], &state)
    #expect(state.schedule.sessions.count == expected.count)
    press([.escape, .character("u")], &state)
    #expect(state.schedule == timetable)
    // Other lists do not take it.
    press([.character("R"), .character("m")], &state)
    #expect(state.schedule == timetable)
  }

  @Test func theListShowsEachSessionsPlaceChairAndTalks() throws {
    var state = state()
    let session = Blocks.session
    press([.character("G")], &state)
    let text = view(state).text
    let line = try #require(text.split(separator: "\n").first { $0.contains(" \(session.id)  ") })
    #expect(line.contains(session.title))
    #expect(line.contains("\(session.talks.count) talks"))
    if let chair = session.chair {
      #expect(line.contains(Blocks.schedule.speakers[id: chair]!.name))
    }
  }
}
