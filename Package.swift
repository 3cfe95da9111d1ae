// swift-tools-version:6.0
import PackageDescription

// Layers (see docs/architecture.md): careerdesk (executable) → CareerDeskCore.
// Each layer is its own target; arrows point to what a layer may import.
let package = Package(
    name: "CareerDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "careerdesk", targets: ["careerdesk"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "CareerDeskCore",
            dependencies: [
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "careerdesk",
            dependencies: [
                "CareerDeskCore",
                "CareerDeskPDF",
                "CareerDeskUI",
                "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The desk (issue 6): one AppState, actions, a pure update and a view per screen.
        .target(name: "CareerDeskUI", dependencies: ["CareerDeskCore", "TerminalKit"]),
        .testTarget(
            name: "CareerDeskUITests", dependencies: ["CareerDeskUI", "CareerDeskTestSupport"], exclude: ["Snapshots"]),
        // `make bench` (issue 7): a synthetic store at job-centre scale, measured (docs/performance.md).
        .executableTarget(
            name: "careerdesk-bench",
            dependencies: [
                "CareerDeskCore", "CareerDeskUI", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Shared by the test targets: the JSON Schema checker that every written case passes.
        .target(name: "CareerDeskTestSupport", dependencies: ["CareerDeskCore"], path: "Tests/CareerDeskTestSupport"),
        .testTarget(
            name: "CareerDeskCoreTests",
            dependencies: ["CareerDeskCore", "CareerDeskTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Runs the built `careerdesk` binary as a person would (see Support/CLI.swift).
        .testTarget(
            name: "CareerDeskCLITests",
            dependencies: ["CareerDeskCore", "CareerDeskTestSupport"]
        ),
        // PDF output (issue 5): pango lays out, cairo draws; CareerDeskCore stays Foundation-only.
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .target(name: "CareerDeskPDF", dependencies: ["CareerDeskCore", "CPangoCairo"]),
        .testTarget(name: "CareerDeskPDFTests", dependencies: ["CareerDeskPDF"]),
        // TerminalKit (issue 3): ncursesw below, a pure-Swift cell/widget toolkit above.
        .systemLibrary(name: "CNcurses", pkgConfig: "ncursesw"),
        .target(name: "CNcursesShim"),
        .target(name: "TerminalKit", dependencies: ["CNcurses", "CNcursesShim"]),
        .executableTarget(name: "terminalkit-demo", dependencies: ["TerminalKit"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
    ],
    swiftLanguageModes: [.v6]
)
