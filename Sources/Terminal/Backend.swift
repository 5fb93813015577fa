/// Where screens are shown and keys come from: the real terminal, or memory in tests.
public protocol TerminalBackend: AnyObject {
  /// Columns and rows.
  var size: (width: Int, height: Int) { get }
  /// Whether colors can be shown.
  var supportsColor: Bool { get }
  /// How many colors: 8, 16 or 256 (meaningful when ``supportsColor``).
  var colorCount: Int { get }
  /// Whether non-ASCII text can be shown (a UTF-8 locale).
  var supportsUnicode: Bool { get }
  /// Shows `screen`.
  func draw(_ screen: Screen)
  /// The next key, waiting at most `timeout` seconds (nil: forever).
  func readKey(timeout: Double?) -> Key?
  func beep()
  /// Tells the terminal whether the program writes visual order (explicit bidi mode).
  func setBidi(_ mode: BidiMode)
}

extension TerminalBackend {
  public func setBidi(_ mode: BidiMode) {}
}

/// A terminal in memory: keys are queued by the test, the last screen is kept.
public final class MemoryBackend: TerminalBackend {
  public var size: (width: Int, height: Int)
  public var supportsColor: Bool
  public var supportsUnicode: Bool
  public var colorCount = 256
  public private(set) var screen: Screen
  public private(set) var frames = 0
  public private(set) var beeps = 0
  private var keys: [Key]

  public init(
    width: Int = 80, height: Int = 24, keys: [Key] = [], color: Bool = true, unicode: Bool = true
  ) {
    size = (width, height)
    supportsColor = color
    supportsUnicode = unicode
    screen = Screen(width: width, height: height)
    self.keys = keys
  }

  public func queue(_ more: [Key]) { keys += more }

  /// Queues each character of `text` as a key.
  public func type(_ text: String) { keys += text.map { Key.character($0) } }

  public var pendingKeys: Int { keys.count }

  public func draw(_ screen: Screen) {
    self.screen = screen
    frames += 1
  }

  public func readKey(timeout: Double?) -> Key? {
    keys.isEmpty ? nil : keys.removeFirst()
  }

  public func beep() { beeps += 1 }

  /// Changes the size, as a terminal window resize would; delivers a resize key.
  public func resize(width: Int, height: Int) {
    size = (width, height)
    keys.insert(.resize, at: 0)
  }
}
