import ArgumentParser
import Foundation
import Testing
@testable import byline

/// Paths are kept out of swift-argument-parser (its cost grows with the square of the
/// arguments); the options that take a value must be known to keep their values.
@Suite("Paths kept out of the argument parser")
struct PathArgumentsTests {
    let subcommands = Byline.subcommandNames

    @Test func pathsAreTakenOutAndTheFirstOneLeftForTheParser() {
        let split = PathArguments.split(["analyze", "a.txt", "--out", "o", "b.txt", "--json", "-", "--", "--c.txt"], subcommands: subcommands)
        #expect(split.parser == ["analyze", "--out", "o", "--json", "--", "a.txt"])
        #expect(split.paths == ["a.txt", "b.txt", "-", "--c.txt"])
        #expect(PathArguments.split(["--theme", "light", "news"], subcommands: subcommands).parser == ["--theme", "light", "--", "news"])
        #expect(PathArguments.split(["dump", "--width=40"], subcommands: subcommands).parser == ["dump", "--width=40"])
        #expect(PathArguments.split(["search", "bus", "crash"], subcommands: subcommands).paths == nil)
        #expect(PathArguments.split(["help", "analyze"], subcommands: subcommands).paths == nil)
        #expect(PathArguments.split(["--generate-completion-script", "bash"], subcommands: subcommands).paths == nil)
    }

    /// Every option of a path-taking command that takes a value, as the parser itself
    /// describes the command, is in the table.
    @Test func theTableKnowsEveryOptionThatTakesAValue() throws {
        let commands: [(String, any ParsableCommand.Type)] = [
            ("analyze", AnalyzeCommand.self), ("dump", DumpCommand.self), ("add", AddCommand.self), ("read", ReadCommand.self),
        ]
        #expect(Set(commands.map(\.0)) == Set(PathArguments.valueOptions.keys))
        for (name, type) in commands {
            let info = try JSONSerialization.jsonObject(with: Data(type._dumpHelp().utf8)) as? [String: Any]
            let arguments = (info?["command"] as? [String: Any])?["arguments"] as? [[String: Any]] ?? []
            var options: Set<String> = []
            for argument in arguments where argument["kind"] as? String == "option" {
                for n in argument["names"] as? [[String: Any]] ?? [] {
                    let dashes = n["kind"] as? String == "long" ? "--" : "-"
                    options.insert(dashes + (n["name"] as? String ?? ""))
                }
            }
            #expect(!arguments.isEmpty, "\(name)")
            #expect(options == PathArguments.valueOptions[name],
                    "byline \(name): options that take a value must be in PathArguments.valueOptions, or their value is taken for a path")
        }
    }
}
