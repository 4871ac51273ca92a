import ArgumentParser

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Index articles into the library (files or folders, recursively)."
    )

    func run() throws {
        throw ValidationError("byline add is not implemented yet")
    }
}
