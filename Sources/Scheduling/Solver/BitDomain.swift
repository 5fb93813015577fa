/// A set of small non-negative integers as bits: the values (day × slot) a talk may still
/// take in the exact search. Iteration is in increasing order.
struct BitDomain: Equatable, Sequence {
  private(set) var words: [UInt64]

  /// An empty domain for values `0..<count`.
  init(count: Int) { words = Array(repeating: 0, count: (count + 63) / 64) }

  @inline(__always)
  func contains(_ v: Int) -> Bool { words[v >> 6] & (1 << UInt64(v & 63)) != 0 }

  @inline(__always)
  mutating func insert(_ v: Int) { words[v >> 6] |= 1 << UInt64(v & 63) }

  @inline(__always)
  mutating func remove(_ v: Int) { words[v >> 6] &= ~(1 << UInt64(v & 63)) }

  var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  func makeIterator() -> Iterator { Iterator(words: words) }

  struct Iterator: IteratorProtocol {
    let words: [UInt64]
    var index = 0
    var word: UInt64 = 0

    init(words: [UInt64]) {
      self.words = words
      word = words.first ?? 0
    }

    @inline(__always)
    mutating func next() -> Int? {
      while word == 0 {
        index += 1
        guard index < words.count else { return nil }
        word = words[index]
      }
      let v = index * 64 + word.trailingZeroBitCount
      word &= word - 1
      return v
    }
  }
}
