import ArgumentParser

struct BenchLibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Library index speed: indexing, reopening, search."
    )

    func run() throws {
        throw ValidationError("byline bench library is not implemented yet")
    }
}
