import ArgumentParser

/// `byline bench …` — benchmarks that print their figures.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks that print their figures (build with -c release).",
        subcommands: [BenchAnalyzeCommand.self, BenchLibraryCommand.self]
    )
}
