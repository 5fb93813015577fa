/// The times at which talks may start on one day, as a printed programme counts them: every
/// `slot` minutes from the opening, the count starting again at the end of each break.
/// Openings and breaks may be at any minute; a day whose opening and break ends fall on
/// multiples of the slot has the grid counted from midnight that earlier files assumed.
public struct DayGrid: Equatable, Sendable {
  public let slot: Int
  /// Where the count (re)starts: the opening, then the end of each break inside the day,
  /// in order.
  public let origins: [Int]
  public let opens: Int
  public let closes: Int

  /// The grid of a day open from `opens` to `closes` (minutes) with breaks `[start, end)`.
  public init(opens: Int, closes: Int, breakEnds: [Int], slot: Int) {
    self.slot = max(1, slot)
    self.opens = opens
    self.closes = closes
    origins = [opens] + breakEnds.filter { $0 > opens && $0 < closes }.sorted()
  }

  /// The grid of `day`: its own slot when it has one, else the event's `slot`.
  public init(_ day: Day, slot: Int) {
    self.init(
      opens: day.opens.minutes, closes: day.closes.minutes,
      breakEnds: day.breaks.map(\.end.minutes), slot: day.slot ?? slot)
  }

  /// The origin `minute` counts from: the last one at or before it (the opening for
  /// minutes before the day opens).
  public func origin(of minute: Int) -> Int {
    var chosen = origins[0]
    for origin in origins where origin <= minute { chosen = origin }
    return chosen
  }

  /// Whether a talk may start at `minute` by the grid.
  public func contains(_ minute: Int) -> Bool {
    let offset = minute - origin(of: minute)
    return ((offset % slot) + slot) % slot == 0
  }

  /// The grid times just before and just after `minute` (the same when it is on the grid).
  public func neighbours(of minute: Int) -> (below: Int, above: Int) {
    let origin = origin(of: minute)
    let offset = minute - origin
    let below = origin + Int((Double(offset) / Double(slot)).rounded(.down)) * slot
    if below == minute { return (minute, minute) }
    var above = below + slot
    // The next origin may come first.
    if let next = origins.first(where: { $0 > minute }), next < above { above = next }
    return (below, above)
  }

  /// Every start a talk of `duration` minutes may take inside opening hours, in order.
  public func starts(duration: Int = 0) -> [Int] {
    var list: [Int] = []
    for (i, origin) in origins.enumerated() {
      let end = i + 1 < origins.count ? origins[i + 1] : closes
      var s = origin
      while s < end {
        if s + duration <= closes { list.append(s) }
        s += slot
      }
    }
    return list
  }

  /// A step that divides every distance between two grid times: the slot and each origin's
  /// remainder. The exact search counts time in these.
  public var tick: Int {
    origins.reduce(slot) { Self.gcd($0, (($1 % slot) + slot) % slot) }
  }

  /// The greatest common divisor of two numbers of minutes.
  static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
