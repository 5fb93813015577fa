import Foundation
import Testing

/// A real browser (headless Chromium) and Poppler's tools, to print pages as a reader would
/// and read the PDF back. `.ci/run` installs them; elsewhere the tests that need them are
/// skipped, unless `MULTAQA_REQUIRE_VALIDATORS=1` makes a missing one a failure.
enum Browser {
  static let chromium = installed(["/usr/bin/chromium", "/usr/bin/chromium-browser"])
  static let pdftotext = installed(["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"])
  static let pdfinfo = installed(["/usr/bin/pdfinfo", "/usr/local/bin/pdfinfo"])

  static var available: Bool { chromium != nil || Validators.required }
  static var printsPDF: Bool {
    (chromium != nil && pdftotext != nil && pdfinfo != nil) || Validators.required
  }

  static func installed(_ paths: [String]) -> String? {
    paths.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Headless Chromium's usual arguments, with a profile of its own in `folder`.
  static func arguments(_ folder: URL) -> [String] {
    [
      "--headless", "--no-sandbox", "--disable-gpu",
      "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
    ]
  }

  /// A PDF printed by Chromium, as Poppler reads it.
  struct PDF {
    /// Each page's text in content order (`pdftotext -raw`), whitespace runs as one space.
    var pages: [String]
    /// The words of each page with the height of their box, in points.
    var words: [[(word: String, height: Double)]]
  }

  /// Prints an HTML file to PDF on A4 (the page's own `@page` sizes) and reads it back.
  static func print(_ page: URL) throws -> PDF {
    let browser = try #require(chromium, "Chromium is needed: run .ci/run")
    let text = try #require(pdftotext, "pdftotext (poppler-utils) is needed: run .ci/run")
    let info = try #require(pdfinfo, "pdfinfo (poppler-utils) is needed: run .ci/run")
    let folder = page.deletingLastPathComponent()
    let pdf = page.deletingPathExtension().appendingPathExtension("pdf")
    let printed = try Validators.run(
      browser,
      arguments(folder) + [
        "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString,
      ])
    try #require(FileManager.default.fileExists(atPath: pdf.path), "\(printed.output)")
    let details = try Validators.run(info, [pdf.path]).output
    let count =
      details.split(separator: "\n").first { $0.hasPrefix("Pages:") }
      .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
    var result = PDF(pages: [], words: [])
    for number in stride(from: 1, through: count, by: 1) {
      let range = ["-f", "\(number)", "-l", "\(number)"]
      let raw = try Validators.run(text, ["-raw"] + range + [pdf.path, "-"]).output
      result.pages.append(raw.split(whereSeparator: \.isWhitespace).joined(separator: " "))
      let boxes = try Validators.run(text, ["-bbox"] + range + [pdf.path, "-"]).output
      result.words.append(words(boxes))
    }
    return result
  }

  /// `<word yMin=… yMax=…>text</word>` lines of `pdftotext -bbox`.
  static func words(_ xhtml: String) -> [(word: String, height: Double)] {
    xhtml.split(separator: "\n").compactMap { line in
      guard line.contains("<word"), let open = line.range(of: "\">"),
        let end = line.range(of: "</word>")
      else { return nil }
      func number(_ name: String) -> Double? {
        guard let start = line.range(of: name + "=\"") else { return nil }
        let rest = line[start.upperBound...]
        return Double(rest.prefix { $0 != "\"" })
      }
      guard let top = number("yMin"), let bottom = number("yMax") else { return nil }
      return (String(line[open.upperBound..<end.lowerBound]), bottom - top)
    }
  }
}
