import ArgumentParser
import BylineKit
import Foundation

/// A command whose paths are given to it after parsing, not parsed (see
/// ``PathArguments``).
protocol PathTakingCommand: ParsableCommand {
    var paths: [String] { get set }
}

/// The command line, with the paths of `analyze`, `dump`, `add` and `read` kept out
/// of swift-argument-parser.
///
/// The parser removes each argument it consumes from an array (an O(n) removal), so a
/// command line of n paths took time in n²: 100,000 paths took minutes, against
/// seconds in batches. The paths are therefore taken out first; the parser sees the
/// options and at most the first path (so that a missing path is still its usage
/// error), and the command gets every path afterwards.
///
/// ```swift
/// PathArguments.split(["analyze", "--out", "o", "a.txt", "b.txt", "--json"])
/// // (parser: ["analyze", "--out", "o", "--json", "--", "a.txt"], paths: ["a.txt", "b.txt"])
/// ```
enum PathArguments {
    /// The options of each path-taking command that take a value (`--out DIR`), so
    /// their value is not taken for a path. A test checks this against the parser's
    /// own description of every command.
    static let valueOptions: [String: Set<String>] = [
        "analyze": ["--out"],
        "dump": ["--width"],
        "add": ["--library"],
        "read": ["--theme", "--config", "--max-width", "--layout"],
    ]

    /// The arguments for the parser and the paths, or nil paths when the command
    /// takes none (the parser then gets every argument).
    static func split(_ arguments: [String], subcommands: [String]) -> (parser: [String], paths: [String]?) {
        var rest = arguments[...]
        var head: [String] = []
        let command: String
        if let first = rest.first, valueOptions[first] != nil {
            command = first
            head = [first]
            rest = rest.dropFirst()
        } else if let first = rest.first, subcommands.contains(first) || first == "help" {
            return (arguments, nil)
        } else if arguments.contains("--generate-completion-script") {
            return (arguments, nil)   // the parser's own option, with a value (`bash`)
        } else {
            command = "read"   // the default command
        }
        let takesValue = valueOptions[command] ?? []
        var options: [String] = []
        var paths: [String] = []
        var afterDashes = false
        var i = rest.startIndex
        while i < rest.endIndex {
            let argument = rest[i]
            i += 1
            if afterDashes || argument == "-" || !argument.hasPrefix("-") {
                paths.append(argument)
            } else if argument == "--" {
                afterDashes = true
            } else {
                options.append(argument)
                if takesValue.contains(argument), i < rest.endIndex {
                    options.append(rest[i])
                    i += 1
                }
            }
        }
        return (head + options + (paths.first.map { ["--", $0] } ?? []), paths)
    }

    /// The program's arguments as given, each byte kept (``PathBytes``): a file name
    /// that is not UTF-8 names its file (CommandLine.arguments would replace its bytes
    /// with U+FFFD).
    static func programArguments() -> [String] {
        (1..<Int(CommandLine.argc)).compactMap { i in
            CommandLine.unsafeArgv[i].map { PathBytes.string(cString: $0) }
        }
    }
}
