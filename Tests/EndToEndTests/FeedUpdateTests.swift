import BylineStore
import BylineTestSupport
import Foundation
import GRDB
import Testing

/// `byline feeds` and `byline update` against a server inside the test (127.0.0.1, port
/// 0): subscribe, update, read offline, update again, failures, kill -9.
@Suite("Feeds: subscribe, update, read offline", .serialized)
struct FeedUpdateTests {
    let byline = BylineBinary.path

    static let longParagraphs = (1...10).map {
        "<p>Paragraph \($0): the harbour wall at Porthaven gave way under the storm surge, and the lifeboat crew worked through the night.</p>"
    }.joined()

    /// An RSS feed: one item with its full text, two with a summary only.
    static func rss(title: String = "The Coast Times", items: [(id: String, title: String, html: String)]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>\(title)</title><link>http://127.0.0.1/</link>\n"
        for item in items {
            out += "<item><title>\(item.title)</title><guid isPermaLink=\"false\">\(item.id)</guid><link>LINK/\(item.id)</link>"
            out += "<pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate><description><![CDATA[\(item.html)]]></description></item>\n"
        }
        return out + "</channel></rss>\n"
    }

    static func page(_ title: String, _ word: String) -> String {
        "<!DOCTYPE html><html><head><title>\(title)</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>\(title)</h1>"
            + "<p>The full article says \(word) in its second sentence. " + String(repeating: "More reporting from the coast follows here. ", count: 20) + "</p>"
            + "<p>A second paragraph of the full article, long enough to be kept by any reader mode that scores paragraphs.</p></article></body></html>"
    }

    /// A server with the feed at /feed.xml and the pages its summaries link to.
    static func coastServer() throws -> TestHTTPServer {
        let server = try TestHTTPServer()
        let feed = rss(items: [
            ("storm", "Harbour wall gives way", longParagraphs),
            ("ferry", "Ferry cancelled", "<p>The ferry is cancelled.</p>"),
            ("school", "School reopens", "<p>The school reopens on Monday…</p>"),
        ]).replacingOccurrences(of: "LINK", with: server.url("/news"))
        server.route("/feed.xml", .ok(feed, type: "application/rss+xml", etag: "\"v1\""))
        server.route("/news/ferry", .ok(page("Ferry cancelled", "zeppelin")))
        server.route("/news/school", .ok(page("School reopens", "xylophone")))
        return server
    }

    func run(_ arguments: [String], _ db: String) throws -> ProcessRunner.Result {
        try ProcessRunner.run(byline, arguments + ["--library", db])
    }

    @Test("byline update goes through http_proxy (a proxy the test starts on 127.0.0.1), and straight to the hosts no_proxy names")
    func updateThroughAProxy() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/lib/library.sqlite"
        let server = try Self.coastServer()
        defer { server.stop() }
        let proxy = try TestProxy(targets: ["coast.example:80": server.port])
        defer { proxy.stop() }
        #expect(try run(["feeds", "add", "http://coast.example/feed.xml"], db).status == 0)
        let update = try ProcessRunner.run(byline, ["update", "--library", db], environment: [
            "http_proxy": "http://127.0.0.1:\(proxy.port)", "no_proxy": "localhost,127.0.0.1",
        ])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("The Coast Times: 3 new, 0 updated"), "\(update.stdout)")
        // The feed through the proxy; the summaries' pages (on 127.0.0.1) straight.
        #expect(proxy.requests.map(\.line) == ["CONNECT coast.example:80 HTTP/1.1"])
        #expect(server.requests("/feed.xml").first?.headers["host"] == "coast.example")
        #expect(server.requests("/news/ferry").count == 1 && server.requests("/news/school").count == 1)
        // A proxy that is not there: the feed fails, named with the proxy, and keeps its items.
        let gone = try ProcessRunner.run(byline, ["update", "--library", db], environment: ["http_proxy": "http://127.0.0.1:1"])
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("http://coast.example/feed.xml: cannot connect to the proxy http 127.0.0.1:1: connection refused"), "\(gone.stderr)")
        #expect(try run(["feeds", "list"], db).stdout.contains("3 items"))
    }

    @Test func subscribeUpdateReadOfflineAndUpdateAgain() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/lib/library.sqlite"
        let server = try Self.coastServer()
        let url = server.url("/feed.xml")
        let add = try run(["feeds", "add", url], db)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("subscribed to \(url)"))

        let update = try run(["update"], db)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("The Coast Times: 3 new, 0 updated"))
        #expect(update.stdout.contains("1 feed: 3 new items, 0 updated"))
        // The two summaries' pages were fetched once each; the full item's was not.
        #expect(server.requests("/news/ferry").count == 1)
        #expect(server.requests("/news/school").count == 1)
        #expect(server.requests("/news/storm").isEmpty)

        let list = try run(["feeds", "list"], db)
        #expect(list.stdout.contains("1. The Coast Times  \(url)"))
        #expect(list.stdout.contains("3 items, 3 unread; updated 20"))
        #expect(!list.stdout.contains("last error"))

        // Offline: the server is gone, the articles are in the library.
        server.stop()
        let found = try run(["search", "zeppelin"], db)
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("Ferry cancelled"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: tmp.path + "/lib/library-web").filter { $0.hasSuffix(".html") }
        #expect(files.count == 3)
        let dumps = try files.map { try ProcessRunner.run(byline, ["dump", tmp.path + "/lib/library-web/" + $0]).stdout }
        #expect(dumps.contains { $0.contains("The full article says xylophone") })
        #expect(dumps.contains { $0.hasPrefix("Harbour wall gives way\n") && $0.contains("Paragraph 10: the harbour wall") })
    }

    @Test func anUnchangedFeedCostsOneConditionalRequest() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/library.sqlite"
        let server = try Self.coastServer()
        _ = try run(["feeds", "add", server.url("/feed.xml")], db)
        _ = try run(["update"], db)
        let before = server.requests().count
        let again = try run(["update"], db)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("1 feed: 0 new items, 0 updated, 1 not modified"))
        let after = server.requests()
        #expect(after.count == before + 1)   // the feed only: no page fetched again
        #expect(after.last?.path == "/feed.xml")
        #expect(after.last?.headers["if-none-match"] == "\"v1\"")
    }

    @Test func aChangedItemIsUpdatedAndSeenItemsAreNotAddedTwice() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/library.sqlite"
        let server = try Self.coastServer()
        _ = try run(["feeds", "add", server.url("/feed.xml")], db)
        _ = try run(["update"], db)
        // No validators now (a server that sends none): the whole feed comes again, one
        // item changed, one new.
        let feed = Self.rss(items: [
            ("storm", "Harbour wall gives way", Self.longParagraphs.replacingOccurrences(of: "lifeboat", with: "coastguard")),
            ("ferry", "Ferry cancelled", "<p>The ferry is cancelled.</p>"),
            ("school", "School reopens", "<p>The school reopens on Monday…</p>"),
            ("bridge", "Bridge closed", Self.longParagraphs.replacingOccurrences(of: "harbour wall", with: "old bridge")
                .replacingOccurrences(of: "lifeboat", with: "road")),
        ]).replacingOccurrences(of: "LINK", with: server.url("/news"))
        server.route("/feed.xml", .ok(feed, type: "application/rss+xml"))
        let update = try run(["update"], db)
        #expect(update.stdout.contains("The Coast Times: 1 new, 1 updated"), "\(update.stdout)")
        #expect(server.requests("/news/ferry").count == 1)   // unchanged summaries: not fetched again
        let list = try run(["feeds", "list"], db)
        #expect(list.stdout.contains("4 items, 4 unread"))
        let library = try Library(path: db, options: Library.Options(readOnly: true))
        #expect(try library.count() == 4)
        #expect(try library.search("coastguard").count == 1)
        #expect(try library.search("lifeboat").isEmpty)
    }

    @Test func aFailingFeedKeepsItsItemsAndShowsItsError() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/library.sqlite"
        let server = try Self.coastServer()
        _ = try run(["feeds", "add", server.url("/feed.xml")], db)
        _ = try run(["feeds", "add", server.url("/missing.xml")], db)
        let first = try run(["update"], db)
        #expect(first.status == 1)
        #expect(first.stderr.contains("byline: \(server.url("/missing.xml")): HTTP 404 (not found)"))
        server.route("/feed.xml", TestHTTPServer.Route(status: 500))
        let second = try run(["update"], db)
        #expect(second.status == 1)
        #expect(second.stderr.contains("HTTP 500 (server error)"))
        let list = try run(["feeds", "list"], db)
        #expect(list.stdout.contains("3 items, 3 unread"))
        #expect(list.stdout.contains("last error: \(server.url("/feed.xml")): HTTP 500 (server error)"))
        #expect(list.stdout.contains("last error: \(server.url("/missing.xml")): HTTP 404 (not found)"))
        #expect(try run(["search", "zeppelin"], db).status == 0)
    }

    @Test func importExportAndRemove() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/library.sqlite"
        let urls = try tmp.write("urls", "# newsboat\nhttp://127.0.0.1:9/a.xml \"news\" \"~Alpha\"\nhttp://127.0.0.1:9/b.xml\nnot-a-url\n")
        let imported = try run(["feeds", "import", urls], db)
        #expect(imported.status == 1)   // one line left out, said
        #expect(imported.stdout.contains("2 feeds added"))
        #expect(imported.stderr.contains("urls:4: not an http(s) address: not-a-url"))
        let export = try run(["feeds", "export"], db)
        #expect(export.stdout.contains("xmlUrl=\"http://127.0.0.1:9/a.xml\""))
        #expect(export.stdout.contains("title=\"Alpha\""))
        let opml = try tmp.write("feeds.opml", export.stdout)
        let db2 = tmp.path + "/second.sqlite"
        #expect(try run(["feeds", "import", opml], db2).stdout.contains("2 feeds added"))
        let removed = try run(["feeds", "remove", "1"], db2)
        #expect(removed.status == 0)
        #expect(try run(["feeds", "list"], db2).stdout.contains("1. Alpha") == false)
        #expect(try run(["feeds", "remove", "http://127.0.0.1:9/nope"], db2).status == 1)
    }

    @Test func openingAnAddressReadsThePageOrEachItemOfTheFeed() throws {
        let tmp = try TempFolder()
        let server = try Self.coastServer()
        let env = ["BYLINE_LIBRARY": tmp.path + "/library.sqlite"]
        let page = try ProcessRunner.run(byline, ["dump", server.url("/news/ferry")], environment: env)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.hasPrefix("Ferry cancelled\n"))
        #expect(page.stdout.contains("zeppelin"))
        let feed = try ProcessRunner.run(byline, [server.url("/feed.xml")], environment: env)   // stdout not a terminal: as dump
        #expect(feed.status == 0, "\(feed.stderr)")
        for title in ["Harbour wall gives way\n", "Ferry cancelled\n", "School reopens\n"] { #expect(feed.stdout.contains(title)) }
        let gone = try ProcessRunner.run(byline, ["dump", server.url("/nothing")], environment: env)
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("HTTP 404 (not found)"))
    }

    /// kill -9 while one feed's pages stall: the feeds already done keep their items,
    /// the library is sound, and the next update completes without duplicates.
    @Test func killedInTheMiddleOfAnUpdateLosesNothing() throws {
        let tmp = try TempFolder()
        let db = tmp.path + "/library.sqlite"
        let server = try Self.coastServer()
        for name in ["a", "b", "c"] {
            let feed = Self.rss(title: "Feed \(name.uppercased())", items: (1...3).map { ("\(name)\($0)", "Item \(name)\($0)", name == "c" ? "<p>Short.</p>" : Self.longParagraphs) })
                .replacingOccurrences(of: "LINK", with: server.url("/slow"))
            server.route("/\(name).xml", .ok(feed, type: "application/rss+xml", etag: "\"\(name)\""))
            _ = try run(["feeds", "add", server.url("/\(name).xml")], db)
        }
        for i in 1...3 { server.route("/slow/c\(i)", TestHTTPServer.Route(stall: true)) }   // feed C's pages never come
        let update = try BackgroundProcess(byline, ["update", "--library", db, "--timeout", "120"])
        // Wait until feeds A and B are stored (feed C is still waiting for its pages).
        let deadline = Date().addingTimeInterval(60)
        var stored = 0
        while Date() < deadline {
            stored = (try? Self.itemCount(db)) ?? 0
            if stored >= 6 { break }
            usleep(50_000)
        }
        #expect(stored == 6)
        update.kill(SIGKILL)
        #expect(update.wait() == 128 + SIGKILL)

        let queue = try DatabaseQueue(path: db)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") } == 6)
        let orphans = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM feed_item WHERE path NOT IN (SELECT path FROM article)") }
        #expect(orphans == 0)

        for i in 1...3 { server.route("/slow/c\(i)", .ok(Self.page("Item c\(i)", "quokka\(i)"))) }
        let again = try run(["update"], db)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Feed C: 3 new, 0 updated"))
        #expect(again.stdout.contains("3 new items, 0 updated, 2 not modified"))
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") } == 9)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM feed_item") } == 9)
    }

    static func itemCount(_ db: String) throws -> Int {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: db, configuration: config)
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM feed_item") } ?? 0
    }
}

/// A feed file opened in the reader: each item an article of the list.
@Suite("A feed file in the reader", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct FeedFileReaderTests {
    @Test func eachItemOfAFeedFileIsAnArticle() throws {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmp = try TempFolder()
        let feed = FeedUpdateTests.rss(items: [
            ("storm", "Harbour wall gives way", FeedUpdateTests.longParagraphs),
            ("ferry", "Ferry cancelled", "<p>The ferry is cancelled until the wind drops.</p>"),
            ("school", "School reopens", "<p>The school reopens on Monday.</p>"),
        ]).replacingOccurrences(of: "LINK", with: "https://coast.example/news")
        let path = try tmp.write("coast.rss", feed)
        let tmux = try TmuxSession(command: [BylineBinary.path, path], width: 120, height: 30,
                                   environment: ["BYLINE_LIBRARY": tmp.path + "/library.sqlite"])
        defer { tmux.close() }
        let list = tmux.waitFor { $0.contains("Article 1/3") }
        #expect(list.ok, "the feed's three items are not three articles:\n\(list.screen)")
        tmux.send("J")
        #expect(tmux.waitFor { $0.contains("The ferry is cancelled until the wind drops.") }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
