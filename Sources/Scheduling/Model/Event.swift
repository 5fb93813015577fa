/// Text in several languages: a primary text plus translations by language code.
public typealias Translations = [String: String]

/// The event a schedule file describes.
public struct Event: Equatable, Sendable {
  /// The title in the event's primary ``language``.
  public var title: String
  /// Translations of the title, by language code (`ar`, `fr`, …).
  public var titles: Translations
  /// The language of every primary `title` and `name` in the file (default `en`).
  public var language: String
  /// A short name for conference apps (`AFSMI5`).
  public var acronym: String?
  public var venue: String
  /// IANA time zone name, such as `Africa/Algiers`.
  public var timezone: String
  /// The grid step in minutes; every start, end and duration is a multiple of it.
  public var slot: Int
  /// Whether a session may hold talks of another theme than its track (`mixed-tracks:
  /// false` makes that an error).
  public var mixedTracks: Bool
  public var notes: String?

  public init(
    title: String, titles: Translations = [:], language: String = "en", acronym: String? = nil,
    venue: String, timezone: String, slot: Int = 15, mixedTracks: Bool = true,
    notes: String? = nil
  ) {
    self.title = title
    self.titles = titles
    self.language = language
    self.acronym = acronym
    self.venue = venue
    self.timezone = timezone
    self.slot = slot
    self.mixedTracks = mixedTracks
    self.notes = notes
  }

  /// The title in `language`, falling back to the primary title.
  public func title(in language: String?) -> String {
    localized(title, titles, primary: self.language, in: language)
  }
}

/// Picks the text in `language` from a primary text and its translations.
public func localized(
  _ primary: String, _ translations: Translations, primary primaryLanguage: String,
  in language: String?
) -> String {
  guard let language, language != primaryLanguage else { return primary }
  return translations[language].flatMap { $0.isEmpty ? nil : $0 } ?? primary
}
