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
    // ncursesw behind a narrow C interface (wide characters, signals, crash-safe restore).
    .target(name: "CCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
    // GNU FriBidi: reordering right-to-left text and joining Arabic letters for the screen.
    .systemLibrary(
      name: "CFriBidi", pkgConfig: "fribidi", providers: [.apt(["libfribidi-dev"])]),
    // A pseudo-terminal and process starting, for the benchmarks and the end-to-end tests.
    .target(name: "CProcess"),
    // The terminal: a cell grid, keys, a curses backend and an in-memory one for tests.
    .target(name: "Terminal", dependencies: ["CCurses", "CFriBidi", "TextWidth"]),
    // The editor, in the Elm style: state, actions, a pure update and a pure view.
    .target(name: "Editor", dependencies: ["Scheduling", "Formats", "Terminal", "TextWidth"]),
    .executableTarget(
      name: "multaqa",
      dependencies: [
        "Scheduling", "Formats", "Editor", "Terminal", "TextWidth",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "multaqa-bench",
      dependencies: ["Scheduling", "Formats", "Editor", "Terminal", "CProcess"]),
    // What several test targets share (snapshots).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"]),
    .testTarget(name: "TextWidthTests", dependencies: ["TextWidth"]),
    .testTarget(name: "TerminalTests", dependencies: ["Terminal", "CCurses"]),
    .testTarget(
      name: "EditorTests",
      dependencies: ["Editor", "Terminal", "Scheduling", "Formats", "TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "FormatsTests", dependencies: ["Formats", "Scheduling", "TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "multaqaTests",
      dependencies: ["multaqa", "Formats", "Scheduling", "CProcess"],
      exclude: ["Validators"]),
  ],
  swiftLanguageModes: [.v6]
)
