extension StringProtocol {
  /// The text without the white space around it (spaces, tabs, line breaks of any script).
  public var trimmed: String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}

extension String {
  /// The text with each `{n}` replaced by `arguments[n - 1]`, in one pass: how messages
  /// are filled in every language (the catalog's, and conflicts', which keep their template).
  public func filled(with arguments: [String]) -> String {
    var out = ""
    var rest = Substring(self)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let digits = rest[rest.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
      let close = digits.endIndex
      if !digits.isEmpty, close < rest.endIndex, rest[close] == "}", let n = Int(digits),
        arguments.indices.contains(n - 1)
      {
        out += arguments[n - 1]
        rest = rest[rest.index(after: close)...]
      } else {
        out.append("{")
        rest = rest[rest.index(after: open)...]
      }
    }
    return out + rest
  }
}
