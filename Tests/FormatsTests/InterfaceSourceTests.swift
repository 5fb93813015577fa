import Foundation
import Scheduling
import Testing

@testable import Formats

/// Every text the code hands to the catalog is in it: the sources are read for the string
/// literals given to `tr`, `Interface.text`, `Phrase`, `say` and the error types that carry
/// a phrase, and each must have all its languages. A text written in the code and not in
/// the catalog fails here, before any organizer sees it in English.
@Suite struct InterfaceSourceTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  /// Calls whose string literals are texts for a person; for the second group the first
  /// argument is a technical token (a field's key, a form key) and is left out.
  static let calls = [
    "tr", "Interface.text", "Phrase", "say", "EditError", "Message", "DecodeError", "refuse",
  ]
  static let afterFirst = [
    "FormError", "FieldProblem", "number", "required", "element", "LoadError", "SaveError",
    "Problem",
  ]
  /// A loader's `report(mark, path, …)`: the path is the file's own field name.
  static let afterSecond = ["report"]

  /// The string literals at the top level of the arguments of each call of `name` in
  /// `source` (so both branches of a `? :` count), without those of the first argument
  /// when `skipFirst`.
  static func literals(
    of name: String, in source: String, skipFirst: Bool, interpolatedToo: Bool = false,
    skipping: Int? = nil
  ) -> [String] {
    let skipped = skipping ?? (skipFirst ? 1 : 0)
    var found: [String] = []
    let text = Array(source)
    let needle = Array(name + "(")
    var i = 0
    while i + needle.count <= text.count {
      guard Array(text[i..<i + needle.count]) == needle,
        i == 0 || !(text[i - 1].isLetter || text[i - 1].isNumber || text[i - 1] == "_")
      else {
        i += 1
        continue
      }
      var j = i + needle.count
      var depth = 1
      // Parentheses that group (after a space, `?` or `:`) keep a literal at the top level.
      var groups: [Int] = []
      var argument = 0
      while j < text.count, depth > 0 {
        let c = text[j]
        if c == "\"" {
          // A literal: read to its closing quote, skipping escapes and interpolations.
          var literal = ""
          var k = j + 1
          var interpolated = false
          while k < text.count, text[k] != "\"" {
            if text[k] == "\\", k + 1 < text.count {
              if text[k + 1] == "(" {
                interpolated = true
                var inner = 1
                k += 2
                while k < text.count, inner > 0 {
                  if text[k] == "(" { inner += 1 } else if text[k] == ")" { inner -= 1 }
                  k += 1
                }
                continue
              }
              literal.append(text[k + 1] == "\"" ? "\"" : text[k + 1])
              k += 2
              continue
            }
            literal.append(text[k])
            k += 1
          }
          let compared = String(text[..<j]).trimmingCharacters(in: .whitespaces).hasSuffix("==")
          if depth - groups.count == 1, interpolatedToo || !interpolated, !compared,
            argument >= skipped,
            literal.contains(where: \.isLetter)
          {
            found.append(literal)
          }
          j = k + 1
          continue
        }
        if c == "(" || c == "[" || c == "{" {
          depth += 1
          let before = text[..<j].last { $0 != " " }
          if c == "(", before == "?" || before == ":" || before == "(" || text[j - 1] == " " {
            groups.append(depth)
          }
        }
        if c == ")" || c == "]" || c == "}" {
          if groups.last == depth { groups.removeLast() }
          depth -= 1
        }
        if c == ",", depth == 1 { argument += 1 }
        j += 1
      }
      // Calls inside this one are read on their own.
      i += needle.count
    }
    return found
  }

  @Test func everyTextTheCodeSaysIsInTheCatalog() throws {
    let files = try #require(FileManager.default.enumerator(atPath: Self.sources.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
      .filter { !$0.hasPrefix("Formats/Interface/") && !$0.hasPrefix("multaqa-bench/") }
    #expect(files.count > 50)
    var texts: [(file: String, text: String)] = []
    for file in files {
      let source = try String(
        contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8
      )
      .split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
      .joined(separator: "\n")
      for name in Self.calls {
        texts += Self.literals(of: name, in: source, skipFirst: false).map { (file, $0) }
      }
      for name in Self.afterFirst {
        texts += Self.literals(of: name, in: source, skipFirst: true).map { (file, $0) }
      }
      for name in Self.afterSecond {
        texts += Self.literals(of: name, in: source, skipFirst: true, skipping: 2).map {
          (file, $0)
        }
      }
    }
    // Texts named by a value rather than written at the call.
    for kind in FieldProblem.Kind.allCases { texts.append(("FieldProblem.Kind", kind.rawValue)) }
    for file in files {
      let source = try String(
        contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
      for match in source.matches(of: /what: "([^"\\]+)"/) {
        texts.append((file, String(match.1)))
      }
    }
    #expect(texts.count > 300)
    for (file, text) in texts where !Interface.knows(text) {
      Issue.record("\(file): “\(text)” is not in the catalog")
    }
  }

  /// What the editor says goes through the catalog: no message is a bare literal.
  @Test func noMessageBypassesTheCatalog() throws {
    let folder = Self.sources.appendingPathComponent("Editor")
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for name in [".info", ".error", "Report", "Prompt", "Picker"] {
        for text in Self.literals(of: name, in: source, skipFirst: false, interpolatedToo: true) {
          Issue.record("Editor/\(file): “\(text)” is said without the catalog")
        }
      }
    }
  }

  @Test func theScannerFindsBothBranchesAndSkipsKeys() {
    let source = #"""
      x = tr(a ? "One" : "Two \(n)", "{1} x", b ? (c ? "Six" : "Seven") : f("Eight"))
      throw FormError("id", "the \(what) must be", "Three")
      let y = Phrase("Four {1}", .phrase(Phrase("Five")))
      """#
    #expect(
      Self.literals(of: "tr", in: source, skipFirst: false) == ["One", "{1} x", "Six", "Seven"])
    #expect(Self.literals(of: "FormError", in: source, skipFirst: true) == ["Three"])
    #expect(Self.literals(of: "Phrase", in: source, skipFirst: false) == ["Four {1}", "Five"])
  }
}
