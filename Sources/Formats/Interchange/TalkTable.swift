import Foundation
import Scheduling

/// Talks as a spreadsheet table: the columns `export csv` writes and `import csv` reads, so
/// that a round trip through a spreadsheet loses nothing.
///
/// Column names are matched case- and accent-insensitively, in English, French or Arabic
/// (`title`, `titre`, `العنوان`; `title_ar`, `titre_arabe`…); anything else is assigned with a
/// map (`column=field`, or `column=ignore`).
public enum TalkTable {
  /// A field a column can hold.
  public enum Field: Hashable, Sendable, CustomStringConvertible {
    case id, title, theme, kind, speakers, affiliation, duration, audience, needs, date, room
    case start, status, pinned, language, abstract, notes, after, preferDate, preferFrom
    case preferTo, ignore
    /// A title translation: `title_ar`.
    case titleIn(String)

    public var description: String {
      switch self {
      case .titleIn(let language): return "title_\(language)"
      case .preferDate: return "prefer_date"
      case .preferFrom: return "prefer_from"
      case .preferTo: return "prefer_to"
      case .ignore: return "ignore"
      default: return Self.names[self] ?? "?"
      }
    }

    private static let names: [Field: String] = [
      .id: "id", .title: "title", .theme: "theme", .kind: "kind", .speakers: "speakers",
      .affiliation: "affiliation", .duration: "duration", .audience: "audience", .needs: "needs",
      .date: "date", .room: "room", .start: "start", .status: "status", .pinned: "pinned",
      .language: "language", .abstract: "abstract", .notes: "notes", .after: "after",
    ]

    /// The field a header names, in any of the three languages; nil when unknown.
    public static func named(_ header: String) -> Field? {
      let key = normalize(header)
      if let field = synonyms[key] { return field }
      // title_ar, titre_arabe, العنوان_بالعربيه, title (fr)…
      for prefix in ["title", "titre", "intitule", "العنوان"] where key.hasPrefix(prefix + "_") {
        let rest = String(key.dropFirst(prefix.count + 1))
        if let code = languageNames[rest] { return .titleIn(code) }
        if rest.count >= 2 && rest.count <= 3 && rest.allSatisfy({ $0.isASCII && $0.isLetter }) {
          return .titleIn(rest)
        }
      }
      return nil
    }

    private static let languageNames: [String: String] = [
      "arabe": "ar", "arabic": "ar", "عربي": "ar", "بالعربيه": "ar", "العربيه": "ar",
      "francais": "fr", "french": "fr", "فرنسي": "fr", "بالفرنسيه": "fr", "الفرنسيه": "fr",
      "anglais": "en", "english": "en", "انجليزي": "en", "بالانجليزيه": "en", "الانجليزيه": "en",
    ]

    private static let synonyms: [String: Field] = {
      var table: [String: Field] = [:]
      let words: [(Field, [String])] = [
        (.id, ["id", "identifiant", "identifier", "code", "المعرف", "الرمز", "رقم"]),
        (.title, ["title", "titre", "intitule", "العنوان"]),
        (.theme, ["theme", "axe", "track", "thematique", "المحور"]),
        (.kind, ["kind", "type", "format", "nature", "النوع", "الصيغه"]),
        (
          .speakers,
          [
            "speakers", "speaker", "intervenants", "intervenant", "orateurs", "orateur",
            "conferenciers", "المتدخلون", "المتدخل", "المحاضرون", "المحاضر", "المتحدثون",
          ]
        ),
        (
          .affiliation,
          [
            "affiliation", "affiliations", "organisme", "organisation", "institution", "الهيئه",
            "المؤسسه", "الجهه",
          ]
        ),
        (.duration, ["duration", "duree", "minutes", "المده"]),
        (.audience, ["audience", "public", "participants", "attendance", "الحضور", "الجمهور"]),
        (.needs, ["needs", "besoins", "equipement", "equipment", "الاحتياجات", "التجهيزات"]),
        (.date, ["date", "jour", "day", "التاريخ", "اليوم"]),
        (.room, ["room", "salle", "القاعه"]),
        (
          .start,
          ["start", "debut", "heure", "time", "heure_de_debut", "البدايه", "التوقيت", "الساعه"]
        ),
        (.status, ["status", "statut", "etat", "الحاله"]),
        (.pinned, ["pinned", "epingle", "fixe", "مثبت"]),
        (.language, ["language", "langue", "اللغه"]),
        (.abstract, ["abstract", "resume", "الملخص"]),
        (.notes, ["notes", "remarques", "commentaires", "ملاحظات"]),
        (.after, ["after", "apres", "بعد"]),
        (.preferDate, ["prefer_date"]), (.preferFrom, ["prefer_from"]), (.preferTo, ["prefer_to"]),
        (.ignore, ["ignore"]),
      ]
      for (field, names) in words {
        for name in names { table[normalize(name)] = field }
      }
      return table
    }()
  }

  /// Lowercase, without accents, Arabic diacritics or letter variants, words joined by `_`
  /// (see ``Swift/StringProtocol/foldedWords``).
  public static func normalize(_ text: String) -> String { text.foldedWords }

  // MARK: Export

  /// The columns for `schedule`: every field, with a title column per other language.
  public static func columns(for schedule: Schedule) -> [Field] {
    let languages = schedule.displayLanguages.filter { $0 != schedule.event.language }
    return [.id, .title] + languages.map { .titleIn($0) } + [
      .theme, .kind, .speakers, .affiliation, .duration, .audience, .needs, .date, .room, .start,
      .status, .pinned, .language, .abstract, .notes, .after, .preferDate, .preferFrom, .preferTo,
    ]
  }

  /// Every talk as a CSV table (comma-separated, CRLF lines), with a UTF-8 byte order mark
  /// when `bom` (Excel needs it to read UTF-8).
  public static func export(_ schedule: Schedule, bom: Bool = true) -> String {
    let columns = columns(for: schedule)
    var out = bom ? "\u{FEFF}" : ""
    out += CSV.line(columns.map(\.description))
    for talk in schedule.talks {
      out += CSV.line(columns.map { cell(value(of: $0, talk, schedule)) })
    }
    return out
  }

  // MARK: Formulas

  /// What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection").
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// A value as a cell that no spreadsheet runs: one that starts like a formula, or with
  /// the apostrophe that marks text, gets an apostrophe in front (which spreadsheets show
  /// as text and ``value(ofCell:)`` takes off again, so the round trip is exact).
  public static func cell(_ value: String) -> String {
    guard let first = value.first, formulaStarts.contains(first) || first == "'" else {
      return value
    }
    return "'" + value
  }

  /// The value of a cell: without the apostrophe ``cell(_:)`` adds; nil for a cell that
  /// is a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`), which an import must not take
  /// for text. A sign before a digit is a number (`-1h`), left to its field to judge.
  public static func value(ofCell cell: String) -> String? {
    guard let first = cell.first else { return cell }
    if first == "'" { return String(cell.dropFirst()) }
    if first == "=" || first == "@" { return nil }
    if first == "+" || first == "-" {
      let next = cell.dropFirst().first
      if let next, !next.isNumber && !next.isWhitespace { return nil }
    }
    return cell
  }

  static func value(of field: Field, _ talk: Talk, _ schedule: Schedule) -> String {
    let speakers = talk.speakers.compactMap { schedule.speakers[id: $0] }
    switch field {
    case .id: return talk.id
    case .title: return talk.title
    case .titleIn(let language): return talk.titles[language] ?? ""
    case .theme: return talk.theme ?? ""
    case .kind: return talk.kind.rawValue
    case .speakers:
      // A name with a semicolon would split: the id stands for it.
      return speakers.map { $0.name.contains(";") ? $0.id : $0.name }.joined(separator: "; ")
    case .affiliation:
      return speakers.contains { $0.affiliation != nil }
        ? speakers.map { $0.affiliation ?? "" }.joined(separator: "; ") : ""
    case .duration: return String(talk.duration)
    case .audience: return talk.audience.map(String.init) ?? ""
    case .needs: return talk.needs.joined(separator: "; ")
    case .date: return talk.at?.date.iso ?? ""
    case .room: return talk.at?.room ?? ""
    case .start: return talk.at?.start.description ?? ""
    case .status: return talk.status.rawValue
    case .pinned: return talk.pinned ? "yes" : ""
    case .language: return talk.language ?? ""
    case .abstract: return talk.abstract ?? ""
    case .notes: return talk.notes ?? ""
    case .after: return talk.after.joined(separator: "; ")
    case .preferDate: return talk.prefer?.date?.iso ?? ""
    case .preferFrom: return talk.prefer?.from?.description ?? ""
    case .preferTo: return talk.prefer?.to?.description ?? ""
    case .ignore: return ""
    }
  }
}
