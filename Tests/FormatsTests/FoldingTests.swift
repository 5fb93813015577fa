import Testing

@testable import Formats
@testable import Scheduling

/// One folding for every match by name: search, import lookups, new ids.
@Suite struct FoldingTests {
  @Test(arguments: [
    ("João", "joao"), ("BENMOUSSA", "benmoussa"), ("Cœur", "coeur"),
    ("Ümit Ağaoğlu", "umit agaoglu"),
    ("الإسلامي", "الاسلامي"), ("أحمد", "احمد"), ("آمال", "امال"), ("مدرسة", "مدرسه"),
    ("مصطفى", "مصطفي"), ("العـــربي", "العربي"), ("مُحَمَّد", "محمد"), ("Straße", "strasse"),
  ])
  func spellingsThatStandForEachOtherFoldAlike(written: String, typed: String) {
    #expect(written.folded == typed.folded, "\(written) / \(typed)")
  }

  @Test func wordsJoinWithUnderscoresAndIdsWithHyphens() {
    #expect("Heure de début".foldedWords == "heure_de_debut")
    #expect(TalkTable.normalize("  Titre (arabe) ") == "titre_arabe")
    #expect(Speaker.newID(forName: "João Silva") { _ in false } == "s-joao-silva")
    #expect(Speaker.newID(forName: "João Silva") { $0 == "s-joao-silva" } == "s-joao-silva-2")
    #expect(Speaker.newID(forName: "…") { _ in false } == "s-speaker")
  }
}
