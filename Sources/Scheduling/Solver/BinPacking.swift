/// Fitting talks' lengths into rooms' free stretches, for the exact search's pruning.
enum BinPacking {
  /// it cannot tell within `limit` steps: it is a pruning test, never a proof of fit.
  static func packs(_ items: [Int], into bins: [Int], limit: Int = 20_000) -> Bool {
    let total = items.reduce(0, +)
    guard total <= bins.reduce(0, +) else { return false }
    guard let largest = items.first else { return true }
    guard largest <= (bins.max() ?? 0) else { return false }
    // First fit decreasing settles most cases at once.
    var left = bins.sorted(by: >)
    var firstFit = left
    if items.allSatisfy({ item in
      guard let b = firstFit.firstIndex(where: { $0 >= item }) else { return false }
      firstFit[b] -= item
      return true
    }) {
      return true
    }
    // Each bin holds at most the largest sum of items that fits it: the rest is waste.
    var usable = 0
    var cache: [Int: Int] = [:]
    for bin in bins {
      if let known = cache[bin] {
        usable += known
        continue
      }
      let best = largestSum(of: items, upTo: bin, reusing: false)
      cache[bin] = best
      usable += best
    }
    guard total <= usable else { return false }
    var steps = 0
    return place(items, 0, &left, &steps, limit)
  }

  static func place(
    _ items: [Int], _ k: Int, _ left: inout [Int], _ steps: inout Int, _ limit: Int
  ) -> Bool {
    if k == items.count { return true }
    steps += 1
    if steps > limit { return true }
    var tried: [Int] = []
    for b in left.indices where left[b] >= items[k] && !tried.contains(left[b]) {
      tried.append(left[b])
      left[b] -= items[k]
      if place(items, k + 1, &left, &steps, limit) { return true }
      left[b] += items[k]
    }
    return false
  }

  /// The largest sum of `items` that is at most `capacity`: each item once (`reusing`
  /// false: what one bin can hold of given talks), or any number of times (`reusing` true:
  /// what a stretch can hold of talks of these lengths). Subset sum by dynamic programming.
  static func largestSum(of items: some Collection<Int>, upTo capacity: Int, reusing: Bool) -> Int {
    guard capacity > 0 else { return 0 }
    var reachable = [Bool](repeating: false, count: capacity + 1)
    reachable[0] = true
    for item in items where item > 0 && item <= capacity {
      // Upwards, a sum just reached can take the item again; downwards, it cannot.
      if reusing {
        for sum in item...capacity where reachable[sum - item] { reachable[sum] = true }
      } else {
        for sum in stride(from: capacity, through: item, by: -1) where reachable[sum - item] {
          reachable[sum] = true
        }
      }
    }
    return reachable.lastIndex(of: true) ?? 0
  }
}

extension Tables.DayRow {
  /// The day's opening hours less `busy` (breaks are not implied): the stretches a room has
  /// free, in order, as the bins that talks' lengths are packed into.
  func free(without busy: [(start: Int, end: Int)]) -> [(start: Int, end: Int)] {
    var result: [(start: Int, end: Int)] = []
    var at = opens
    for (start, end) in busy.sorted(by: { $0.start < $1.start }) {
      if start > at { result.append((at, start)) }
      at = max(at, end)
    }
    if closes > at { result.append((at, closes)) }
    return result
  }
}
