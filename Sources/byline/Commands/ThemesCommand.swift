import ArgumentParser

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the bundled and user themes."
    )

    func run() throws {
        throw ValidationError("byline themes is not implemented yet")
    }
}
