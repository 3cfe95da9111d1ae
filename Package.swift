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
    ],
    targets: [
        .target(
            name: "CareerDeskCore",
            dependencies: [.product(name: "CSV", package: "CSV.swift")]
        ),
        .executableTarget(
            name: "careerdesk",
            dependencies: [
                "CareerDeskCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CareerDeskCoreTests",
            dependencies: ["CareerDeskCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
