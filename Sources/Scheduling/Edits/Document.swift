/// A schedule being edited: its conflicts kept current, and unlimited undo and redo.
public struct Document: Sendable {
  /// One undoable step.
  public struct Step: Equatable, Sendable {
    public var edit: Edit
    public var inverse: Edit
    /// What the step did, for messages ("Moved t12 to 14 Mar 11:00 Plenary hall").
    public var label: String
  }

  public private(set) var index: ConflictIndex
  public private(set) var undoStack: [Step] = []
  public private(set) var redoStack: [Step] = []
  /// Incremented by every change, so that views and the journal can tell states apart.
  public private(set) var revision = 0

  public init(_ schedule: Schedule, rules: RuleBook = .standard) {
    index = ConflictIndex(schedule, rules: rules)
  }

  public var schedule: Schedule { index.schedule }

  /// Applies `edit` as one undoable step; on error nothing changes.
  public mutating func perform(_ edit: Edit, label: String) throws(EditError) {
    try run(edit)
    undoStack.append(Step(edit: edit, inverse: lastInverse, label: label))
    redoStack.removeAll()
  }

  /// Undoes the last step; returns it, or `nil` when there is nothing to undo.
  @discardableResult
  public mutating func undo() -> Step? {
    guard let step = undoStack.popLast() else { return nil }
    // An inverse of an edit that applied always applies to the state the edit produced.
    try! run(step.inverse)
    redoStack.append(step)
    return step
  }

  /// Redoes the last undone step; returns it, or `nil` when there is nothing to redo.
  @discardableResult
  public mutating func redo() -> Step? {
    guard let step = redoStack.popLast() else { return nil }
    try! run(step.edit)
    undoStack.append(step)
    return step
  }

  /// Replaces the whole schedule (reload, journal restore); clears the history.
  public mutating func reset(to schedule: Schedule) {
    index = ConflictIndex(schedule, rules: index.book)
    undoStack.removeAll()
    redoStack.removeAll()
    revision += 1
  }

  private var lastInverse: Edit = .batch([])

  private mutating func run(_ edit: Edit) throws(EditError) {
    lastInverse = try index.apply(edit).inverse
    revision += 1
  }
}
