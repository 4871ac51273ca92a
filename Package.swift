// swift-tools-version: 6.1
import PackageDescription

// Layers, imports going downward only:
//   byline (executable) → CursesBackend → BylineUI → BylineKit
//                       → BylineStore ────────────→ BylineKit
// CursesBackend is the only target that imports CNcursesw.

// The reader's first screen is mostly process start: with the Swift runtime and
// Foundation as shared libraries, the dynamic loader spends ~4 ms of CPU binding ICU,
// Foundation and the runtime (`byline --version`: 9 ms → 5 ms of CPU). Release builds on
// Linux therefore link them statically. SwiftPM's autolink list omits Foundation's own
// static dependencies (ICU, CoreFoundation, shims), so they are named here, in a group
// so their order does not matter. The toolchain's lld packs the ~88,000 relative
// relocations (RELR), which saves the loader another ~0.5 ms. Debug builds (and
// `swift test`) link dynamically with the default linker.
let staticSwiftRuntime: [LinkerSetting] = [
    .unsafeFlags(
        ["-static-stdlib", "-use-ld=lld"] + [
            "--start-group", "-l_FoundationICU", "-lFoundationInternationalization", "-lFoundationEssentials",
            "-lCoreFoundation", "-lFoundation", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftCore",
            "-lstdc++", "-lm", "--end-group", "-z", "pack-relative-relocs",
        ].flatMap { ["-Xlinker", $0] },
        .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineKit", targets: ["BylineKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "BylineKit"),
        .target(
            name: "BylineStore",
            dependencies: ["BylineKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "BylineUI",
            dependencies: ["BylineKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "BylineUI"]),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineKit", "BylineStore", "BylineUI", "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: staticSwiftRuntime
        ),
        .target(name: "BylineTestSupport", dependencies: ["BylineKit", "BylineUI"], path: "Tests/BylineTestSupport"),
        .testTarget(name: "BylineKitTests", dependencies: ["BylineKit", "BylineTestSupport"]),
        .testTarget(name: "BylineUITests", dependencies: ["BylineUI", "BylineKit", "BylineTestSupport"]),
        .testTarget(
            name: "BylineStoreTests",
            dependencies: ["BylineStore", "BylineKit", "BylineTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "EndToEndTests",
            // BylineStore and GRDB to check a library another process wrote, and to hold
            // its lock as a second byline would.
            dependencies: ["byline", "BylineTestSupport", "BylineStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
