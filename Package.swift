// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Lantern",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lantern", targets: ["lantern"]),
        .library(name: "LanternKit", targets: ["LanternKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Exact versions: the fast front-matter reader (Load/FlatYAML.swift) is held to Yams'
        // nodes and locations, and the golden pages to swift-mustache's whitespace and escapes.
        // Moving either is a deliberate change: bump it here and run the whole suite.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // OrderedSet: a person's emails, phones, links, tags and aliases, in first-seen order with
        // constant-time membership (docs/performance.md, "A person's values in ordered sets").
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "LanternKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // The language server (`lantern lsp`): JSON-RPC framing, the LSP types it speaks, the server.
        .target(
            name: "LanternLSP",
            dependencies: ["LanternKit"]
        ),
        .executableTarget(
            name: "lantern",
            dependencies: [
                "LanternKit",
                "LanternLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The parser's fuzz target (make fuzz); without -D LANTERN_FUZZ, a tool that replays inputs.
        .executableTarget(
            name: "LanternFuzz",
            dependencies: ["LanternKit", "LanternLSP"]
        ),
        // Helpers both test tiers share (temporary notebooks, golden files); fixtures are in Tests/Fixtures.
        .target(
            name: "LanternTestSupport",
            dependencies: ["LanternKit"],
            path: "Tests/LanternTestSupport"
        ),
        // The unit tier: Swift only (no binary runs, no apt tools, no Python). `make unit`.
        .testTarget(
            name: "LanternKitTests",
            dependencies: ["LanternKit", "LanternLSP", "LanternTestSupport"]
        ),
        // The system tier: the built binary, and the real programs that read its output. `make test` runs both.
        .testTarget(
            name: "LanternSystemTests",
            dependencies: ["LanternKit", "LanternTestSupport"]
        ),
    ]
)
