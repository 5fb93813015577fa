import CCurses

#if canImport(Glibc)
  import Glibc
#endif

/// The real terminal, through ncursesw.
///
/// Starting it sets the locale from the environment (ncurses draws nothing but blanks for
/// non-ASCII text otherwise), raw mode so that Ctrl-S and Ctrl-Z reach the editor, a short
/// ESCDELAY so that Esc answers at once, mouse reports and colors.
public final class CursesBackend: TerminalBackend {
  public private(set) var supportsColor: Bool
  public private(set) var colorCount: Int
  public private(set) var supportsUnicode: Bool
  private var previous: Screen?

  /// Why the terminal named by `$TERM` cannot show the editor.
  public enum Unusable: Equatable, Sendable {
    /// `TERM` is not set.
    case unset
    /// No terminfo entry describes `TERM`.
    case unknown(String)
    /// There is no terminfo database at all.
    case noDatabase
    /// The terminal cannot place the cursor (`TERM=dumb`, a printing terminal).
    case cannotAddress(String)
  }

  /// What is wrong with the terminal, before curses starts (nil: nothing).
  public static func problem() -> Unusable? {
    let term = getenv("TERM").map { String(cString: $0) } ?? ""
    switch mq_check_terminal() {
    case MQ_TERM_OK: return nil
    case MQ_TERM_UNSET: return .unset
    case MQ_TERM_NO_DATABASE: return .noDatabase
    case MQ_TERM_DUMB: return .cannotAddress(term)
    default: return .unknown(term)
    }
  }

  /// Starts curses; nil when the terminal cannot be used.
  public init?(color: Bool) {
    guard mq_start(25) == 1 else { return nil }
    mq_install_signal_handlers()
    supportsColor = color && mq_colors() >= 8
    // 88-colour terminals have no 6×6×6 cube: they get the 16-colour themes.
    colorCount = mq_colors() >= 256 ? 256 : mq_colors() >= 16 ? 16 : 8
    supportsUnicode = mq_utf8() == 1
  }

  deinit { stop() }

  /// Restores the terminal (also done on exit and on crash signals).
  public func stop() { mq_stop() }

  public func setBidi(_ mode: BidiMode) { mq_set_explicit_bidi(mode.reorders ? 1 : 0) }

  public var size: (width: Int, height: Int) { (Int(mq_cols()), Int(mq_lines())) }

  /// The termination signal (SIGTERM, SIGHUP) received, if any.
  public func pendingSignal() -> Int32 { mq_pending_signal() }

  public func draw(_ screen: Screen) {
    // After a resize everything is redrawn; otherwise only rows that changed.
    let full =
      previous == nil || previous!.width != screen.width || previous!.height != screen.height
    if full { mq_clear() }
    for y in 0..<screen.height {
      if !full, let previous, rowEqual(previous, screen, y) { continue }
      var x = 0
      while x < screen.width {
        let style = screen[x, y].style
        var run: [wchar_t] = []
        let start = x
        while x < screen.width && screen[x, y].style == style {
          let cell = screen[x, y]
          if cell.width != 0 {
            for scalar in cell.text.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
          }
          x += 1
        }
        var attributes: Int32 = 0
        if style.bold { attributes |= MQ_BOLD }
        if style.underline { attributes |= MQ_UNDERLINE }
        if style.reverse { attributes |= MQ_REVERSE }
        if style.dim { attributes |= MQ_DIM }
        let fg = supportsColor ? Int32(style.foreground.index) : -1
        let bg = supportsColor ? Int32(style.background.index) : -1
        run.withUnsafeBufferPointer {
          mq_put(Int32(y), Int32(start), $0.baseAddress, Int32($0.count), attributes, fg, bg)
        }
      }
    }
    mq_refresh()
    previous = screen
  }

  private func rowEqual(_ a: Screen, _ b: Screen, _ y: Int) -> Bool {
    for x in 0..<a.width where a[x, y] != b[x, y] { return false }
    return true
  }

  public func readKey(timeout: Double?) -> Key? {
    var code: Int32 = 0
    let ms = timeout.map { Int32(max(0, $0 * 1000)) } ?? -1
    switch mq_read(ms, &code) {
    case MQ_CHAR:
      guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
      return Key.decode(character: scalar)
    case MQ_FUNCTION:
      return functionKey(code)
    default:
      return nil
    }
  }

  private func functionKey(_ code: Int32) -> Key? {
    switch code {
    case MQ_KEY_UP: return .up
    case MQ_KEY_DOWN: return .down
    case MQ_KEY_LEFT: return .left
    case MQ_KEY_RIGHT: return .right
    case MQ_KEY_HOME: return .home
    case MQ_KEY_END: return .end
    case MQ_KEY_PAGE_UP: return .pageUp
    case MQ_KEY_PAGE_DOWN: return .pageDown
    case MQ_KEY_BACKSPACE: return .backspace
    case MQ_KEY_DELETE: return .delete
    case MQ_KEY_INSERT: return .insert
    case MQ_KEY_BACK_TAB: return .backTab
    case MQ_KEY_ENTER: return .enter
    case MQ_KEY_RESIZE:
      previous = nil
      return .resize
    case MQ_KEY_MOUSE:
      var kind: Int32 = 0
      var button: Int32 = 0
      var x: Int32 = 0
      var y: Int32 = 0
      guard mq_mouse(&kind, &button, &x, &y) == 1 else { return nil }
      let mapped: Mouse.Kind
      switch kind {
      case MQ_MOUSE_PRESS: mapped = .press
      case MQ_MOUSE_RELEASE: mapped = .release
      case MQ_MOUSE_WHEEL_UP: mapped = .wheelUp
      default: mapped = .wheelDown
      }
      return .mouse(Mouse(mapped, x: Int(x), y: Int(y)))
    default:
      if code > MQ_KEY_F0 && code < MQ_KEY_F0 + 64 { return .function(Int(code - MQ_KEY_F0)) }
      return nil
    }
  }

  public func beep() { mq_beep() }

}
