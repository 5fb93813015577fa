extension StringProtocol {
  /// The text without the white space around it (spaces, tabs, line breaks of any script).
  public var trimmed: String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
