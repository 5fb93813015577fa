import Formats
import Foundation

/// Timing helpers: repeated runs, median and 90th percentile, one JSON line per measurement.
enum Measure {
  enum Unit: String {
    case ms, us, s

    var perSecond: Double {
      switch self {
      case .s: return 1
      case .ms: return 1e3
      case .us: return 1e6
      }
    }
  }

  /// Seconds since an arbitrary start, from the monotonic clock.
  static func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }

  /// Runs `body` repeatedly (at least `minimum` times, and for about `budget` seconds), then
  /// prints the median and p90 of the runs in `unit`.
  @discardableResult
  static func run(
    _ name: String, size: String, unit: Unit, minimum: Int = 5, maximum: Int = 10_000,
    budget: Double = 1.0, extra: [(String, JSON)] = [], _ body: () -> Void
  ) -> (median: Double, p90: Double) {
    var samples: [Double] = []
    let start = now()
    while samples.count < minimum || (samples.count < maximum && now() - start < budget) {
      let t0 = now()
      body()
      samples.append(now() - t0)
    }
    return report(name, size: size, unit: unit, samples: samples, extra: extra)
  }

  /// Prints the statistics of `samples` (seconds) as one JSON line.
  @discardableResult
  static func report(
    _ name: String, size: String, unit: Unit, samples: [Double], extra: [(String, JSON)] = []
  ) -> (median: Double, p90: Double) {
    let sorted = samples.sorted()
    let median = percentile(sorted, 0.5) * unit.perSecond
    let p90 = percentile(sorted, 0.9) * unit.perSecond
    emit(
      [
        ("name", .string(name)), ("size", .string(size)), ("median", .double(rounded(median))),
        ("p90", .double(rounded(p90))), ("unit", .string(unit.rawValue)),
        ("runs", .int(samples.count)),
      ] + extra)
    return (median, p90)
  }

  static func emit(_ pairs: [(String, JSON)]) {
    print(JSON.object(pairs).text())
    fflush(nil)
  }

  static func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let position = p * Double(sorted.count - 1)
    let low = Int(position.rounded(.down))
    let high = min(sorted.count - 1, low + 1)
    let fraction = position - Double(low)
    return sorted[low] + (sorted[high] - sorted[low]) * fraction
  }

  static func rounded(_ value: Double) -> Double {
    (value * 1000).rounded() / 1000
  }
}
