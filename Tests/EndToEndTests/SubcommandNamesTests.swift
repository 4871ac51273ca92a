@testable import byline
import Testing

/// `byline PATH…` skips the argument parser unless the first word names a subcommand;
/// the names it checks are written out (``Byline/subcommandNames``), so they must be
/// the parser's.
@Suite("Subcommand names of the fast path")
struct SubcommandNamesTests {
    @Test func writtenOutNamesAreTheParsersNames() {
        let parsed = Byline.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        #expect(Byline.subcommandNames == parsed)
    }

    @Test func everySubcommandGoesThroughTheParser() {
        for name in Byline.configuration.subcommands.map({ $0.configuration.commandName ?? "" }) {
            #expect(ReadCommand.plainPaths([name, "x.txt"], subcommands: Byline.subcommandNames) == nil, "\(name)")
        }
        #expect(ReadCommand.plainPaths(["news/", "-"], subcommands: Byline.subcommandNames) == ["news/", "-"])
    }
}
