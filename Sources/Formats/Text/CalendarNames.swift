import Scheduling

/// Weekday and month names in the event's languages, for headings and plans.
public enum CalendarNames {
  private static let weekdays: [String: [String]] = [
    "en": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "fr": ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    "ar": ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
  ]
  private static let months: [String: [String]] = [
    "en": [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ],
    "fr": [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre",
    ],
    // The month names used in the Maghreb (Algeria writes مارس for March).
    "ar": [
      "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
      "نوفمبر", "ديسمبر",
    ],
  ]

  /// The languages with names here; others fall back to English.
  public static let languages = ["ar", "en", "fr"]

  public static func weekday(_ date: CalendarDate, in language: String = "en") -> String {
    (weekdays[language] ?? weekdays["en"]!)[date.weekday]
  }

  public static func month(_ date: CalendarDate, in language: String = "en") -> String {
    (months[language] ?? months["en"]!)[date.month - 1]
  }

  /// `Sunday 14 March 2010`, `dimanche 14 mars 2010`, `الأحد 14 مارس 2010`.
  public static func long(_ date: CalendarDate, in language: String = "en") -> String {
    "\(weekday(date, in: language)) \(date.day) \(month(date, in: language)) \(date.year)"
  }

  /// `14 Mar`, `14 mars`, `14 مارس`: a day in a message.
  public static func dayMonth(_ date: CalendarDate, in language: String = "en") -> String {
    language == "fr" || language == "ar"
      ? "\(date.day) \(month(date, in: language))" : date.short
  }

  /// `Sun 14 Mar`, `dim. 14 mars`, `الأحد 14 مارس`: the short form for tabs and messages
  /// (Arabic weekdays are not abbreviated).
  public static func short(_ date: CalendarDate, in language: String = "en") -> String {
    switch language {
    case "fr": return "\(weekday(date, in: "fr").prefix(3)). \(date.day) \(month(date, in: "fr"))"
    case "ar": return "\(weekday(date, in: "ar")) \(date.day) \(month(date, in: "ar"))"
    default: return "\(weekday(date).prefix(3)) \(date.short)"
    }
  }
}
