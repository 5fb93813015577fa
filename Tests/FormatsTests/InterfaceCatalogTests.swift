import Scheduling
import Testing

@testable import Formats

/// The interface's catalog: every text in every language, with the same placeholders.
@Suite struct InterfaceCatalogTests {
  static func placeholders(_ text: String) -> [String] {
    (1...9).map { "{\($0)}" }.filter { text.contains($0) }
  }

  @Test func everyTextHasEveryLanguage() {
    #expect(Set(Interface.french.keys) == Set(Interface.arabic.keys))
    for english in Interface.texts {
      for (name, table) in [("fr", Interface.french), ("ar", Interface.arabic)] {
        guard let text = table[english] else {
          Issue.record("\(name) lacks “\(english)”")
          continue
        }
        #expect(!text.isEmpty, "\(name): “\(english)”")
        #expect(Self.placeholders(text) == Self.placeholders(english), "\(name): “\(english)”")
      }
    }
  }

  @Test func theLanguageComesFromTheEnvironmentEvenWithoutTheLocale() {
    #expect(InterfaceLanguage.from([:]) == .en)
    #expect(InterfaceLanguage.from(["LANG": "ar_DZ.UTF-8"]) == .ar)
    #expect(InterfaceLanguage.from(["LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US"]) == .en)
    #expect(InterfaceLanguage.from(["LANG": "ar_DZ", "LC_ALL": "fr_CA.UTF-8"]) == .fr)
    #expect(InterfaceLanguage.from(["LC_ALL": "C.UTF-8", "LANG": "ar_DZ"]) == .en)
    #expect(InterfaceLanguage.from(["MULTAQA_UI": "ar", "LC_ALL": "fr_FR"]) == .ar)
    #expect(Interface.text("{1} errors", in: .fr, "3") == "3 erreurs")
    #expect(Interface.text("Room: {1}", in: .ar, "أطلس") == "القاعة: أطلس")
  }
}

extension InterfaceCatalogTests {
  /// A phrase is said whole in the reader's language: its template, the phrases inside it,
  /// its dates with the language's month names and its lists with the language's "and".
  @Test func aPhraseIsSaidWholeInEachLanguage() {
    let date = CalendarDate(year: 2010, month: 3, day: 14)!
    let phrase = Phrase(
      "{1} prefers {2} but is at {3}", "t1 “Opening”",
      .phrase(.spaced([.date(date), .phrase(Phrase("from {1}", "09:00"))])),
      .phrase(Phrase("only {1} qualify", .list(["Atlas", "Casbah", "Hall"]))))
    #expect(
      phrase.description
        == "t1 “Opening” prefers 14 Mar from 09:00 but is at only Atlas, Casbah and Hall qualify")
    #expect(
      Interface.say(phrase, in: .fr)
        == "t1 “Opening” préfère 14 mars à partir de 09:00 mais est à seules Atlas, Casbah et "
        + "Hall conviennent")
    #expect(Interface.say(phrase, in: .ar).contains("14 مارس ابتداء من 09:00"))
    #expect(Interface.say(phrase, in: .ar).contains("Atlas، Casbah وHall"))
    #expect(
      Interface.say(Phrase("no error-free place for {1} avoids it", .either(["a", "b"])), in: .fr)
        == "aucune place sans erreur pour a ou b ne l'évite")
    #expect(
      phrase.templates == [
        "{1} prefers {2} but is at {3}", "{1} {2}", "from {1}", "only {1} qualify",
      ])
  }

  /// French counts 0 and 1 in the singular, English only 1.
  @Test func countsAgreeInEachLanguage() {
    #expect(CheckReport.summary(errors: 0, warnings: 1, ui: .fr) == "0 erreur, 1 avertissement")
    #expect(CheckReport.summary(errors: 2, warnings: 0, ui: .fr) == "2 erreurs, 0 avertissement")
    #expect(CheckReport.summary(errors: 0, warnings: 1) == "0 errors, 1 warning")
    #expect(CheckReport.summary(errors: 0, warnings: 2, ui: .ar) == "أخطاء: 0، تنبيهات: 2")
  }
}

extension InterfaceCatalogTests {
  /// The solver's reasons (why a talk moved, why one could not be placed, why a warning
  /// stays) are phrases the catalog says in full, on the sample with talks that cannot fit.
  @Test func everySolverReasonCanBeSaidInEveryLanguage() throws {
    var schedule = try ScheduleFile.load(Samples.forum)
    let speaker = schedule.speakers[0].id
    schedule.talks.append(Talk(id: "big", title: "Big", duration: 60, audience: 900))
    schedule.talks.append(
      Talk(id: "needy", title: "Needy", duration: 60, needs: ["hologram", "robot"]))
    schedule.talks.append(Talk(id: "long", title: "Long", speakers: [speaker], duration: 600))
    let result = Solver.solve(
      schedule, options: SolverOptions(iterations: 3_000, keep: true, exact: false))
    #expect(result.unplaced.count >= 3)
    var phrases: [Phrase] = result.unplaced.map { $0.reason } + result.moves.map { $0.reason }
    phrases += Solver.explainWarnings(result).map(\.reason)
    for phrase in phrases {
      for template in phrase.templates where template.contains(where: \.isLetter) {
        #expect(Interface.knows(template), "“\(template)” in “\(phrase)”")
      }
      #expect(Interface.say(phrase, in: .fr) != phrase.description, "\(phrase)")
    }
  }
}
