import BylineKit
import BylineTestSupport
import BylineWeb
import Foundation
import Testing

/// A feed saved as `.xml` (or under any name) is told from other XML by its root element
/// (`rss`, `rdf:RDF`, `feed`), read with XMLParser from the first 4 KB: a folder's `.xml`
/// feeds are listed, its other XML files skipped without a word, and one named on the
/// command line is refused with its root element named.
@Suite("Feeds told from other XML by their root element")
struct FeedSniffingTests {
    static let formats: Void = {
        ArticleFormatRegistry.register(HTMLArticleFormat())
        ArticleFormatRegistry.register(FeedArticleFormat())
    }()

    static func root(_ text: String) -> String? { XMLRoot.name(of: Data(text.utf8)) }

    @Test("the root element past a declaration, comments holding '>', processing instructions and a doctype's internal subset")
    func rootElement() {
        #expect(Self.root("<rss version=\"2.0\"><channel>") == "rss")
        #expect(Self.root("\u{FEFF}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<!-- a > b -->\n<rdf:RDF xmlns:rdf=\"x\">") == "rdf:RDF")
        #expect(Self.root("<?xml version=\"1.0\"?><!DOCTYPE feed [ <!ENTITY a \"<b>\"> ]><feed xmlns=\"http://www.w3.org/2005/Atom\">") == "feed")
        #expect(Self.root("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">") == "svg")
        // UTF-16 with a byte-order mark, as XML reads it.
        let utf16 = Data([0xFF, 0xFE]) + "<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed>".data(using: .utf16LittleEndian)!
        #expect(XMLRoot.name(of: utf16) == "feed")
        // Not XML before an element, or cut inside the first tag: no root.
        #expect(Self.root("Plain text, not XML.") == nil)
        #expect(Self.root("<?xml version=\"1.0\"?><!-- never closed") == nil)
        #expect(Self.root("") == nil)
        for name in ["rss", "RSS", "rdf:RDF", "RDF", "feed", "atom:feed", "CHANNEL"] { #expect(XMLRoot.isFeed(name), "\(name)") }
        for name in ["svg", "html", "project", "opml", "feeds", "rdf:Description"] { #expect(!XMLRoot.isFeed(name), "\(name)") }
    }

    /// Every well-formed feed of feedparser's suite is recognized by its content; no
    /// ill-formed one crashes the sniffing.
    @Test func everyWellFormedSuiteFeedIsRecognizedByItsContent() throws {
        let format = FeedArticleFormat()
        var checked = 0
        for e in FeedParserTests.expectations {
            let bytes = FeedParserTests.data("feedparser/" + e.file)
            let recognized = format.recognizesContent(bytes.prefix(ArticleFormatRegistry.prefixLength))
            guard e.expect.hasPrefix("not bozo"), e.header.isEmpty,
                  let feed = try? FeedParser.parse(data: bytes, path: e.file), !feed.items.isEmpty else { continue }
            #expect(recognized, "\(e.file)")
            checked += 1
        }
        #expect(checked > 75)
    }

    @Test("web pages are not feeds; a .xml file that is not a feed is claimed only to be refused, XHTML left to the page reader")
    func pagesAndOtherXML() throws {
        let format = FeedArticleFormat()
        let pages = Fixtures.path("web/mozilla-readability/pages")
        for page in try FileManager.default.contentsOfDirectory(atPath: pages) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: pages + "/" + page + "/source.html"))
            #expect(!format.recognizesContent(bytes.prefix(ArticleFormatRegistry.prefixLength)), "\(page)")
        }
        let svg = Data("<?xml version=\"1.0\"?>\n<svg><text>x</text></svg>".utf8)
        #expect(format.recognizes(path: "map.xml", prefix: svg))
        #expect(format.recognizes(path: "map.svg", prefix: svg))
        #expect(!format.recognizes(path: "notes.txt", prefix: svg))
        #expect(!format.recognizes(path: "page.xml", prefix: Data("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hi</p></body></html>".utf8)))
        #expect(throws: ArticleError(path: "map.xml", problem: .notAnArticle("an XML document (root element <svg>), not a feed (RSS, RDF or Atom) or an article"))) {
            try format.parseAll(data: svg, path: "map.xml")
        }
    }

    @Test("a folder's .xml files: feeds listed, other XML skipped without a word; a named one taken as given")
    func folderWalk() throws {
        _ = Self.formats
        let tmp = try TempFolder()
        let rss = try tmp.write("news/a.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>A</title></item></channel></rss>")
        let rdf = try tmp.write("news/b.XML", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><item><title>B</title></item></rdf:RDF>")
        let svg = try tmp.write("news/c.xml", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        _ = try tmp.write("news/d.xml", "not XML at all")
        _ = try tmp.write("news/e.xml", "")
        let text = try tmp.write("news/f.txt", "Headline\n\nText.")
        let walk = ArticleWalk(paths: [tmp.path + "/news"])
        #expect(walk.files.map(\.path) == [rss, rdf, text])
        #expect(walk.errors.isEmpty && walk.skipped.isEmpty)
        // newsboat's test feeds: every .xml file that parses with items is listed.
        let data = Fixtures.path("web/feeds/newsboat/data")
        let listed = Set(ArticleWalk(paths: [data]).files.map(\.path))
        for name in try FileManager.default.contentsOfDirectory(atPath: data) where name.hasSuffix(".xml") {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: data + "/" + name))
            let items = (try? FeedParser.parse(data: bytes, path: name).items.count) ?? 0
            if items > 0 { #expect(listed.contains(data + "/" + name), "\(name)") }
        }
        #expect(ArticleWalk(paths: [svg]).files.map(\.path) == [svg])
        #expect(throws: ArticleError(path: svg, problem: .notAnArticle("an XML document (root element <svg>), not a feed (RSS, RDF or Atom) or an article"))) {
            try ArticleLoader().loadAll(path: svg)
        }
    }
}
