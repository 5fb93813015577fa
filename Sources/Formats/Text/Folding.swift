import Foundation
import Scheduling

extension StringProtocol {
  /// The text as matching sees it: lower case, without accents, Arabic harakat, hamza
  /// seats or tatweel, with tā' marbūṭa read as hā' and alif maqṣūra as yā' (spellings that
  /// stand for each other in names), and Latin ligatures spelt out.
  ///
  /// One folding for every match Multaqa makes by name: the editor's search, the
  /// spreadsheet importer's lookups and column names, new speakers' ids. "joao" finds
  /// "João", "Benmoussa" finds "BENMOUSSA", "الاسلامي" finds "الإسلامي".
  public var folded: String {
    var out = String.UnicodeScalarView()
    for scalar in lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark: continue
      default: break
      }
      if scalar == "\u{640}" { continue }  // tatweel, a stretch of the line
      if let spelt = Folding.variants[scalar] {
        out.append(contentsOf: spelt.unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// The folded words joined by `_`: how column names, kinds and statuses are matched, and
  /// the stuff of ids made from names.
  public var foldedWords: String {
    var out = ""
    var gap = false
    for character in folded {
      if character.isLetter || character.isNumber {
        if gap && !out.isEmpty { out.append("_") }
        out.append(character)
        gap = false
      } else {
        gap = true
      }
    }
    return out
  }
}

enum Folding {
  static let variants: [Unicode.Scalar: String] = [
    "ة": "ه", "ى": "ي", "œ": "oe", "æ": "ae", "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l",
  ]
}

extension Speaker {
  /// `s-karim-benali`: an id made of a new speaker's folded name, `-2`, `-3`… added until
  /// `taken` says it is free. The editor's speaker picker and the spreadsheet importer both
  /// name new speakers this way.
  public static func newID(forName name: String, taken: (String) -> Bool) -> String {
    let slug = name.foldedWords.replacingOccurrences(of: "_", with: "-")
    let base = "s-" + (slug.isEmpty ? "speaker" : slug)
    var id = base
    var n = 2
    while taken(id) {
      id = "\(base)-\(n)"
      n += 1
    }
    return id
  }
}
