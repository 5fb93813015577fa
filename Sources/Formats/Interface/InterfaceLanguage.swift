/// The language the interface speaks (independent of the language of titles and names).
public enum InterfaceLanguage: String, CaseIterable, Sendable {
  case ar, fr, en

  /// Whether the interface reads right to left.
  public var isRightToLeft: Bool { self == .ar }

  /// The language from the environment: `MULTAQA_UI`, then the locale variables in their
  /// order of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`), read as text so that a locale
  /// the machine does not have installed still counts; English otherwise.
  public static func from(_ environment: [String: String]) -> InterfaceLanguage {
    if let chosen = environment["MULTAQA_UI"].flatMap(InterfaceLanguage.init(code:)) {
      return chosen
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      // The first variable that is set decides, even when it names another language.
      return InterfaceLanguage(code: value) ?? .en
    }
    return .en
  }

  /// `ar`, `ar_DZ.UTF-8`, `fr-FR`, `FR`: the language of a code or locale name.
  public init?(code: String) {
    let language = code.lowercased().prefix { $0.isLetter }
    guard let known = InterfaceLanguage(rawValue: String(language)) else { return nil }
    self = known
  }
}
