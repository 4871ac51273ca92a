import ArgumentParser

struct BenchAnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analysis speed (MB/s, words/s) on a repeated corpus."
    )

    func run() throws {
        throw ValidationError("byline bench analyze is not implemented yet")
    }
}
