import Testing

@testable import Editor
@testable import Scheduling
@testable import Terminal

/// The form says a rule of the model on its field as it is typed, before Accept.
@Suite struct FormRuleTests {
  func durationForm() -> EditorState {
    var state = Sample.state()
    let talk = Sample.schedule.talks.first { $0.kind == .talk }!
    state.mode = .form(Form.talk(talk, isNew: false, in: state.schedule))
    guard case .form(var form) = state.mode,
      let duration = form.fields.firstIndex(where: { $0.key == "duration" })
    else { return state }
    form.focus = duration
    state.mode = .form(form)
    return state
  }

  @Test func aTooLongTalkIsSaidAtOnceOnItsField() {
    var state = durationForm()
    press([.control("u")], &state)
    type("1500", &state)
    guard case .form(let form) = state.mode else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error?.description == "1500 minutes is longer than a day")
    #expect(form.errorField == "duration")
    // Fixing the value clears it, still before Accept.
    press([.control("u")], &state)
    type("45", &state)
    guard case .form(let fixed) = state.mode else { return }
    #expect(fixed.error == nil)
    #expect(fixed.errorField == nil)
  }

  @Test func fieldsLeftAloneAreNotBlamedWhileTyping() {
    var state = Sample.state()
    state.mode = .form(Form.room(nil, in: state.schedule))
    // Typing the id of a new room: the empty name is for Accept to say, not the id field.
    type("annex", &state)
    guard case .form(let form) = state.mode else { return }
    #expect(form.error == nil)
    press([.control("s")], &state)
    guard case .form(let refused) = state.mode else {
      Issue.record("a room without a name was accepted")
      return
    }
    #expect(refused.errorField == "name")
  }
}
