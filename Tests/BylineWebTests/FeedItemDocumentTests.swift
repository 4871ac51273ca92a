import BylineKit
import BylineTestSupport
import BylineWeb
import Foundation
import Testing

@Suite("Feed items kept as pages")
struct FeedItemDocumentTests {
    static func feed(_ items: [FeedItem]) -> Feed {
        Feed(kind: .rss, title: "The Coast <Times>", link: "https://coast.example/", items: items)
    }

    static let longText = (1...14).map { "<p>Paragraph \($0) of the harbour story, with enough words to be a real paragraph of news.</p>" }.joined()

    @Test func aStoredItemReadsBackWhole() throws {
        var item = FeedItem()
        item.title = "Storm floods the harbour & the quay"
        item.link = "https://coast.example/storm"
        item.id = "urn:storm"
        item.author = "Jane Doe"
        item.date = ArticleDate(iso: "2026-12-01")
        item.html = "<p>Short lead.</p><ul><li>One</li></ul><p>See <a href=\"/map\">the map</a>.</p><script>alert(1)</script>"
        let document = FeedItemDocument(item: item, feed: Self.feed([item]))
        #expect(document.key == "urn:storm")
        let article = try HTMLExtractor.extract(data: Data(document.html.utf8), path: "item.html").article
        #expect(article.title == "Storm floods the harbour & the quay")
        #expect(article.author == "Jane Doe")
        #expect(article.date == ArticleDate(iso: "2026-12-01"))
        #expect(article.source == "The Coast <Times>")
        #expect(article.url == "https://coast.example/storm")
        let texts = article.blocks.map(\.text)
        #expect(texts.contains("Short lead."))       // kept although short: all of it is the article
        #expect(texts.contains { $0.contains("One") })
        #expect(!texts.joined().contains("alert"))
        #expect(article.links.contains { $0.url == "https://coast.example/map" })
    }

    @Test func summariesAreToldFromFullArticles() {
        var item = FeedItem()
        item.link = "https://coast.example/a"
        item.html = "<p>A storm hit the coast on Monday.</p>"
        #expect(FeedItemDocument(item: item, feed: Self.feed([item])).isSummary)
        item.html = Self.longText
        let full = FeedItemDocument(item: item, feed: Self.feed([item]))
        #expect(full.plainText.count >= FeedItemDocument.summaryLength, "\(full.plainText.count): \(full.plainText.suffix(60))")
        #expect(!full.isSummary)
        item.html = Self.longText + "<p>Continue reading…</p>"
        #expect(FeedItemDocument(item: item, feed: Self.feed([item])).isSummary)
        item.html = "<p>A storm.</p>"
        item.link = nil   // nothing to fetch instead
        #expect(!FeedItemDocument(item: item, feed: Self.feed([item])).isSummary)
    }

    @Test func theKeyAndHashFollowTheItem() {
        var item = FeedItem()
        item.title = "A"
        item.link = "https://coast.example/a"
        let first = FeedItemDocument(item: item, feed: Self.feed([item]))
        #expect(first.key == "https://coast.example/a")   // no guid: the link
        item.html = "<p>changed</p>"
        let changed = FeedItemDocument(item: item, feed: Self.feed([item]))
        #expect(changed.key == first.key)
        #expect(changed.itemHash != first.itemHash)
    }

    @Test func aFetchedPageIsKeptAsUTF8WithItsAddress() throws {
        var bytes = [UInt8](Data("<html><head><title>Caf".utf8)); bytes.append(0xE9)
        bytes += Array("</title></head><body><article><p>A link to <a href=\"other\">another page</a> in a paragraph long enough to be kept by the extractor, with words.</p></article></body></html>".utf8)
        let page = FetchResponse(status: 200, url: "https://coast.example/news/a", body: Data(bytes), mediaType: "text/html",
                                 charset: "iso-8859-1", etag: nil, lastModified: nil)
        let kept = FeedItemDocument.snapshot(of: page)
        #expect(kept.starts(with: [0xEF, 0xBB, 0xBF]))
        let article = try HTMLExtractor.extract(data: kept, path: "a.html").article
        #expect(article.title == "Café")
        #expect(article.links.contains { $0.url == "https://coast.example/news/other" })
    }

    @Test func subscriptionListsReadAndWrite() throws {
        let urls = """
        # my feeds
        https://a.example/feed.xml "news" "~Alpha News"
        https://b.example/rss

        query:unread:"unread = \\"yes\\""
        """
        let parsed = try FeedList.read(data: Data(urls.utf8), path: "urls")
        #expect(parsed.entries == [FeedList.Entry(url: "https://a.example/feed.xml", title: "Alpha News", tags: ["news"]),
                                   FeedList.Entry(url: "https://b.example/rss")])
        #expect(parsed.skipped.count == 1)
        let opml = FeedList.opml(parsed.entries)
        let again = try FeedList.read(data: Data(opml.utf8), path: "out.opml")
        #expect(again.entries == parsed.entries)
        #expect(throws: (any Error).self) { try FeedList.read(data: Data("<html></html>".utf8), path: "x.opml") }
    }
}
