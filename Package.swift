// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Multaqa",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "multaqa", targets: ["multaqa"]),
    .executable(name: "multaqa-bench", targets: ["multaqa-bench"]),
    .library(name: "Scheduling", targets: ["Scheduling"]),
    .library(name: "Formats", targets: ["Formats"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // The pure core: model, conflict rules, incremental index, edits, solver. No I/O.
    .target(name: "Scheduling"),
    // Display width of Unicode text, shared by printed plans and the screen.
    .target(name: "TextWidth"),
    // Schedule files, plans and exports.
    .target(
      name: "Formats",
      dependencies: ["Scheduling", "TextWidth", .product(name: "Yams", package: "Yams")]
    ),
    .executableTarget(
      name: "multaqa",
      dependencies: [
        "Scheduling", "Formats",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "multaqa-bench", dependencies: ["Scheduling", "Formats"]),
    .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"]),
    .testTarget(name: "TextWidthTests", dependencies: ["TextWidth"]),
    .testTarget(name: "FormatsTests", dependencies: ["Formats", "Scheduling"]),
    .testTarget(name: "multaqaTests", dependencies: ["multaqa"]),
  ],
  swiftLanguageModes: [.v6]
)
