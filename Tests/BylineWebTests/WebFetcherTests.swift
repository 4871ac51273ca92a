import BylineKit
import BylineTestSupport
import BylineWeb
import Foundation
import Testing

/// The fetcher against a server inside the test (127.0.0.1, port 0): nothing else is
/// ever reached.
@Suite("Fetching pages and feeds over HTTP")
struct WebFetcherTests {
    static func fetcher(read: Double = 5, total: Double = 30, maximumBytes: Int = 16 * 1024 * 1024) -> WebFetcher {
        var options = WebFetcher.Options()
        options.readTimeout = read
        options.connectTimeout = 5
        options.totalTimeout = total
        options.maximumBytes = maximumBytes
        options.userAgent = "Byline/test (terminal news reader)"
        return WebFetcher(options: options)
    }

    static func problem(_ body: () throws -> FetchResponse) -> FetchError.Problem? {
        do { _ = try body(); return nil } catch let error as FetchError { return error.problem } catch { return nil }
    }

    @Test func aPageComesBackWithItsTypeCharsetAndValidators() throws {
        let server = try TestHTTPServer()
        server.route("/page", .ok("<p>hello</p>", type: "text/html; charset=ISO-8859-1", etag: "\"v1\""))
        let fetcher = Self.fetcher()
        let page = try fetcher.fetch(server.url("/page"))
        #expect(page.status == 200)
        #expect(String(decoding: page.body, as: UTF8.self) == "<p>hello</p>")
        #expect(page.mediaType == "text/html")
        #expect(page.charset == "ISO-8859-1")
        #expect(page.etag == "\"v1\"")
        let request = try #require(server.requests("/page").first)
        #expect(request.headers["user-agent"]?.contains("Byline") == true)
        #expect(request.headers["accept-encoding"]?.contains("gzip") == true)
        #expect(request.headers["cookie"] == nil)
    }

    @Test func aConditionalRequestGetsNotModified() throws {
        let server = try TestHTTPServer()
        server.route("/feed", .ok("<rss/>", type: "application/rss+xml", etag: "\"abc\""))
        let fetcher = Self.fetcher()
        let again = try fetcher.fetch(server.url("/feed"), etag: "\"abc\"", lastModified: "Mon, 07 Dec 2026 10:00:00 GMT")
        #expect(again.notModified)
        #expect(again.body.isEmpty)
        let sent = server.requests("/feed")[0].headers
        #expect(sent["if-none-match"] == "\"abc\"")
        #expect(sent["if-modified-since"] == "Mon, 07 Dec 2026 10:00:00 GMT")
        #expect(try fetcher.fetch(server.url("/feed"), etag: "\"old\"").status == 200)
    }

    @Test func redirectsAreFollowedAndTheFinalAddressKept() throws {
        let server = try TestHTTPServer()
        server.route("/old", .redirect("/middle", status: 301))
        server.route("/middle", .redirect(server.url("/new")))
        server.route("/new", .ok("<p>moved</p>"))
        let page = try Self.fetcher().fetch(server.url("/old"))
        #expect(page.url == server.url("/new"))
        #expect(String(decoding: page.body, as: UTF8.self) == "<p>moved</p>")
    }

    @Test func aRedirectLoopAndTooManyRedirectsFail() throws {
        let server = try TestHTTPServer()
        server.route("/a", .redirect("/b"))
        server.route("/b", .redirect("/a"))
        for i in 0..<8 { server.route("/r\(i)", .redirect("/r\(i + 1)")) }
        server.route("/r8", .ok("end"))
        let fetcher = Self.fetcher()
        #expect(Self.problem { try fetcher.fetch(server.url("/a")) } == .redirectLoop)
        #expect(Self.problem { try fetcher.fetch(server.url("/r0")) } == .tooManyRedirects(5))
        #expect(server.requests().count < 12)   // it stopped: no endless loop
        let message = FetchError(url: server.url("/a"), problem: .redirectLoop).description
        #expect(message.hasPrefix(server.url("/a") + ": redirect loop"))
    }

    @Test func errorStatusesFailWithTheirMeaning() throws {
        let server = try TestHTTPServer()
        server.route("/gone", TestHTTPServer.Route(status: 404, body: Data("no".utf8)))
        server.route("/broken", TestHTTPServer.Route(status: 500, body: Data("oops".utf8)))
        let fetcher = Self.fetcher()
        do {
            _ = try fetcher.fetch(server.url("/gone"))
            Issue.record("a 404 was accepted")
        } catch {
            #expect(error.problem == .status(404))
            #expect(error.description == server.url("/gone") + ": HTTP 404 (not found)")
        }
        #expect(Self.problem { try fetcher.fetch(server.url("/broken")) } == .status(500))
    }

    @Test func aStalledServerTimesOutAndASlowOneIsWaitedFor() throws {
        let server = try TestHTTPServer()
        server.route("/stalled", TestHTTPServer.Route(stall: true))
        server.route("/slow", TestHTTPServer.Route(headers: [("Content-Type", "text/html")], body: Data("<p>late</p>".utf8), delay: 0.4))
        let fetcher = Self.fetcher(read: 1)
        let started = Date()
        #expect(Self.problem { try fetcher.fetch(server.url("/stalled")) } == .readTimeout(seconds: 1))
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try fetcher.fetch(server.url("/slow")).body == Data("<p>late</p>".utf8))
    }

    @Test func aTricklingBodyIsCutAtTheDeadline() throws {
        let server = try TestHTTPServer()
        var route = TestHTTPServer.Route.ok(String(repeating: "x", count: 10_000))
        route.trickle = (afterBytes: 10, bytesPerSecond: 20)   // a byte every 50 ms: 8 minutes
        server.route("/trickle", route)
        let started = Date()
        let problem = Self.problem { try Self.fetcher(read: 5, total: 1.5).fetch(server.url("/trickle")) }
        #expect(problem == .connection("took longer than 1 s; stopped"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func gzipIsDecompressed() throws {
        let server = try TestHTTPServer()
        let text = String(repeating: "<p>Compressed paragraph.</p>\n", count: 200)
        var route = TestHTTPServer.Route.ok(text)
        route.gzip = true
        server.route("/gz", route)
        let page = try Self.fetcher().fetch(server.url("/gz"))
        #expect(String(decoding: page.body, as: UTF8.self) == text)
    }

    @Test func aBodyOverTheCapStopsWithAClearMessage() throws {
        let server = try TestHTTPServer()
        let big = Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
        server.route("/big", .ok(big, type: "text/html"))
        var gzipped = TestHTTPServer.Route.ok(Data(repeating: UInt8(ascii: "b"), count: 3 * 1024 * 1024), type: "text/html")
        gzipped.gzip = true
        server.route("/bomb", gzipped)
        let fetcher = Self.fetcher(maximumBytes: 2 * 1024 * 1024)
        let started = Date()
        do {
            _ = try fetcher.fetch(server.url("/big"))
            Issue.record("a 50 MB body was read")
        } catch {
            #expect(error.problem == .tooLarge(limit: 2 * 1024 * 1024))
            #expect(error.description.hasSuffix("larger than 2 MB; stopped reading there"))
        }
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(Self.problem { try fetcher.fetch(server.url("/bomb")) } == .tooLarge(limit: 2 * 1024 * 1024))
    }

    @Test func aRefusedConnectionAndABadAddressAreSaid() throws {
        let server = try TestHTTPServer()
        let url = server.url("/x")
        server.stop()
        let problem = Self.problem { try Self.fetcher().fetch(url) }
        guard case .connection(let why)? = problem else { Issue.record("\(String(describing: problem))"); return }
        #expect(why.lowercased().contains("refused"), "\(why)")
        #expect(Self.problem { try Self.fetcher().fetch("ftp://127.0.0.1/x") } == .invalidURL)
        #expect(Self.problem { try Self.fetcher().fetch("news/feed.xml") } == .invalidURL)
    }

    /// The header's character set reaches the page's and the feed's decoding.
    @Test func theHeaderCharsetIsUsedAndAWrongOneCorrected() throws {
        let server = try TestHTTPServer()
        // Windows-1252 bytes (“quoted” café), labelled only by the header.
        let latin: [UInt8] = Array("<html><head><title>Caf".utf8) + [0xE9] + Array("</title></head><body><article><p>".utf8)
            + [0x93] + Array("Quoted,".utf8) + [0x94] + Array(" said the owner of the caf".utf8) + [0xE9]
            + Array(" on the corner, who has served coffee there for thirty years and knows everyone.</p></article></body></html>".utf8)
        server.route("/latin", .ok(Data(latin), type: "text/html; charset=iso-8859-1"))
        // UTF-8 bytes under a header that says ISO-8859-1: read as UTF-8.
        server.route("/lying", .ok(String(decoding: latin, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "é"),
                                   type: "text/html; charset=iso-8859-1"))
        // No charset at all, Windows-1252 bytes: read as Windows-1252.
        server.route("/none", .ok(Data(latin), type: "text/html"))
        let fetcher = Self.fetcher()
        for path in ["/latin", "/lying", "/none"] {
            let page = try fetcher.fetch(server.url(path))
            let article = try HTMLExtractor.extract(data: page.body, path: path, charset: page.charset, url: page.url).article
            #expect(article.title == "Café", "\(path)")
            #expect(article.blocks.contains { $0.text.contains("café on the corner") }, "\(path)")
        }
        // A feed whose declaration says UTF-8 but whose header (rightly) says Windows-1252.
        let feed: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf".utf8) + [0xE9]
            + Array(" news</title><item><title>Men".utf8) + [0xFC] + Array("</title><link>http://127.0.0.1/m</link></item></channel></rss>".utf8)
        server.route("/feed", .ok(Data(feed), type: "application/rss+xml; charset=windows-1252"))
        let response = try fetcher.fetch(server.url("/feed"))
        let parsed = try FeedParser.parse(data: response.body, path: "feed", charset: response.charset)
        #expect(parsed.title == "Café news")
        #expect(parsed.items.first?.title == "Menü")
    }
}

/// feedparser's suite files that come with an HTTP header, served with it: the header's
/// character set reaches the parser, and every file feedparser reads without a problem
/// (`not bozo`) parses here without one.
@Suite("feedparser's HTTP-header feeds, fetched")
struct FeedHeaderTests {
    struct Expectation: Decodable { let file: String; let expect: String; let header: String }
    static let expectations: [Expectation] = {
        let url = URL(fileURLWithPath: Fixtures.path("web/feeds/feedparser/expectations.json"))
        let all = (try? JSONDecoder().decode([Expectation].self, from: Data(contentsOf: url))) ?? []
        return all.filter { $0.header.lowercased().hasPrefix("content-type:") }
    }()

    @Test func theSuiteHasHeaderFiles() { #expect(Self.expectations.count > 30) }

    @Test func wellFormedFilesParseWithTheirHeader() throws {
        let server = try TestHTTPServer()
        let fetcher = WebFetcherTests.fetcher()
        var checked = 0
        for e in Self.expectations {
            let body = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("web/feeds/feedparser/" + e.file)))
            let type = String(e.header.dropFirst("content-type:".count)).trimmingCharacters(in: .whitespaces)
            server.route("/" + e.file, .ok(body, type: type))
            let response = try fetcher.fetch(server.url("/" + e.file))
            #expect(response.body == body)
            guard e.expect.hasPrefix("not bozo") else {
                _ = try? FeedParser.parse(data: response.body, path: e.file, charset: response.charset)   // no crash
                continue
            }
            let feed = try FeedParser.parse(data: response.body, path: e.file, charset: response.charset)
            #expect(feed.problem == nil, "\(e.file) (\(type)): \(feed.problem ?? "")")
            checked += 1
        }
        #expect(checked > 20)
    }
}
