// swift-tools-version: 6.1
import PackageDescription

// Layers, imports going downward only:
//   byline (executable) → CursesBackend → BylineUI → BylineKit
//                       → BylineReader (the event loop) → BylineStore, BylineUI, BylineWeb
//                       → BylineStore ────────────→ BylineKit
//                       → BylineWeb → CGumbo, BylineKit
// BylineKit → CMalloc (glibc's <malloc.h>, Linux only).
// CursesBackend is the only target that imports CNcursesw; BylineWeb the only one that
// imports CGumbo (the executable registers BylineWeb's formats with BylineKit's loader).

// The reader's first screen is mostly process start. Release builds on Linux are
// therefore one static, non-PIE executable: the Swift runtime, Foundation, SQLite,
// ncursesw and glibc linked in, so the kernel maps one file and nothing is bound or
// relocated at start (`byline --version`: 5.7 ms of CPU with the Swift runtime static
// and the C libraries shared, 2.9 ms fully static; perf stat; docs/performance.md, "Over ssh").
// SwiftPM's autolink list omits Foundation's own static dependencies (ICU,
// CoreFoundation, shims), so they are named here, in a group so their order does not
// matter. Static glibc cannot load NSS modules: without $HOME, the home folder comes
// from getpwuid, which then knows only /etc/passwd users (Byline needs nothing else).
// Debug builds (and `swift test`) link dynamically with the default linker.
let staticExecutable: [LinkerSetting] = [
    .unsafeFlags(
        ["-static-stdlib", "-use-ld=lld"] + [
            "--start-group", "-l_FoundationICU", "-lFoundationInternationalization", "-lFoundationEssentials",
            "-lCoreFoundation", "-lFoundation", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftCore",
            "-lstdc++", "-lm",
            // FoundationXML (BylineWeb's feeds, XMLParser) and Debian's static libxml2 with its
            // dependencies; its ICU calls go to Foundation's ICU (XMLICUBridge: 30 MB less).
            "-lFoundationXML", "-l_CFXMLInterface", "-lxml2", "-lz", "-llzma",
            "--end-group",
        ].flatMap { ["-Xlinker", $0] } + ["-Xclang-linker", "-static"]
            // SwiftPM passes -pie, which clang ignores beside -static, with a warning.
            + ["-Xclang-linker", "-Wno-unused-command-line-argument"],
        .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .executable(name: "byline-bench", targets: ["byline-bench"]),
        .executable(name: "byline-fuzz", targets: ["byline-fuzz"]),
        .library(name: "BylineKit", targets: ["BylineKit"]),
    ],
    // Exact versions: a fresh clone builds what was tested (README, "Development", names
    // the same versions; RepositoryTests checks they agree).
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // HTTP for `byline URL`, `feeds` and `update` (BylineWeb's fetcher): links fully static,
        // gzip and TLS with the system CA file (README, "Feeds and web pages").
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        // Named only for the tests' HTTP server (BylineTestSupport); AsyncHTTPClient brings it.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
    ],
    targets: [
        .target(name: "BylineKit", dependencies: [.target(name: "CMalloc", condition: .when(platforms: [.linux]))]),
        // glibc's <malloc.h> (mallopt, malloc_trim) for MemoryBudget; libc itself, nothing to link.
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "BylineStore",
            dependencies: [
                "BylineKit", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for incremental blob I/O (BlobWriter).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "BylineUI",
            dependencies: ["BylineKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // No pkgConfig: ncursesw.pc's cflags (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are
        // flags SwiftPM refuses with a warning on every build, and shim.h defines what
        // it needs. The module map links ncursesw; tinfo is named for static builds
        // (Debian's libncursesw.so already pulls it in).
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "CursesBackend",
            dependencies: ["CNcursesw", "BylineUI"],
            linkerSettings: [.linkedLibrary("tinfo", .when(platforms: [.linux]))]
        ),
        // gumbo, the HTML5 parser of BylineWeb (only BylineWeb imports it); the module map links it.
        .systemLibrary(name: "CGumbo", providers: [.apt(["libgumbo-dev"])]),
        .target(
            name: "BylineWeb",
            dependencies: [
                "BylineKit", "CGumbo", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(name: "XMLICUBridge", cSettings: [.define("BYLINE_XML_ICU_BRIDGE", .when(platforms: [.linux], configuration: .release))]),
        // The reader's event loop, apart from the executable so tests run it in-process
        // (on a MemoryTerminal); it knows the terminal only through BylineUI's protocol.
        // It updates feeds in the background (`R`) with BylineWeb's fetcher.
        .target(name: "BylineReader", dependencies: ["BylineKit", "BylineStore", "BylineUI", "BylineWeb"]),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineKit", "BylineStore", "BylineUI", "BylineReader", "CursesBackend", "BylineWeb", "XMLICUBridge",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: staticExecutable
        ),
        // The benchmarks (docs/performance.md), apart so the installed reader does not carry them.
        .executableTarget(
            name: "byline-bench",
            dependencies: [
                "BylineKit", "BylineStore", "BylineWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The corpus-driven fuzzer (scripts/fuzz.sh): its engine, a program for long runs,
        // and a fixed-seed sample among the tests.
        .target(name: "BylineFuzz", dependencies: ["BylineKit", "BylineUI"]),
        .executableTarget(name: "byline-fuzz", dependencies: ["BylineFuzz"]),
        .target(
            name: "BylineTestSupport",
            dependencies: [
                "BylineKit", "BylineUI",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/BylineTestSupport"
        ),
        .testTarget(name: "BylineKitTests", dependencies: ["BylineKit", "BylineTestSupport"]),
        .testTarget(name: "BylineFuzzTests", dependencies: ["BylineFuzz", "BylineTestSupport"]),
        .testTarget(name: "BylineWebTests", dependencies: ["BylineWeb", "BylineKit", "BylineTestSupport"]),
        .testTarget(name: "BylineUITests", dependencies: ["BylineUI", "BylineKit", "BylineTestSupport"]),
        .testTarget(
            name: "BylineReaderTests",
            dependencies: ["BylineReader", "BylineUI", "BylineKit", "BylineStore", "BylineWeb", "BylineTestSupport"]
        ),
        .testTarget(
            name: "BylineStoreTests",
            // BylineWeb to index feed files as BylineKit reads them once the executable registers it.
            dependencies: ["BylineStore", "BylineKit", "BylineWeb", "BylineTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
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
