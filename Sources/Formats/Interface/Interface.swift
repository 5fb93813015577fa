import Scheduling

/// The words of the interface in Arabic, French and English, in one catalog.
///
/// Texts are written in English where they are used and looked up here by that English
/// text, so that the code reads as it always did; each other language is one file
/// (`Interface+fr.swift`, `Interface+ar.swift`) a translator can read and complete alone.
/// A text may hold `{1}`, `{2}`… for what it is given (numbers, names, keys). A test checks
/// that every text has all its languages with the same placeholders.
public enum Interface {
  /// `english` in `language`, with `{1}`, `{2}`… replaced by `arguments`. A text the catalog
  /// lacks is shown in English (and the catalog test names it).
  public static func text(
    _ english: String, in language: InterfaceLanguage, _ arguments: String...
  ) -> String {
    text(english, in: language, arguments: arguments)
  }

  public static func text(
    _ english: String, in language: InterfaceLanguage, arguments: [String]
  ) -> String {
    let text: String
    switch language {
    case .en: text = english
    case .fr: text = french[english] ?? english
    case .ar: text = arabic[english] ?? english
    }
    return arguments.isEmpty ? text : text.filled(with: arguments)
  }

  /// `phrase` in `language`: its template and every phrase inside it from the catalog,
  /// dates with the language's month names, lists joined with its "and".
  public static func say(_ phrase: Phrase, in language: InterfaceLanguage) -> String {
    guard language != .en else { return phrase.description }
    return phrase.said(
      { text($0, in: language) }, date: { CalendarNames.dayMonth($0, in: language.rawValue) },
      comma: text(", ", in: language), and: text(" and ", in: language),
      or: text(" or ", in: language))
  }

  /// Whether the catalog has `english` in every language.
  public static func knows(_ english: String) -> Bool {
    french[english] != nil && arabic[english] != nil
  }

  /// Every text of the catalog, in English.
  public static var texts: Set<String> { Set(french.keys).union(arabic.keys) }
}
