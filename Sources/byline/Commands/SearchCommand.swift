import ArgumentParser
import BylineKit
import BylineStore
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library: full text, entities, speakers.",
        discussion: """
        byline search WORDS          articles with every word (prefixes match: elect finds \
        election; "quoted words" match together), best first, with a snippet
        byline search --entity NAME  articles that mention an entity, by canonical name or \
        any alias ("Kim Jong Un" also finds "Kim Jong-un")
        byline search --speaker NAME quotations by a speaker across the library (a \
        surname is enough)
        Exit status 1 when nothing matches, 2 when the library cannot be read.
        """
    )

    @OptionGroup var options: LibraryOptions

    @Option(name: .long, help: "Articles that mention this entity.")
    var entity: String?

    @Option(name: .long, help: "Quotations by this speaker.")
    var speaker: String?

    @Option(name: .long, help: "At most this many results.")
    var limit: Int = 20

    @Argument(help: "Words to search for.")
    var words: [String] = []

    func validate() throws {
        let modes = [entity != nil, speaker != nil, !words.isEmpty].filter { $0 }.count
        if modes == 0 { throw ValidationError("give words to search for, --entity NAME or --speaker NAME") }
        if modes > 1 { throw ValidationError("give only one of: words, --entity NAME, --speaker NAME") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let library = try options.open()
        let bold = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let found: Int
        do {
            if let entity {
                found = try printEntity(entity, library)
            } else if let speaker {
                found = try printSpeaker(speaker, library)
            } else {
                found = try printSearch(words.joined(separator: " "), library, bold: bold)
            }
        } catch let error as StoreError {
            Diagnostics.error(error)
            throw ExitCode(2)
        }
        if found == 0 {
            let empty = ((try? library.count()) ?? 0) == 0
            Diagnostics.error(empty ? "the library is empty; add articles with: byline add FOLDER" : "no match")
            throw ExitCode(1)
        }
    }

    private func heading(_ title: String, _ date: ArticleDate?) -> String {
        terminalSafe(title) + (date.map { " (\($0))" } ?? "")
    }

    private func printSearch(_ query: String, _ library: Library, bold: Bool) throws -> Int {
        let results = try library.search(query, limit: limit)
        for (i, r) in results.enumerated() {
            Console.line("\(i + 1). \(heading(r.title, r.date))")
            Console.line("   \(r.path)")
            printCopies(r.copies)
            // The snippet's text is sanitised before its matches are put in bold.
            let snippet = Snippet(text: terminalSafe(r.snippet.text), matches: r.snippet.matches)
            var line = TerminalText("   ")
            line.appendAllowingSGR(bold ? snippet.marked("\u{1B}[1m", "\u{1B}[22m") : snippet.marked("[", "]"))
            Console.line(line)
        }
        return results.count
    }

    private func printEntity(_ name: String, _ library: Library) throws -> Int {
        let matches = try library.articles(mentioning: name, limit: limit)
        for m in matches {
            var line = "\(heading(m.title, m.date)) — \(terminalSafe(m.canonical)) (\(m.type.rawValue)), \(m.mentions) mention\(m.mentions == 1 ? "" : "s")"
            if !m.aliases.isEmpty { line += ", also " + m.aliases.map { terminalSafe($0) }.joined(separator: ", ") }
            Console.line(line)
            Console.line("   \(m.path)")
            printCopies(m.copies)
        }
        return matches.count
    }

    private func printSpeaker(_ name: String, _ library: Library) throws -> Int {
        let quotes = try library.quotations(by: name, limit: limit)
        for q in quotes {
            Console.line("“\(q.text)” — \(q.speaker)")
            Console.line("   \(heading(q.title, q.date)), \(q.path)")
            printCopies(q.copies)
        }
        return quotes.count
    }

    /// The other paths of a text the library holds more than once, under its one entry.
    private func printCopies(_ copies: [String]) {
        for c in copies { Console.line("   same text: \(c)") }
    }
}
