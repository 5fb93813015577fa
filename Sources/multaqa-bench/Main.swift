import Foundation
import Scheduling

/// `swift run -c release multaqa-bench [GROUP…] [--size NAME…] [--seed N…]`
///
/// Prints one JSON line per measurement: name, size, median and p90 over repeated runs, unit.
@main
struct Bench {
  static func main() {
    var groups: [String] = []
    var sizes: [Generator.Size] = []
    // The generated sessions events' seeds: 1 unless held-out ones are asked for.
    var seeds: [UInt64] = []
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
      if argument == "--size", let name = arguments.popFirst() {
        guard let size = Generator.Size.named(name) else {
          FileHandle.standardError.write(Data("unknown size \(name)\n".utf8))
          exit(1)
        }
        sizes.append(size)
      } else if argument == "--seed", let text = arguments.popFirst() {
        guard let seed = UInt64(text) else {
          FileHandle.standardError.write(Data("a seed is a whole number, not \(text)\n".utf8))
          exit(1)
        }
        seeds.append(seed)
      } else if argument == "--help" || argument == "-h" {
        print(
          "usage: multaqa-bench [core] [solver] [shared] [sessions] [editor] [exports] [hostile] [--size forum|medium|large|congress]… [--seed N]… (sessions events' seeds)"
        )
        return
      } else {
        groups.append(argument)
      }
    }
    if sizes.isEmpty { sizes = Generator.Size.all }
    if seeds.isEmpty { seeds = [1] }
    if groups.isEmpty { groups = ["core", "solver", "editor", "exports", "hostile"] }

    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("multaqa-bench-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }

    for group in groups {
      switch group {
      case "core":
        CoreBenchmarks.sample(path: "Schedules/forum-2010.yaml")
        CoreBenchmarks.run(sizes: sizes, folder: folder)
      case "editor":
        EditorBenchmarks.run(samplePath: "Schedules/forum-2010.yaml")
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
          .appendingPathComponent("multaqa").path
        EditorBenchmarks.startup(binary: binary, file: "Schedules/forum-2010.yaml")
      case "exports":
        ExportBenchmarks.run(sizes: sizes)
      case "hostile":
        HostileBenchmarks.run()
      case "solver":
        SolverBenchmarks.run(sizes: sizes)
        if sizes.contains(.medium) { SolverBenchmarks.trajectory() }
        SharedBenchmarks.run(folder: folder)
        SessionBenchmarks.run(seeds: seeds)
      case "shared":
        SharedBenchmarks.run(folder: folder)
      case "sessions":
        SessionBenchmarks.run(seeds: seeds)
      default:
        FileHandle.standardError.write(Data("unknown group \(group)\n".utf8))
        exit(1)
      }
    }
  }
}
