import ArgumentParser
import BylineKit
import BylineStore
import Foundation

/// `byline quotes`: quotations with who said them, for a pipe.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Print quotations with who said them, as text, Markdown or JSON.",
        discussion: """
        byline quotes PATH...               every quotation of the articles, in article order
        byline quotes --speaker NAME PATH... those by one speaker (a surname is enough)
        byline quotes --speaker NAME        quotations by a speaker across the library
        Exit status 1 when nothing is found, 2 when the library cannot be read.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var library: LibraryOptions

    @Option(name: .long, help: "Only quotations by this speaker (canonical name, a name the article uses, or a surname).")
    var speaker: String?

    @Option(name: .long, help: "text (the default), markdown (block quotes with attribution) or json (an array).")
    var format: Format = .text

    @Option(name: .long, help: "At most this many quotations from the library.")
    var limit: Int = 500

    @Argument(help: "Article files or folders; - for standard input. None: the library (with --speaker).")
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty && speaker == nil {
            throw ValidationError("give article files or folders, or --speaker NAME to search the library")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    /// One quotation as printed.
    struct Record: Encodable {
        var text: String
        var speaker: String?
        var title: String
        var date: String?
        var path: String
    }

    func run() throws {
        var records: [Record] = []
        var failed = false
        if paths.isEmpty {
            let lib = try library.open(readOnly: true)
            do {
                records = try lib.quotations(by: speaker ?? "", limit: limit).map {
                    Record(text: $0.text, speaker: $0.speaker, title: $0.title, date: $0.date?.description, path: $0.path)
                }
            } catch {
                Diagnostics.error(error)
                throw ExitCode(2)
            }
        } else {
            let inputs = ArticleInputs(paths: paths) { parsed in
                let analyzed = ArticleAnalyzer().analyze(parsed.article)
                for q in analyzed.quotes where speaker.map({ QuotesCommand.speaker(q.speaker, of: analyzed, matches: $0) }) ?? true {
                    let a = parsed.article
                    records.append(Record(text: q.text, speaker: q.speaker, title: a.title, date: a.date?.description, path: a.path))
                }
            }
            failed = inputs.failed > 0
        }
        print(QuotesCommand.render(records, format: format), terminator: "")
        if records.isEmpty {
            Diagnostics.error(speaker.map { "no quotation by \($0)" } ?? "no quotation found")
            throw ExitCode(1)
        }
        if failed { throw ExitCode(1) }
    }

    /// Whether a quotation's speaker is the one asked for: the canonical name, any name
    /// the article uses for that person, or their surname, in any case.
    static func speaker(_ name: String?, of article: AnalyzedArticle, matches asked: String) -> Bool {
        guard let name else { return false }
        let wanted = asked.lowercased()
        if name.lowercased() == wanted { return true }
        if name.split(separator: " ").last.map({ $0.lowercased() == wanted }) == true { return true }
        return article.entities.contains { $0.canonical == name && $0.text.lowercased() == wanted }
    }

    /// The records as text (sanitised for a terminal), Markdown (sanitised) or JSON
    /// (the real text, escaped as JSON).
    static func render(_ records: [Record], format: Format) -> String {
        func safe(_ s: String) -> String { terminalSafe(s) }
        func source(_ r: Record) -> String { safe(r.title) + (r.date.map { " (\($0))" } ?? "") }
        switch format {
        case .text:
            return records.map { r in
                "“\(safe(r.text))” — \(r.speaker.map(safe) ?? "(unattributed)")\n   \(source(r)), \(safe(r.path))\n"
            }.joined()
        case .markdown:
            return records.map { r in
                let who = r.speaker.map(safe) ?? "unattributed"
                return "> \(safe(r.text))\n>\n> — \(who), *\(source(r))*\n\n"
            }.joined()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(records)) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}
