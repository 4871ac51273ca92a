import BylineKit
import BylineTestSupport
import BylineWeb
import Foundation
import Testing
@testable import BylineStore

/// A feed file met by `byline add` (in a folder, or named) is indexed as one article per
/// item, under the reader's paths (`coast.rss#2`), so search and the entity and speaker
/// look-ups find each item; adding it again duplicates nothing, a changed item is
/// updated, an item gone is removed.
@Suite("Indexing a feed file: one article per item")
struct FeedFileIndexingTests {
    /// BylineKit reads feeds once the executable registers them; so do these tests.
    static let formats: Void = {
        ArticleFormatRegistry.register(HTMLArticleFormat())
        ArticleFormatRegistry.register(FeedArticleFormat())
    }()

    static func rss(_ items: [(id: String, title: String, text: String)]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>The Coast Times</title>\n"
        for item in items {
            out += "<item><title>\(item.title)</title><guid isPermaLink=\"false\">\(item.id)</guid>"
            out += "<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate><description><![CDATA[<p>\(item.text)</p>]]></description></item>\n"
        }
        return out + "</channel></rss>\n"
    }

    static let storm = (id: "storm", title: "Harbour wall gives way",
                        text: "The harbour wall gave way in the night. \u{201C}We will rebuild it before winter,\u{201D} said Anna Lindqvist, the mayor of Portby.")
    static let ferry = (id: "ferry", title: "Ferry cancelled", text: "The ferry to Skerra is cancelled until the wind drops.")
    static let school = (id: "school", title: "School reopens", text: "The school on Quay Street reopens on Monday.")

    /// An analysis that counts its calls and finds nothing (fast).
    static func counting(_ calls: CallCounter) -> @Sendable (Article) -> AnalyzedArticle {
        { calls.record($0.path); return AnalyzedArticle(article: $0) }
    }

    @Test("a folder's feed file is indexed as one article per item, found by search, entity and speaker")
    func eachItemIsAnArticle() throws {
        _ = Self.formats
        let t = try TempLibrary()
        let feed = t.writeRaw("news/coast.rss", Self.rss([Self.storm, Self.ferry, Self.school]))
        t.write("news/rain.md", title: "Rain in Tokyo", body: "Rain fell on Tokyo on Monday.")
        let report = try t.library.index(paths: [t.articles + "/news"])
        #expect(report.failures.isEmpty)
        #expect(report.added == 4)
        #expect(try t.library.articles().map(\.path).sorted() == [feed + "#1", feed + "#2", feed + "#3", t.articles + "/news/rain.md"])
        #expect(try t.library.articles().map(\.title).sorted() == ["Ferry cancelled", "Harbour wall gives way", "Rain in Tokyo", "School reopens"])
        #expect(try t.library.search("Skerra").map(\.path) == [feed + "#2"])
        #expect(try t.library.articles(mentioning: "Anna Lindqvist").map(\.path) == [feed + "#1"])
        #expect(try t.library.quotations(by: "Lindqvist").map(\.path) == [feed + "#1"])
        // A library listing of the feed file gives its items.
        #expect(try t.library.articles(in: [feed]).map(\.path) == [feed + "#1", feed + "#2", feed + "#3"])
    }

    @Test("adding again duplicates nothing; a changed item is updated, a new one added, the others keep their analysis")
    func addingAgain() throws {
        _ = Self.formats
        let t = try TempLibrary()
        let feed = t.writeRaw("coast.rss", Self.rss([Self.storm, Self.ferry]))
        try t.setModified(feed, secondsAgo: 100)
        let calls = CallCounter()
        let first = try t.library.index(paths: [t.articles], analyze: Self.counting(calls))
        #expect(first.added == 2 && calls.count == 2)

        let again = try t.library.index(paths: [t.articles], analyze: Self.counting(calls))
        #expect(again.description == "0 added, 0 updated, 2 unchanged, 0 removed")
        #expect(calls.count == 2)
        try t.setModified(feed, secondsAgo: 50)   // same bytes, a new time: parsed, nothing analysed
        #expect(try t.library.index(paths: [t.articles], analyze: Self.counting(calls)).unchanged == 2)
        #expect(calls.count == 2)

        var ferry = Self.ferry
        ferry.text = "The ferry to Skerra sails again at noon."
        t.writeRaw("coast.rss", Self.rss([Self.storm, ferry, Self.school]))
        let changed = try t.library.index(paths: [t.articles], analyze: Self.counting(calls))
        #expect(changed.description == "1 added, 1 updated, 1 unchanged, 0 removed")
        #expect(calls.count == 4)
        #expect(try t.library.count() == 3)
        #expect(try t.library.search("noon").map(\.path) == [feed + "#2"])
        #expect(try t.library.search("drops").isEmpty)

        // An item added at the top: the others move down one number and keep their analysis.
        let fire = (id: "fire", title: "Fire at the boatyard", text: "A fire broke out at the boatyard.")
        t.writeRaw("coast.rss", Self.rss([fire, Self.storm, ferry, Self.school]))
        let moved = try t.library.index(paths: [t.articles], analyze: Self.counting(calls))
        #expect(moved.description == "1 added, 3 updated, 0 unchanged, 0 removed")
        #expect(calls.count == 5)
        #expect(try t.library.search("noon").map(\.path) == [feed + "#3"])
        #expect(try t.library.search("boatyard").map(\.path) == [feed + "#1"])

        t.writeRaw("coast.rss", Self.rss([fire]))
        let shorter = try t.library.index(paths: [t.articles], analyze: Self.counting(calls))
        #expect(shorter.description == "0 added, 0 updated, 1 unchanged, 3 removed")
        #expect(try t.library.articles().map(\.path) == [feed + "#1"])

        try FileManager.default.removeItem(atPath: feed)
        #expect(try t.library.index(paths: [t.articles], analyze: Self.counting(calls)).removed == 1)
        #expect(try t.library.count() == 0)
    }

    @Test("a feed file named on its own: its items are added, and removed with it")
    func namedFeedFile() throws {
        _ = Self.formats
        let t = try TempLibrary()
        let feed = t.writeRaw("coast.rss", Self.rss([Self.storm, Self.ferry]))
        #expect(try t.library.index(paths: [feed], analyze: Self.counting(CallCounter())).added == 2)
        #expect(try t.library.index(paths: [feed], analyze: Self.counting(CallCounter())).unchanged == 2)
        #expect(try t.library.remove(paths: [feed]) == 2)
        #expect(try t.library.index(paths: [feed], analyze: Self.counting(CallCounter())).added == 2)
        try FileManager.default.removeItem(atPath: feed)
        let gone = try t.library.index(paths: [feed], analyze: Self.counting(CallCounter()))
        #expect(gone.removed == 2 && gone.failures.count == 1)
        #expect(try t.library.count() == 0)
    }

    @Test("an item the reader analysed and stored first: the indexing still adds the others and keeps its analysis; opening it again reuses it")
    func readerStoredAnItemFirst() throws {
        _ = Self.formats
        let t = try TempLibrary()
        let feed = t.writeRaw("coast.rss", Self.rss([Self.storm, Self.ferry, Self.school]))
        let items = try ArticleLoader().loadAll(path: feed).map(\.article)
        #expect(items.map(\.path) == [feed + "#1", feed + "#2", feed + "#3"])
        let remembered = AnalyzedArticle(article: items[1], entities: [mention("Skerra", .place, block: 1, start: 13)], quotes: [])
        try t.library.store([remembered])
        #expect(try t.library.analysis(of: items[1])?.entities.map(\.text) == ["Skerra"])

        let calls = CallCounter()
        let report = try t.library.index(paths: [t.articles], analyze: Self.counting(calls))
        #expect(report.description == "2 added, 0 updated, 1 unchanged, 0 removed")
        #expect(calls.count == 2)
        #expect(try t.library.articles(mentioning: "Skerra").map(\.path) == [feed + "#2"])
        #expect(try t.library.analysis(of: items[1])?.entities.map(\.text) == ["Skerra"])
        // An item that no longer says the same has no stored analysis.
        var edited = items[1]
        edited.blocks[1].text = "The ferry sails."
        #expect(try t.library.analysis(of: edited) == nil)
    }

    @Test("an item path reads that item; a number past the end says how many there are")
    func loadingAnItemPath() throws {
        _ = Self.formats
        let t = try TempLibrary()
        let feed = t.writeRaw("coast.rss", Self.rss([Self.storm, Self.ferry]))
        let item = try ArticleLoader().load(path: feed + "#2").article
        #expect(item.title == "Ferry cancelled")
        #expect(item.path == feed + "#2")
        #expect(throws: ArticleError(path: feed + "#3", problem: .notAnArticle("\(feed) holds 2 articles, no item 3"))) {
            try ArticleLoader().load(path: feed + "#3")
        }
        #expect(throws: ArticleError(path: feed + "x#1", problem: .notFound)) { try ArticleLoader().load(path: feed + "x#1") }
    }

    @Test("item paths: split and made; a file named like one is not split by the indexer")
    func itemPaths() throws {
        #expect(ArticleItemPath.split("/a/coast.rss#12")! == ("/a/coast.rss", 12))
        for path in ["/a/coast.rss", "/a/coast.rss#", "/a/coast.rss#0", "/a/coast.rss#01", "#2", "/a/x#2y", "/a/x#1234567890"] {
            #expect(ArticleItemPath.split(path) == nil, "\(path)")
        }
        #expect(ArticleItemPath.make(file: "a.rss", item: 3) == "a.rss#3")
        _ = Self.formats
        let t = try TempLibrary()
        let files = [t.write("notes#2", title: "Second note", body: "A note."), t.write("notes", title: "The notes", body: "Notes.")]
        #expect(try t.library.index(paths: files).added == 2)
        #expect(try t.library.index(paths: files).unchanged == 2)
        #expect(try t.library.count() == 2)
    }
}
