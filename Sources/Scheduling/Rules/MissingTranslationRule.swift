/// Warning: a talk or theme lacks a title in a language that other talks of the event use.
public struct MissingTranslationRule: ConflictRule {
  public init() {}
  public var kind: ConflictKind { .missingTranslation }
  public var severity: Severity { .warning }
  public var scope: RuleScope { .placement }

  public func check(
    talk t: Int, at position: Position?, in context: RuleContext, into findings: inout [Finding]
  ) {
    if context.tables.talks[t].languages.count < context.tables.languages.count {
      findings.append(Finding(talk: t))
    }
  }

  /// One finding per theme (its index in `subject`) that lacks a name in an event language.
  public func checkEvent(in context: RuleContext, into findings: inout [Finding]) {
    let wanted = context.tables.languages.count
    for (i, count) in context.tables.themeLanguageCounts.enumerated() where count < wanted {
      findings.append(Finding(talk: -1, subject: i))
    }
  }

  public func describe(_ f: Finding, in c: DescribeContext) -> Conflict {
    if f.talk < 0 {
      let theme = c.schedule.themes[f.subject]
      let missing = Self.missing(
        in: theme.names, languages: c.tables.languages, primary: c.schedule.event.language)
      var conflict = Conflict(
        kind: kind, severity: severity, talks: [], theme: theme.id, message: "")
      conflict.say(
        "theme {1} “{2}” has no name in {3}", theme.id, theme.name,
        missing.joined(separator: ", "))
      return conflict
    }
    let talk = c.talk(f.talk)
    let missing = Self.missing(
      in: talk.titles, languages: c.tables.languages, primary: c.schedule.event.language)
    var conflict = c.conflict(self, talks: [f.talk], message: "")
    conflict.say("{1} has no title in {2}", c.named(f.talk), missing.joined(separator: ", "))
    return conflict
  }

  /// The event languages a text lacks.
  static func missing(in translations: Translations, languages: [String], primary: String)
    -> [String]
  {
    languages.filter { $0 != primary && (translations[$0] ?? "").isEmpty }
  }
}
