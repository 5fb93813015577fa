import Testing

@testable import Scheduling

/// Invariants over seeded random schedules and random edits.
@Suite struct PropertyTests {
  /// After every edit, the incrementally kept conflicts equal a full check from scratch.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func incrementalEqualsFullCheck(seed: UInt64) throws {
    let generated = Generator.event(.forum, seed: seed)
    var index = ConflictIndex(seed == 2 ? Generator.unscheduled(generated) : generated)
    var edits = RandomEdits(seed: seed)
    for step in 0..<700 {
      let edit = edits.edit(for: index.schedule)
      _ = try? index.apply(edit)
      let full = ConflictIndex(index.schedule)
      #expect(index.conflicts == full.conflicts, "step \(step): \(edit)")
      #expect(index.errorCount == full.errorCount)
      #expect(index.warningCount == full.warningCount)
      if index.conflicts != full.conflicts { break }
    }
  }

  /// Every edit undoes exactly, and redo gives the edited schedule back.
  @Test(arguments: [7, 8] as [UInt64])
  func everyEditUndoesExactly(seed: UInt64) {
    var document = Document(Generator.event(.forum, seed: seed))
    var edits = RandomEdits(seed: seed)
    var states = [document.schedule]
    for _ in 0..<400 {
      let before = document.schedule
      let edit = edits.edit(for: before)
      do {
        try document.perform(edit, label: "edit")
        states.append(document.schedule)
      } catch {
        #expect(document.schedule == before, "a failed edit must change nothing")
      }
    }
    // Undo everything: each step must give back the state before it.
    for expected in states.reversed().dropFirst() {
      document.undo()
      #expect(document.schedule == expected)
      #expect(document.index.conflicts == ConflictIndex(expected).conflicts)
    }
    #expect(document.undo() == nil)
    // And redo all of it.
    for expected in states.dropFirst() {
      document.redo()
      #expect(document.schedule == expected)
    }
    #expect(document.redo() == nil)
  }

  /// With sessions: incremental equals full, and every edit (session edits too) undoes
  /// exactly.
  @Test(arguments: [4, 5] as [UInt64])
  func sessionsKeepIncrementalEqualToFullAndUndoExact(seed: UInt64) {
    let generated = Generator.withSessions(Generator.event(.forum, seed: seed), seed: seed)
    #expect(!generated.sessions.isEmpty)
    #expect(ConflictIndex(generated).errorCount == 0)
    var document = Document(generated)
    var edits = RandomEdits(seed: seed)
    var states = [document.schedule]
    var sessionEditsApplied = 0
    for step in 0..<300 {
      let before = document.schedule
      let sessionEdit = edits.random.chance(0.4) ? edits.sessionEdit(for: before) : nil
      let edit = sessionEdit ?? edits.edit(for: before)
      do {
        try document.perform(edit, label: "edit")
        states.append(document.schedule)
        if sessionEdit != nil { sessionEditsApplied += 1 }
      } catch {
        #expect(document.schedule == before, "a failed edit must change nothing: \(edit)")
      }
      let full = ConflictIndex(document.schedule)
      #expect(document.index.conflicts == full.conflicts, "step \(step): \(edit)")
      if document.index.conflicts != full.conflicts { return }
    }
    #expect(sessionEditsApplied > 30)
    for expected in states.reversed().dropFirst() {
      document.undo()
      #expect(document.schedule == expected)
      if document.schedule != expected { return }
    }
  }

  @Test func aNewEditClearsRedo() throws {
    var document = Document(Generator.event(.forum, seed: 1))
    let talk = document.schedule.talks.first { !$0.pinned }!
    try document.perform(.place(talk: talk.id, at: nil), label: "unschedule")
    document.undo()
    #expect(document.redoStack.count == 1)
    try document.perform(.setPinned(talk: talk.id, true), label: "pin")
    #expect(document.redoStack.isEmpty)
  }

  /// Generated events are built around a timetable without errors.
  @Test(arguments: Generator.Size.all)
  func generatedEventsHaveNoErrors(size: Generator.Size) {
    for seed in [1, 2] as [UInt64] {
      let schedule = Generator.event(size, seed: seed)
      #expect(schedule.talks.count == size.talks)
      #expect(schedule.rooms.count == size.rooms)
      #expect(schedule.days.count == size.days)
      let index = ConflictIndex(schedule)
      #expect(
        index.errorCount == 0,
        "\(size.name) seed \(seed): \(index.conflicts.first { $0.severity == .error }?.message ?? "")"
      )
    }
  }

  @Test func generationIsRepeatable() {
    #expect(Generator.event(.medium, seed: 5) == Generator.event(.medium, seed: 5))
    #expect(Generator.event(.medium, seed: 5) != Generator.event(.medium, seed: 6))
  }
}

extension Generator.Size: CustomTestStringConvertible {
  public var testDescription: String { name }
}
