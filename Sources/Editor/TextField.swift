/// A one-line text editor: the text, a cursor, and the usual keys.
public struct TextField: Equatable, Sendable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int
  /// The whole text is selected: the first character typed replaces it, a deletion clears it,
  /// a movement keeps it (as a search box offers its last query).
  public private(set) var isSelected: Bool

  public init(_ text: String = "", selected: Bool = false) {
    characters = Array(text)
    cursor = characters.count
    isSelected = selected && !text.isEmpty
  }

  public var text: String { String(characters) }

  public mutating func insert(_ character: Character) {
    characters.insert(character, at: cursor)
    cursor += 1
  }

  public mutating func backspace() {
    guard cursor > 0 else { return }
    cursor -= 1
    characters.remove(at: cursor)
  }

  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func left() { cursor = max(0, cursor - 1) }
  public mutating func right() { cursor = min(characters.count, cursor + 1) }
  public mutating func home() { cursor = 0 }
  public mutating func end() { cursor = characters.count }
  public mutating func clear() {
    characters = []
    cursor = 0
  }

  /// Applies an editing key; returns whether the key was one.
  public mutating func handle(_ key: KeyInput) -> Bool {
    if isSelected {
      isSelected = false
      switch key {
      case .character, .backspace, .delete, .controlU: clear()
      case .left, .right, .home, .end, .controlA, .controlE: break
      }
    }
    switch key {
    case .character(let c):
      insert(c)
    case .backspace:
      backspace()
    case .delete:
      deleteForward()
    case .left:
      left()
    case .right:
      right()
    case .home, .controlA:
      home()
    case .end, .controlE:
      end()
    case .controlU:
      clear()
    }
    return true
  }

  /// The keys a text field understands.
  public enum KeyInput: Sendable {
    case character(Character), backspace, delete, left, right, home, end
    case controlA, controlE, controlU
  }
}
