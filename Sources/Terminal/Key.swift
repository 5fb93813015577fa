/// A key or mouse event, decoded from the terminal.
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Control with a letter: `.control("s")` is Ctrl-S.
  case control(Character)
  case enter, escape, tab, backTab, backspace, delete, insert
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)
  case mouse(Mouse)
  case resize

  /// The key as people write it: `Ctrl-S`, `Shift-Tab`, `PgDn`, `q`.
  public var name: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .control(let c): return "Ctrl-\(c.uppercased())"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .insert: return "Insert"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .function(let n): return "F\(n)"
    case .mouse: return "mouse"
    case .resize: return "resize"
    }
  }

  /// The key for a character the terminal delivered, with control characters decoded.
  public static func decode(character scalar: Unicode.Scalar) -> Key {
    switch scalar.value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      return .control(Character(Unicode.Scalar(scalar.value + 96)!))
    default:
      return .character(Character(scalar))
    }
  }
}

/// A mouse event at a cell.
public struct Mouse: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case press, release, wheelUp, wheelDown
  }

  public var kind: Kind
  public var x: Int
  public var y: Int

  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
