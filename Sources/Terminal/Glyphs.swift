/// The interface's glyphs and their ASCII twins, in one table.
///
/// Views draw with the UTF-8 glyphs; a screen that is ASCII only (no UTF-8 locale) shows
/// each as its twin, chosen once in ``Screen/asciiOnly``, so that a hint line still reads
/// `Tab day | Enter move` and a box still has corners. Any other non-ASCII character (a
/// title's Arabic) shows as `?`.
public enum Glyphs {
  /// UTF-8 glyph → ASCII twin, one column each, so that a layout keeps its widths.
  public static let twins: [Character: Character] = [
    "·": "|", "…": "~", "–": "-", "—": "-", "×": "x", "✓": "+", "✗": "x", "⚠": "!", "●": "*",
    "•": "*", "░": ".", "▏": "|", "‹": "<", "›": ">", "↑": "^", "↓": "v", "←": "<", "→": ">",
    "“": "\"", "”": "\"", "‘": "'", "’": "'", "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+",
    "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
  ]

  /// How `character` shows on an ASCII-only screen.
  public static func ascii(_ character: Character) -> Character {
    character.isASCII ? character : twins[character] ?? "?"
  }

  /// How `text` shows on an ASCII-only screen.
  public static func ascii(_ text: String) -> String { String(text.map(ascii)) }
}
