import BylineKit
import BylineReader
import BylineStore
import BylineTestSupport
import Foundation
import Testing

/// The reader's connection to the library, without a terminal.
@Suite("The reader's library session")
struct LibrarySessionTests {
    @Test("an analysis the reader has just stored is kept: the background indexing started after it finds the file unchanged and does not analyse it again")
    func indexingAfterRememberKeepsTheReadersAnalysis() throws {
        let tmp = try TempFolder()
        // Large enough that storing it (its search index) takes a moment.
        let paragraphs = (1...6_000).map { "Paragraph \($0) names Anna Berg, who lives in Oslo and works for Norsk Hydro." }
        let path = try tmp.write("big.txt", " date 2024-11-18 A long day\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
        let session = LibrarySession(paths: [path], environment: ["BYLINE_LIBRARY": tmp.path + "/library.sqlite"])
        let article = try ArticleLoader().load(path: path).article
        // An analysis no analyser would make, so the stored one says who stored it.
        let mine = AnalyzedArticle(article: article, entities: [
            EntityMention(text: "Para", type: .org, canonical: "Para", location: TextLocation(block: 1, start: 0, end: 4)),
        ])
        session.remember(mine)
        session.startIndexing()
        let deadline = Date().addingTimeInterval(120)
        while session.needsPolling, Date() < deadline {
            _ = session.takeMessages()
            usleep(20_000)
        }
        #expect(!session.needsPolling, "the indexing did not end")
        let stored = try #require(session.storedAnalysis(of: article))
        #expect(stored.entities == mine.entities && stored.quotes.isEmpty)
        #expect(session.finish() == nil)
    }
}
