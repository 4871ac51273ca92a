import BylineKit
import BylineTestSupport
import BylineWeb
import Foundation
import Testing

@Suite("Feeds: RSS, RDF, Atom, JSON Feed")
struct FeedParserTests {
    static func data(_ relative: String) -> Data {
        (try? Data(contentsOf: URL(fileURLWithPath: Fixtures.path("web/feeds/" + relative)))) ?? Data()
    }

    /// feedparser's suite: every file whose expectation starts `not bozo` must parse
    /// with no problem, with items when it expects `entries[…]`; the rest (ill-formed,
    /// odd encodings) must not crash. Files that need an HTTP header are read with the
    /// header's charset left out: their well-formedness is not asserted.
    struct Expectation: Decodable { let file: String; let expect: String; let header: String }
    static let expectations: [Expectation] = (try? JSONDecoder().decode([Expectation].self, from: data("feedparser/expectations.json"))) ?? []

    @Test func theSuiteIsThere() { #expect(Self.expectations.count > 200) }

    @Test(arguments: expectations.map(\.file))
    func feedparserFile(file: String) throws {
        let e = Self.expectations.first { $0.file == file }!
        let bytes = Self.data("feedparser/" + file)
        let wellFormed = e.expect.hasPrefix("not bozo") && e.header.isEmpty
        do {
            let feed = try FeedParser.parse(data: bytes, path: file)
            if wellFormed {
                #expect(feed.problem == nil, "\(file): \(feed.problem ?? "")")
                if e.expect.contains("entries[0]") { #expect(!feed.items.isEmpty, "\(file) has entries") }
            }
        } catch {
            #expect(!wellFormed, "\(file): \(error)")
        }
    }

    @Test func rss20ItemsHaveTitleLinkDateAuthorAndContent() throws {
        let feed = try FeedParser.parse(data: Self.data("newsboat/data/rss20_1.xml"), path: "rss20_1.xml")
        #expect(feed.kind == .rss)
        #expect(feed.title == "my weblog")
        #expect(feed.items.count == 1)
        #expect(feed.items[0].title == "this is an item")
        #expect(feed.items[0].link == "http://example.com/blog/this_is_an_item.html")
        #expect(feed.items[0].author == "Andreas Krennmair")
        #expect(feed.items[0].html == "oh well, this is the content.")
        #expect(feed.items[0].date?.description == "2008-12-12")
    }

    @Test func rdfAndAtomFeeds() throws {
        let rdf = try FeedParser.parse(data: Self.data("newsboat/data/rss10_1.xml"), path: "rss10_1.xml")
        #expect(rdf.kind == .rdf)
        #expect(rdf.items.count == 1)
        #expect(rdf.items[0].date?.description == "2008-12-30")
        #expect(rdf.items[0].link?.hasPrefix("http") == true)
        let atom = try FeedParser.parse(data: Self.data("newsboat/data/atom10_1.xml"), path: "atom10_1.xml")
        #expect(atom.kind == .atom)
        #expect(atom.items.count == 3)
        #expect(atom.items.allSatisfy { $0.title != nil && $0.link != nil })
    }

    @Test func jsonFeed() throws {
        let dir = Fixtures.path("web/feeds/feedkit/Resources/json")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        var parsedItems = 0
        for f in files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + f))
            if let feed = try? FeedParser.parse(data: bytes, path: f) {
                #expect(feed.kind == .json)
                parsedItems += feed.items.count
            }
        }
        #expect(parsedItems > 0)
    }

    @Test func aBrokenFeedKeepsTheItemsBeforeTheBreakAndSaysWhere() throws {
        let xml = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title>First</title><description>&lt;p&gt;One paragraph of text.&lt;/p&gt;</description></item>
        <item><title>Second</title><description>Two</description></item>
        <item><title>Broken <b></title></item>
        """
        let feed = try FeedParser.parse(data: Data(xml.utf8), path: "broken.xml")
        #expect(feed.items.map(\.title) == ["First", "Second"])
        #expect(feed.problem?.contains("line") == true)
        #expect(feed.problem?.contains("2 items") == true)
        let articles = try FeedArticleFormat().parseAll(data: Data(xml.utf8), path: "broken.xml")
        #expect(articles.count == 2)
        #expect(articles[0].article.blocks.map(\.text) == ["First", "One paragraph of text."])
        #expect(articles[0].warnings.first?.description.hasPrefix("broken.xml: not well-formed XML at line") == true)
    }

    @Test func notAFeedIsAClearError() {
        #expect(throws: ArticleError.self) { _ = try FeedParser.parse(data: Data("<html><p>x</p></html>".utf8), path: "x.xml") }
        #expect(throws: ArticleError.self) { _ = try FeedParser.parse(data: Data(), path: "empty.xml") }
    }
}
