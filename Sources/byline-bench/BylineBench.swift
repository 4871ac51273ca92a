import ArgumentParser

/// `byline-bench` — benchmarks that print their figures; a separate executable, so the
/// reader people install does not carry them.
///
/// ```sh
/// swift build -c release && .build/release/byline-bench analyze
/// ```
@main
struct BylineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-bench",
        abstract: "Benchmarks of Byline that print their figures (build with -c release).",
        subcommands: [BenchAnalyzeCommand.self, BenchLibraryCommand.self, BenchWebCommand.self, BenchEntityFeaturesCommand.self]
    )
}
