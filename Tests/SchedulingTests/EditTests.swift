import Testing

@testable import Scheduling

@Suite struct EditTests {
  typealias F = Fixture

  @Test func moveAndUndo() throws {
    var document = Document(F.schedule([F.talk("t1", "a", 9), F.talk("t2", "a", 11)]))
    let target = Placement(date: F.d1, room: "a", start: F.time(9, 30))
    try document.perform(.place(talk: "t2", at: target), label: "Moved t2")
    #expect(document.index.errorCount == 1)
    #expect(document.schedule.talks[id: "t2"]?.at == target)
    document.undo()
    #expect(document.index.errorCount == 0)
    #expect(document.schedule.talks[id: "t2"]?.at?.start == F.time(11))
  }

  @Test func swapExchangesPlacements() throws {
    var schedule = F.schedule([F.talk("t1", "a", 9), F.talk("t2", "b", 11)])
    let applied = try Edit.swap("t1", "t2").apply(to: &schedule)
    #expect(schedule.talks[id: "t1"]?.at?.room == "b")
    #expect(schedule.talks[id: "t2"]?.at?.start == F.time(9))
    _ = try applied.inverse.apply(to: &schedule)
    #expect(schedule == F.schedule([F.talk("t1", "a", 9), F.talk("t2", "b", 11)]))
  }

  @Test func refusesUnknownReferences() {
    var schedule = F.schedule([F.talk("t1", "a", 9)])
    let before = schedule
    #expect(throws: EditError.self) {
      try Edit.place(talk: "t1", at: Placement(date: F.d1, room: "nowhere", start: F.time(9)))
        .apply(to: &schedule)
    }
    #expect(throws: EditError.self) { try Edit.place(talk: "zz", at: nil).apply(to: &schedule) }
    #expect(throws: EditError.self) { try Edit.removeRoom("a").apply(to: &schedule) }
    #expect(throws: EditError.self) {
      try Edit.addTalk(F.talk("t1"), index: nil).apply(to: &schedule)
    }
    #expect(schedule == before)
  }

  @Test func aFailingBatchChangesNothing() {
    var schedule = F.schedule([F.talk("t1", "a", 9)])
    let before = schedule
    #expect(throws: EditError.self) {
      try Edit.batch([.place(talk: "t1", at: nil), .place(talk: "missing", at: nil)])
        .apply(to: &schedule)
    }
    #expect(schedule == before)
  }

  @Test func removingATalkAndUndoingRestoresItsPosition() throws {
    var document = Document(F.schedule([F.talk("t1", "a", 9), F.talk("t2"), F.talk("t3")]))
    try document.perform(.removeTalk("t2"), label: "Deleted t2")
    #expect(document.schedule.talks.ids == ["t1", "t3"])
    document.undo()
    #expect(document.schedule.talks.ids == ["t1", "t2", "t3"])
  }

  @Test func daysStayInDateOrder() throws {
    var schedule = F.schedule()
    let early = Day(date: CalendarDate(iso: "2010-03-13")!, opens: F.time(9), closes: F.time(12))
    _ = try Edit.addDay(early).apply(to: &schedule)
    #expect(schedule.days.ids == ["2010-03-13", "2010-03-14", "2010-03-15"])
  }
}
