import Testing

@testable import Scheduling

/// The exact search's small parts against plain models, over seeded random inputs.
@Suite struct ExactPartsTests {
  @Test(arguments: [1, 2, 3] as [UInt64])
  func aBitDomainBehavesAsASetInIncreasingOrder(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let count = 1 + random.below(300)
    var domain = BitDomain(count: count)
    var model = Set<Int>()
    for _ in 0..<500 {
      let v = random.below(count)
      if random.chance(0.6) {
        domain.insert(v)
        model.insert(v)
      } else {
        domain.remove(v)
        model.remove(v)
      }
      #expect(domain.contains(v) == model.contains(v))
    }
    #expect(Array(domain) == model.sorted())
    #expect(domain.isEmpty == model.isEmpty)
  }

  @Test(arguments: [4, 5, 6] as [UInt64])
  func theLargestSumIsTheBruteForceOne(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<40 {
      let items = (0..<random.below(7)).map { _ in 1 + random.below(60) }
      let capacity = random.below(200)
      // Each item once: every subset.
      var once = 0
      for mask in 0..<(1 << items.count) {
        let sum = items.indices.filter { mask & (1 << $0) != 0 }.reduce(0) { $0 + items[$1] }
        if sum <= capacity { once = max(once, sum) }
      }
      #expect(BinPacking.largestSum(of: items, upTo: capacity, reusing: false) == once)
      // Any number of times: every sum reachable by adding items.
      var reachable: Set<Int> = [0]
      var frontier = [0]
      while let sum = frontier.popLast() {
        for item in items where sum + item <= capacity && reachable.insert(sum + item).inserted {
          frontier.append(sum + item)
        }
      }
      #expect(
        BinPacking.largestSum(of: items, upTo: capacity, reusing: true) == reachable.max()!)
    }
  }
}
