import BylineKit
import BylineReader
import BylineStore
import BylineTestSupport
import BylineUI
import BylineWeb
import Foundation
import Testing

/// Feeds in the running reader, in-process on a ``MemoryTerminal``, against a server
/// inside the test on 127.0.0.1: `R` updates them in the background while keys still
/// scroll, the new items join the list, `F` lists the feeds with their counts and
/// errors, `enter` their items, read from the library; and a feed file inside a folder
/// opens as one article per item.
@MainActor
@Suite("Feeds in the reader's event loop", .serialized)
struct ReaderFeedTests {
    /// BylineKit reads pages and feeds once the executable registers them; so do these tests.
    static let formats: Void = {
        ArticleFormatRegistry.register(HTMLArticleFormat())
        ArticleFormatRegistry.register(FeedArticleFormat())
    }()

    static func rss(title: String, items: [(id: String, title: String, text: String)]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>\(title)</title>\n"
        for (n, item) in items.enumerated() {
            out += "<item><title>\(item.title)</title><guid isPermaLink=\"false\">\(item.id)</guid>"
            out += "<pubDate>Mon, 0\(n + 1) Dec 2026 09:00:00 GMT</pubDate><description><![CDATA["
            out += (1...8).map { "<p>\(item.text) Paragraph \($0) of the report, long enough to be the full article.</p>" }.joined()
            out += "]]></description></item>\n"
        }
        return out + "</channel></rss>\n"
    }

    func run(_ terminal: MemoryTerminal, paths: [String], library: LibrarySession, readTimeout: Double = 10) -> ReaderLoop.Outcome {
        _ = Self.formats
        let settings = ThreadedValue<ReaderLoop.Settings> { (ReaderSettings(), ReaderOptions()) }
        var options = WebFetcher.Options()
        options.readTimeout = readTimeout
        return ReaderLoop.run(on: terminal, paths: paths, settings: settings, worker: BackgroundWorker(held: true),
                              library: ThreadedValue { library }, memoryPath: nil, fetchOptions: options)
    }

    @Test("R updates the feeds in the background while j scrolls; the new items join the list; F shows counts and the error; enter lists a feed's items")
    func updateKey() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/lib/library.sqlite"
        let server = try TestHTTPServer()
        defer { server.stop() }
        var feed = TestHTTPServer.Route.ok(Self.rss(title: "The Coast Times", items: [
            ("storm", "Harbour wall gives way", "The harbour wall gave way."),
            ("ferry", "Ferry cancelled", "The ferry is cancelled."),
        ]), type: "application/rss+xml")
        feed.delay = 1.5   // long enough for the keys typed meanwhile
        server.route("/coast.xml", feed)
        server.route("/gone.xml", TestHTTPServer.Route(status: 404, delay: 1.5))
        let library = try Library(path: db)
        try library.addFeed(url: server.url("/coast.xml"))
        try library.addFeed(url: server.url("/gone.xml"), title: "Gone Gazette")
        let article = try tmp.write("rain.txt", ReaderLoopTests.rain)

        let terminal = MemoryTerminal(width: 80, height: 8, script: [.idle] + MemoryTerminal.Step.keys("Rj")
            + [.idle] + MemoryTerminal.Step.keys("F") + [.idle, .key(.enter), .idle, .key(.enter), .idle])
        let session = LibrarySession(paths: [article], environment: ["BYLINE_LIBRARY": db])
        let outcome = run(terminal, paths: [article], library: session)
        #expect(outcome.status == 0)
        // While the feeds were fetched, j scrolled the article: reading was not blocked.
        let during = terminal.frames.first { $0.lines()[7].contains("updating feeds 0/2") && $0.lines()[7].contains("L2/") }
        #expect(during != nil, "no frame scrolled during the update")
        // The summary, then the feeds with their counts; the failed one marked and its
        // error named when selected; enter: the feed's items, newest first.
        let summary = terminal.frames.last { $0.lines()[7].contains("2 feeds:") }
        #expect(summary?.lines()[7].hasPrefix(" 2 feeds: 2 new items, 0 updated, 1 failed; F shows the errors ") == true)
        let feeds = try #require(terminal.frames.last { $0.lines()[0].contains("Feeds") })
        assertWholeScreen(feeds, lines: [
            "▶ Feeds 1/2 · 2 unread ───────│  Article 1/3 ───────────────────────────────────",
            "   2/2 The Coast Times        │",
            " ! 0/0 Gone Gazette           │ 2024-11-18",
            "                              │",
            "                              │ Rain fell on Tokyo on Monday.",
            "                              │",
            "                              │ “It will stop soon,” said Kenji Sato, a",
            " 2 feeds, 1 failed: enter lists a feed's items, R updates th… L2/10 70%  ? help",
        ])
        let items = try #require(terminal.frames.first { $0.lines()[0].contains("The Coast Times 1/2") })
        assertWholeScreen(items, lines: [
            "▶ The Coast Times 1/2 · esc a…│  Article 1/3 ───────────────────────────────────",
            " N  Ferry cancelled           │",
            " N  Harbour wall gives way    │ 2024-11-18",
            "                              │",
            "                              │ Rain fell on Tokyo on Monday.",
            "                              │",
            "                              │ “It will stop soon,” said Kenji Sato, a",
            " The Coast Times: 2 items                                     L2/10 70%  ? help",
        ])
        // enter: the newest item, read from its file in the library (the reader fetches nothing to open it).
        assertWholeScreen(terminal.frames.last!, lines: [
            "  The Coast Times 1/2 · esc a…│▶ Article 2/3 ───────────────────────────────────",
            "•   Ferry cancelled           │ Ferry cancelled",
            " N  Harbour wall gives way    │",
            "                              │ 2026-12-02 · The Coast Times",
            "                              │",
            "                              │ The ferry is cancelled. Paragraph 1 of the",
            "                              │ report, long enough to be the full article.",
            " Ferry cancelled                                              L1/27 22%  ? help",
        ])
        #expect(server.requests().count == 2)   // the two feeds, once each
        // The items were stored in the library: read offline.
        #expect(try Library(path: db).feeds().map(\.items) == [2, 0])
        #expect(try Library(path: db).feeds()[1].lastError?.contains("404") == true)
    }

    @Test("with no library (history off), R says why feeds cannot be updated")
    func noLibrary() throws {
        let tmp = try TempFolder()
        let article = try tmp.write("rain.txt", ReaderLoopTests.rain)
        let terminal = MemoryTerminal(width: 80, height: 6, script: [.idle] + MemoryTerminal.Step.keys("R") + [.idle])
        _ = run(terminal, paths: [article], library: LibrarySession(paths: [article], environment: [:], history: false))
        assertWholeScreen(terminal.frames.last!, lines: [
            " Rain in Tokyo",
            "",
            " 2024-11-18",
            "",
            " Rain fell on Tokyo on Monday.",
            " No feed updates: history is off, so there is no library       L1/9 55%  ? help",
        ])
    }

    @Test("a feed file inside a folder opens as one article per item, beside the folder's other articles")
    func feedFileInFolder() throws {
        let tmp = try TempFolder()
        _ = try tmp.write("news/rain.txt", ReaderLoopTests.rain)
        _ = try tmp.write("news/coast.rss", Self.rss(title: "The Coast Times", items: [
            ("storm", "Harbour wall gives way", "The harbour wall gave way."),
            ("ferry", "Ferry cancelled", "The ferry is cancelled."),
        ]))
        let terminal = MemoryTerminal(width: 150, height: 6, script: [.idle])
        let outcome = run(terminal, paths: [tmp.path + "/news"],
                          library: LibrarySession(paths: [], environment: [:], history: false))
        #expect(outcome == ReaderLoop.Outcome(status: 0, problems: []))
        assertWholeScreen(terminal.frames.last!, lines: [
            "  Articles 1/3 · 2 unread ───────────│▶ Article 1/3 ────────────────────────────────────────────────────│  [Quotes 0] Entities 0 ─────────────────────",
            "•   Harbour wall gives way           │ Harbour wall gives way                                           │ (no quotations found)",
            " N  Ferry cancelled                  │                                                                  │",
            " N  Rain in Tokyo                    │ 2026-12-01 · The Coast Times                                     │",
            "                                     │                                                                  │",
            " Harbour wall gives way                                                                                                             L1/27 14%  ? help",
        ])
    }

    @Test("in a folder the library lists from its index (over 200 articles), a feed file still opens as one article per item")
    func feedFileInLargeIndexedFolder() throws {
        _ = Self.formats
        let tmp = try TempFolder()
        for n in 1...ReaderLoop.listFromLibraryAbove {
            try tmp.write("news/" + String(format: "%03d", n) + ".txt", " date 2024-11-18 Note \(n)\n\nA short note.\n")
        }
        try tmp.write("news/coast.rss", Self.rss(title: "The Coast Times", items: [
            ("storm", "Harbour wall gives way", "The harbour wall gave way."),
            ("ferry", "Ferry cancelled", "The ferry is cancelled."),
        ]))
        let db = tmp.path + "/library.sqlite"
        let indexed = try Library(path: db).index(paths: [tmp.path + "/news"], analyze: { AnalyzedArticle(article: $0) })
        #expect(indexed.failures.isEmpty)
        // The list's last rows (shift-tab: the list; G: its end): the feed's two items, not the feed as one article.
        let terminal = MemoryTerminal(width: 150, height: 6, script: [.idle, .key(.backTab), .key(.character("G")), .idle])
        let session = LibrarySession(paths: [tmp.path + "/news"], environment: ["BYLINE_LIBRARY": db])
        _ = run(terminal, paths: [tmp.path + "/news"], library: session)
        assertWholeScreen(terminal.frames.last!, lines: [
            "▶ Articles 202/202 · 201 unread ─────│  Article 1/202 ──────────────────────────────────────────────────│  [Quotes 0] Entities 0 ─────────────────────",
            " N  Note 199                         │ Note 1                                                           │ (no quotations found)",
            " N  Note 200                         │                                                                  │",
            " N  Harbour wall gives way           │ 2024-11-18                                                       │",
            " N  Ferry cancelled                  │                                                                  │",
            " Note 1                                                                                                                              L1/5 80%  ? help",
        ])
    }

    @Test("S finds an item of a feed file the library indexed (news/coast.rss#2), not open in the reader; enter reads it from the feed")
    func searchFindsAFeedItem() throws {
        _ = Self.formats
        let tmp = try TempFolder()
        let rain = try tmp.write("rain.txt", ReaderLoopTests.rain)
        try tmp.write("news/coast.rss", Self.rss(title: "The Coast Times", items: [
            ("storm", "Harbour wall gives way", "The harbour wall gave way."),
            ("ferry", "Ferry cancelled", "The ferry to Skerra is cancelled."),
        ]))
        let db = tmp.path + "/library.sqlite"
        let indexed = try Library(path: db).index(paths: [tmp.path + "/news"], analyze: { AnalyzedArticle(article: $0) })
        #expect(indexed.added == 2)
        let terminal = MemoryTerminal(width: 100, height: 8, script: [.idle] + MemoryTerminal.Step.keys("SSkerra")
            + [.key(.enter), .idle, .key(.enter), .idle])
        let outcome = run(terminal, paths: [rain], library: LibrarySession(paths: [rain], environment: ["BYLINE_LIBRARY": db]))
        #expect(outcome == ReaderLoop.Outcome(status: 0, problems: []))
        assertWholeScreen(terminal.frames.last!, lines: [
            "  Library search “Skerra” 1…│▶ Article 2/2 /skerra: 1/8 ─────────────│  [Quotes 0] Entities 0 ──────",
            "•   Ferry cancelled         │ Ferry cancelled                        │ (no quotations found)",
            "                            │                                        │",
            "                            │ 2026-12-02 · The Coast Times           │",
            "                            │                                        │",
            "                            │ The ferry to Skerra is cancelled.      │",
            "                            │ Paragraph 1 of the report, long enough │",
            " Match 1 of 8                                                                     L1/35 17%  ? help",
        ])
    }

    @Test("q while R runs: the update stops at once (a stalled feed's fetch ends, nothing of it stored), and standard error says what was done")
    func quittingStopsTheUpdate() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/lib/library.sqlite"
        let server = try TestHTTPServer()
        defer { server.stop() }
        for name in ["a", "b"] {
            server.route("/\(name).xml", .ok(Self.rss(title: "Feed \(name.uppercased())", items: [
                ("\(name)1", "Item \(name) one", "Text of \(name) one."), ("\(name)2", "Item \(name) two", "Text of \(name) two."),
            ]), type: "application/rss+xml"))
        }
        server.route("/stalled.xml", TestHTTPServer.Route(stall: true))
        let library = try Library(path: db)
        for name in ["a", "stalled", "b"] { try library.addFeed(url: server.url("/\(name).xml")) }
        let article = try tmp.write("rain.txt", ReaderLoopTests.rain)

        let terminal = MemoryTerminal(width: 80, height: 6, script: [.idle, .key(.character("R")), .until("updating feeds 2/3"),
                                                                      .key(.character("q"))])
        let started = Date()
        // The stalled feed would take the read timeout (60 s) to fail.
        let outcome = run(terminal, paths: [article], library: LibrarySession(paths: [article], environment: ["BYLINE_LIBRARY": db]),
                          readTimeout: 60)
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 20, "quitting waited \(seconds) s")
        #expect(outcome == ReaderLoop.Outcome(status: 0, problems: ["feed update stopped: 2 of 3 feeds updated"]))
        #expect(terminal.frames.last!.lines()[5].hasPrefix(" Stopping the feed update…"))
        // The two answered feeds are stored; the stalled one is as it was: no item, no
        // error recorded against it, never checked (the next update fetches it whole).
        let feeds = try Library(path: db).feeds()
        #expect(feeds.map(\.items) == [2, 0, 2])
        #expect(feeds[1].lastError == nil && feeds[1].checkedAt == nil && feeds[1].etag == nil)
        #expect(server.requests("/stalled.xml").count == 1)
    }

    @Test("a cancelled update stops between feeds: with one feed at a time, the feeds after the cancel are not fetched")
    func cancelledBetweenFeeds() throws {
        let tmp = try TempFolder()
        let server = try TestHTTPServer()
        defer { server.stop() }
        for name in ["a", "b", "c"] {
            server.route("/\(name).xml", .ok(Self.rss(title: "Feed \(name)", items: [("\(name)1", "Item \(name)", "Text \(name).")]),
                                             type: "application/rss+xml"))
        }
        let library = try Library(path: tmp.path + "/library.sqlite")
        for name in ["a", "b", "c"] { try library.addFeed(url: server.url("/\(name).xml")) }
        let fetcher = WebFetcher()
        defer { fetcher.shutdown() }
        let stop = FetchCancellation()
        var updater = FeedUpdater(library: library, fetcher: fetcher)
        updater.parallel = 1
        updater.cancellation = stop
        updater.progress = { _, _, _ in stop.cancel() }
        let outcomes = updater.run(try library.feeds())
        #expect(outcomes == [.stored(added: 1, updated: 0, unchanged: 0, problems: []), .stopped, .stopped])
        #expect(server.requests().count == 1)
        #expect(try library.feeds().map(\.items) == [1, 0, 0])
        #expect(try library.feeds().map(\.lastError) == [nil, nil, nil])
        #expect(FeedUpdater.summary(of: outcomes) == "3 feeds: 1 new item, 0 updated, 2 stopped")
    }
}
