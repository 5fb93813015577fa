import Foundation
import Testing

/// The printed plan in a real browser (headless Chromium): every speaker's brackets stay
/// around the affiliation, in the three languages, for the whole plan and a door sign.
@Suite struct PrintedBidiTests {
  /// The plan's speaker lines as the browser lays them out: (text, brackets in place).
  func measured(_ arguments: [String]) throws -> [(String, Bool)] {
    let browser = try #require(Browser.chromium, "Chromium is needed: run .ci/run")
    let folder = try Binary.folder()
    let page = folder.appendingPathComponent("plan.html")
    let print = try Binary.run(
      ["print", Binary.sample.path, "--format", "html", "-o", page.path] + arguments)
    #expect(print.status == 0, "\(print.stderr)")
    let script = try String(
      contentsOf: Validators.script.appendingPathComponent("bidi_brackets.js"), encoding: .utf8)
    let html = try String(contentsOf: page, encoding: .utf8)
      .replacingOccurrences(of: "</body>", with: "<script>\(script)</script></body>")
    try html.write(to: page, atomically: true, encoding: .utf8)
    let dump = try Validators.run(
      browser,
      Browser.arguments(folder) + ["--window-size=1400,1000", "--dump-dom", page.absoluteString])
    guard let start = dump.output.range(of: "<pre id=\"bidi-result\">", options: .backwards),
      let end = dump.output.range(of: "</pre>", range: start.upperBound..<dump.output.endIndex)
    else {
      Issue.record("no result from the browser: \(dump.output.suffix(500))")
      return []
    }
    let json = String(dump.output[start.upperBound..<end.lowerBound])
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
    return rows.map { ($0["text"] as? String ?? "", $0["ok"] as? Bool ?? false) }
  }

  @Test(
    .enabled(if: Browser.available, "needs Chromium (.ci/run installs it)"),
    arguments: [
      ["--lang", "ar"], ["--lang", "fr"], ["--lang", "en"], ["--lang", "ar", "--room", "plenary"],
    ])
  func bracketsStayAroundEveryAffiliation(arguments: [String]) throws {
    let lines = try measured(arguments)
    #expect(lines.count >= 5, "\(arguments): \(lines.count) speaker lines measured")
    for (text, ok) in lines where !ok {
      Issue.record("\(arguments): brackets out of place in \(text)")
    }
  }
}
