/// Language tags (BCP 47, RFC 5646): `ar`, `fr`, `en`, `zh-Hans`, `ar-DZ`, `sr-Latn-RS`.
///
/// Every language code of a schedule (the event's language, translations, a talk's spoken
/// language) and every `--lang` is checked against the tag syntax, so that a code is always
/// a short run of letters, digits and hyphens: never a space, a quote or a line break that
/// could end a calendar line or an HTML attribute.
public enum LanguageTag {
  /// Whether `tag` is a well-formed language tag (RFC 5646, section 2.1), in any case.
  public static func isWellFormed(_ tag: String) -> Bool {
    let lower = tag.lowercased()
    if grandfathered.contains(lower) { return true }
    let parts = lower.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isAlphanumeric) })
    else { return false }
    var i = 0
    // A tag that is only a private use: `x-klingon`.
    if parts[0] == "x" { return isPrivateUse(parts[...]) }
    // language: 2–3 letters with up to three extlangs, or 4–8 letters.
    guard parts[0].allSatisfy(isLetter), (2...8).contains(parts[0].count) else { return false }
    i = 1
    if parts[0].count <= 3 {
      var extlangs = 0
      while i < parts.count, extlangs < 3, parts[i].count == 3, parts[i].allSatisfy(isLetter) {
        i += 1
        extlangs += 1
      }
    }
    // script: 4 letters.
    if i < parts.count, parts[i].count == 4, parts[i].allSatisfy(isLetter) { i += 1 }
    // region: 2 letters or 3 digits.
    if i < parts.count,
      (parts[i].count == 2 && parts[i].allSatisfy(isLetter))
        || (parts[i].count == 3 && parts[i].allSatisfy(isDigit))
    {
      i += 1
    }
    // variants: 5–8 alphanumerics, or a digit and 3 alphanumerics; never repeated.
    var variants: Set<String> = []
    while i < parts.count,
      (5...8).contains(parts[i].count) || (parts[i].count == 4 && isDigit(parts[i].first!))
    {
      guard variants.insert(parts[i]).inserted else { return false }
      i += 1
    }
    // extensions: a singleton (not x) and one or more 2–8 alphanumerics; each once.
    var singletons: Set<String> = []
    while i < parts.count, parts[i].count == 1, parts[i] != "x" {
      guard singletons.insert(parts[i]).inserted else { return false }
      i += 1
      let start = i
      while i < parts.count, (2...8).contains(parts[i].count) { i += 1 }
      guard i > start else { return false }
    }
    if i < parts.count, parts[i] == "x" { return isPrivateUse(parts[i...]) }
    return i == parts.count
  }

  /// `x` and one or more subtags of 1–8 alphanumerics.
  private static func isPrivateUse(_ parts: ArraySlice<String>) -> Bool {
    parts.first == "x" && parts.count > 1
      && parts.dropFirst().allSatisfy { (1...8).contains($0.count) }
  }

  private static func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
  private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
  private static func isAlphanumeric(_ c: Character) -> Bool { isLetter(c) || isDigit(c) }

  /// The tags RFC 5646 keeps from earlier rules, which the syntax alone would refuse.
  private static let grandfathered: Set<String> = [
    "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
    "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl",
    "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka",
    "zh-min", "zh-min-nan", "zh-xiang",
  ]
}
