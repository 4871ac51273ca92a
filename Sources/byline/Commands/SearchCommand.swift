import ArgumentParser

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library: full text, entities, speakers."
    )

    func run() throws {
        throw ValidationError("byline search is not implemented yet")
    }
}
