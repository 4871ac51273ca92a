import BylineKit
import BylineTestSupport
import Foundation
import Testing

@Suite("byline quotes: quotations for a pipe")
struct QuotesCommandTests {
    let byline = BylineBinary.path

    func write(_ text: String, in folder: TempFolder, as name: String = "a.txt") throws -> String {
        let path = folder.path + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let article = """
        Harbour plan approved

        Jane Roe said: "The harbour will open in May."

        "We are ready," said John Doe, the port director.
        """

    @Test("text: each quotation with its speaker, then the article and file")
    func text() throws {
        let folder = try TempFolder()
        let path = try write(Self.article, in: folder)
        let r = try ProcessRunner.run(byline, ["quotes", path])
        #expect(r.status == 0, "\(r.stderr)")
        let analyzed = ArticleAnalyzer().analyze(try ArticleLoader().load(path: path).article)
        #expect(!analyzed.quotes.isEmpty)
        let expected = analyzed.quotes.map { q in
            "“\(q.text)” — \(q.speaker ?? "(unattributed)")\n   Harbour plan approved, \(path)\n"
        }.joined()
        #expect(r.stdout == expected)
    }

    @Test("--speaker keeps one speaker's quotations, by surname too; none found is status 1")
    func speaker() throws {
        let folder = try TempFolder()
        let path = try write(Self.article, in: folder)
        let analyzed = ArticleAnalyzer().analyze(try ArticleLoader().load(path: path).article)
        let roe = analyzed.quotes.filter { $0.speaker == "Jane Roe" }
        try #require(!roe.isEmpty, "the analysis found no quotation by Jane Roe")
        let r = try ProcessRunner.run(byline, ["quotes", "--speaker", "roe", "--format", "json", path])
        #expect(r.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == roe.count)
        #expect(array.allSatisfy { $0["speaker"] as? String == "Jane Roe" && $0["path"] as? String == path })
        let none = try ProcessRunner.run(byline, ["quotes", "--speaker", "Nobody", path])
        #expect(none.status == 1 && none.stdout.isEmpty)
        #expect(none.stderr == "byline: no quotation by Nobody\n")
    }

    @Test("markdown: block quotes with the attribution; escapes never reach the output; JSON holds the analysed text")
    func markdownAndEscapes() throws {
        let folder = try TempFolder()
        let path = try write("Title\n\nJane Roe said: \"Danger \u{1B}[2J here.\"\n", in: folder)
        let md = try ProcessRunner.run(byline, ["quotes", "--format", "markdown", path])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.hasPrefix("> Danger "))
        #expect(md.stdout.contains(">\n> — Jane Roe, *Title*"))
        #expect(!md.stdout.contains("\u{1B}"), "an escape reached the output")
        let json = try ProcessRunner.run(byline, ["quotes", "--format", "json", path])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let analyzed = ArticleAnalyzer().analyze(try ArticleLoader().load(path: path).article)
        #expect(array.first?["text"] as? String == analyzed.quotes.first?.text)
    }

    @Test("no path and no --speaker is a usage error")
    func usage() throws {
        let r = try ProcessRunner.run(byline, ["quotes"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("give article files or folders, or --speaker NAME"))
    }
}
