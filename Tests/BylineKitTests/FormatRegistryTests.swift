@testable import BylineKit
import Foundation
import Testing

/// Registered formats (web pages, feeds) are asked about content only when it could be
/// theirs: text that opens with a word is plain text or Markdown without asking.
@Suite("Format registry: content looked at only when it opens with markup")
struct FormatRegistryTests {
    final class Calls: @unchecked Sendable {
        let lock = NSLock()
        var paths: [String] = []
        func add(_ p: String) { lock.lock(); paths.append(p); lock.unlock() }
        func seen(_ p: String) -> Bool { lock.lock(); defer { lock.unlock() }; return paths.contains(p) }
    }

    struct Recording: RegisteredArticleFormat {
        let calls: Calls
        var extensions: Set<String> { ["regtestfmt"] }
        func recognizes(path: String, prefix: Data) -> Bool {
            calls.add(path)
            return path.hasSuffix(".regtestfmt")
        }
        func parse(data: Data, path: String) throws(ArticleError) -> ParsedArticle {
            ParsedArticle(article: Article(path: path, title: "Recorded", blocks: [Block(kind: .paragraph, text: "x")]))
        }
    }

    /// The registry's choice among a list of formats (the global list is left alone, so
    /// other tests run in the same process do not see this format).
    @Test func plainTextIsNotSniffedMarkupIsAndExtensionsStillCount() throws {
        let calls = Calls()
        let formats: [any RegisteredArticleFormat] = [Recording(calls: calls)]
        func format(_ text: String, _ path: String) -> (any RegisteredArticleFormat)? {
            ArticleFormatRegistry.format(for: path, data: Data(text.utf8), among: formats)
        }
        #expect(format("Headline\n\n<p> is a tag.\n", "/x/plain.txt") == nil)
        #expect(!calls.seen("/x/plain.txt"))
        _ = format("\u{FEFF}  \n<html><p>Hi</p>", "/x/markup.txt")
        #expect(calls.seen("/x/markup.txt"))
        _ = format(" {\"version\": 1}", "/x/json.txt")
        #expect(calls.seen("/x/json.txt"))
        #expect(format("Plain words.", "/x/a.regtestfmt") != nil)
        #expect(!calls.seen("/x/a.regtestfmt"))
    }
}
