import CFriBidi
import Foundation

/// How the screen writes right-to-left text (see the terminal working group's BiDi
/// recommendation): a full-screen program that lays out its own cells does the bidi itself,
/// writes visual order and puts the terminal in explicit mode (`CSI 8 l`).
public enum BidiMode: String, CaseIterable, Sendable {
  /// Reorder by the Unicode Bidirectional Algorithm and shape Arabic (presentation forms),
  /// for terminals that do neither (xterm, Alacritty, kitty, Windows Terminal, tmux).
  case on
  /// Reorder only, for terminals that shape but do not reorder in explicit mode (VTE).
  case reorder
  /// Write logical order and leave the terminal in implicit mode, for terminals that do
  /// their own bidi and ignore explicit mode (Konsole, mlterm).
  case off

  /// The next mode of the editor's toggle key.
  public var next: BidiMode {
    switch self {
    case .on: return .reorder
    case .reorder: return .off
    case .off: return .on
    }
  }

  /// Whether the program writes visual order (and so switches the terminal to explicit mode).
  public var reorders: Bool { self != .off }

  /// The mode `auto` picks from the environment, and the terminal it recognized (nil when
  /// none: then `on`, which is right for any terminal that does no bidi).
  public static func automatic(_ environment: [String: String]) -> (
    mode: BidiMode, terminal: String?
  ) {
    if environment["KONSOLE_VERSION"] != nil { return (.off, "Konsole") }
    if environment["MLTERM"] != nil { return (.off, "mlterm") }
    if environment["VTE_VERSION"] != nil { return (.reorder, "a VTE terminal") }
    return (.on, nil)
  }
}

/// One line of text in visual order, by GNU FriBidi.
public enum Bidi {
  /// Whether `text` holds a right-to-left character: only such text is worth reordering,
  /// so that the screen's common case costs one scan.
  public static func hasRightToLeft(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { isRightToLeft($0) }
  }

  static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFC, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
      return true
    default:
      return false
    }
  }

  /// `text` (one line, in logical order) as it must be written left to right on a screen:
  /// reordered by the Unicode Bidirectional Algorithm with the paragraph's direction taken
  /// from its first strong character, brackets mirrored in right-to-left runs, combining
  /// marks kept after their letters, and with `shape`, Arabic letters in their joining
  /// forms (presentation forms B, one cell each; the lam-alef ligature is left out so that
  /// a line keeps its width after layout).
  public static func visual(_ text: String, shape: Bool, rightToLeft: Bool = false) -> String {
    guard hasRightToLeft(text) else { return text }
    // A frame draws mostly the lines of the frame before: each is reordered once.
    let key = VisualKey(text: text, shape: shape, rightToLeft: rightToLeft)
    if let known = visualMemo.value(key) { return known }
    let visual = visualOrder(text, shape: shape, rightToLeft: rightToLeft).text
    visualMemo.store(visual, for: key)
    return visual
  }

  struct VisualKey: Hashable {
    var text: String
    var shape: Bool
    var rightToLeft: Bool
  }

  /// The lines reordered lately, behind a lock, forgotten all at once when they pass a few
  /// thousand (a long session's titles, forms and messages).
  final class Memo: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [VisualKey: String] = [:]
    static let capacity = 4096

    func value(_ key: VisualKey) -> String? {
      lock.lock()
      defer { lock.unlock() }
      return lines[key]
    }

    func store(_ visual: String, for key: VisualKey) {
      lock.lock()
      defer { lock.unlock() }
      if lines.count >= Self.capacity { lines.removeAll(keepingCapacity: true) }
      lines[key] = visual
    }
  }

  static let visualMemo = Memo()

  /// ``visual(_:shape:)`` with, for each scalar of the visual text, the index of the scalar of
  /// `text` it shows (to find where a logical position is drawn: a form's cursor).
  /// With `rightToLeft`, the line is a right-to-left paragraph whatever its first letter
  /// (an Arabic interface's lines); otherwise its first strong letter decides.
  public static func visualOrder(_ text: String, shape: Bool, rightToLeft: Bool = false) -> (
    text: String, logical: [Int]
  ) {
    guard hasRightToLeft(text) else { return (text, Array(0..<text.unicodeScalars.count)) }
    let identity = Array(0..<text.unicodeScalars.count)
    var characters = text.unicodeScalars.map { FriBidiChar($0.value) }
    let count = characters.count
    guard count > 0, count < Int(Int32.max) else { return (text, identity) }
    let length = FriBidiStrIndex(count)
    var types = [FriBidiCharType](repeating: FriBidiCharType(rawValue: 0), count: count)
    var brackets = [FriBidiBracketType](repeating: 0, count: count)
    var levels = [FriBidiLevel](repeating: 0, count: count)
    var direction = rightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_ON
    fribidi_get_bidi_types(characters, length, &types)
    fribidi_get_bracket_types(characters, length, types, &brackets)
    guard fribidi_get_par_embedding_levels_ex(types, brackets, length, &direction, &levels) > 0
    else { return (text, identity) }
    var flags = FriBidiFlags(FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAG_REORDER_NSM)
    var joining = [FriBidiArabicProp](repeating: 0, count: count)
    if shape {
      flags |= FriBidiFlags(FRIBIDI_FLAG_SHAPE_ARAB_PRES)
      fribidi_get_joining_types(characters, length, &joining)
      fribidi_join_arabic(types, length, levels, &joining)
    }
    fribidi_shape(flags, levels, length, &joining, &characters)
    var map = identity.map { FriBidiStrIndex($0) }
    guard fribidi_reorder_line(flags, types, length, 0, direction, &levels, &characters, &map) > 0
    else { return (text, identity) }
    var out = String.UnicodeScalarView()
    for value in characters {
      out.append(Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}")
    }
    return (String(out), map.map { Int($0) })
  }
}
