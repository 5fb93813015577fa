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
