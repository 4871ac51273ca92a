import BylineKit
import BylineTestSupport
import BylineWeb
import Foundation
import Testing

/// Proxies named by the environment, read as curl reads them, and fetches through a
/// small proxy the test starts on 127.0.0.1 (``TestProxy``), whose tunnels lead only to
/// the test's own server: nothing beyond 127.0.0.1 is ever reached, and the made-up
/// host names are never looked up (the proxy is asked for them).
@Suite("Proxies: http_proxy, https_proxy, no_proxy")
struct ProxyTests {
    static func proxy(_ host: String, _ port: Int, user: String? = nil, password: String? = nil,
                      kind: ProxySettings.Proxy.Kind = .http) -> ProxySettings.Route {
        .proxy(ProxySettings.Proxy(kind: kind, host: host, port: port, user: user, password: password))
    }

    @Test("the variables: lower case first, then capitals; all_proxy for both; curl's default port 1080; unusable values said")
    func variables() {
        let env = ProxySettings(environment: ["http_proxy": "http://proxy.lan:3128", "HTTP_PROXY": "http://other:1",
                                              "HTTPS_PROXY": "secure.lan"])
        #expect(env.http == Self.proxy("proxy.lan", 3128))
        #expect(env.https == Self.proxy("secure.lan", 1080))
        #expect(ProxySettings(environment: ["HTTP_PROXY": "http://caps:8080"]).http == Self.proxy("caps", 8080))
        let all = ProxySettings(environment: ["ALL_PROXY": "socks5h://127.0.0.1:9050", "https_proxy": "http://s:1"])
        #expect(all.http == Self.proxy("127.0.0.1", 9050, kind: .socks5))
        #expect(all.https == Self.proxy("s", 1))
        #expect(ProxySettings(environment: ["http_proxy": "http://ann:p%40ss@proxy.lan:3128/"]).http
                == Self.proxy("proxy.lan", 3128, user: "ann", password: "p@ss"))
        #expect(ProxySettings(environment: ["http_proxy": "http://[::1]:3128"]).http == Self.proxy("::1", 3128))
        #expect(ProxySettings(environment: ["http_proxy": ""]).http == .direct)
        #expect(ProxySettings(environment: [:]) == ProxySettings())
        #expect(ProxySettings(environment: ["https_proxy": "https://proxy.lan:443"]).https
                == .unusable("https_proxy: https:// proxies are not supported (use an http:// or socks5:// proxy)"))
        #expect(ProxySettings(environment: ["http_proxy": "socks4://proxy.lan"]).http
                == .unusable("http_proxy: socks4:// proxies are not supported (use an http:// or socks5:// proxy)"))
        #expect(ProxySettings(environment: ["ALL_PROXY": "socks5://ann@proxy.lan"]).http
                == .unusable("ALL_PROXY: a SOCKS proxy with a user name is not supported"))
        // Never shown: the password.
        if case .proxy(let p) = ProxySettings(environment: ["http_proxy": "http://ann:secret@proxy.lan:3128"]).http {
            #expect("\(p)" == "http proxy.lan:3128")
        }
    }

    @Test("the route by scheme; no_proxy: *, names and the names under them, addresses, ranges, IPv6")
    func noProxy() {
        let p = ProxySettings(environment: ["http_proxy": "http://hp:1", "https_proxy": "http://sp:2",
                                            "no_proxy": "localhost, .internal.example,example.org ,10.0.0.0/8,192.168.1.7,[::1],fd00::/8"])
        #expect(p.route(for: "http://news.example/feed") == Self.proxy("hp", 1))
        #expect(p.route(for: "https://news.example/feed") == Self.proxy("sp", 2))
        for direct in ["http://localhost:8080/x", "https://example.org/", "https://www.example.org/feed", "http://EXAMPLE.ORG./",
                       "https://wiki.internal.example/", "https://internal.example/", "http://10.20.30.40/", "http://192.168.1.7:81/",
                       "http://[::1]:8080/", "http://[fd12::1]/"] {
            #expect(p.route(for: direct) == .direct, "\(direct)")
        }
        for proxied in ["https://notexample.org/", "https://example.org.evil.example/", "http://11.0.0.1/", "http://192.168.1.8/",
                        "http://[fe80::1]/", "https://localhost.example/"] {
            #expect(p.route(for: proxied) != .direct, "\(proxied)")
        }
        let star = ProxySettings(environment: ["https_proxy": "http://sp:2", "NO_PROXY": "*"])
        #expect(star.route(for: "https://anything.example/") == .direct)
        #expect(ProxySettings(environment: ["https_proxy": "http://sp:2"]).route(for: "http://plain.example/") == .direct)
    }

    static func fetcher(_ environment: [String: String], connect: Double = 5) -> WebFetcher {
        var options = WebFetcher.Options()
        options.readTimeout = 5
        options.connectTimeout = connect
        options.totalTimeout = 20
        options.proxies = ProxySettings(environment: environment)
        return WebFetcher(options: options)
    }

    static func problem(_ body: () throws -> FetchResponse) -> FetchError.Problem? {
        do { _ = try body(); return nil } catch let error as FetchError { return error.problem } catch { return nil }
    }

    @Test("http:// through http_proxy (a CONNECT tunnel), with its credentials; no_proxy goes direct")
    func httpThroughTheProxy() throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/news.xml", .ok("<rss version=\"2.0\"><channel><title>Coast</title></channel></rss>", type: "application/rss+xml"))
        let proxy = try TestProxy(targets: ["feeds.example:80": server.port])
        defer { proxy.stop() }
        let fetcher = Self.fetcher(["http_proxy": "http://ann:p%40ss@127.0.0.1:\(proxy.port)", "no_proxy": "127.0.0.1"])
        defer { fetcher.shutdown() }
        let feed = try fetcher.fetch("http://feeds.example/news.xml")
        #expect(String(decoding: feed.body, as: UTF8.self).contains("<title>Coast</title>"))
        #expect(proxy.requests.map(\.line) == ["CONNECT feeds.example:80 HTTP/1.1"])
        #expect(proxy.requests.first?.authorization == "Basic " + Data("ann:p@ss".utf8).base64EncodedString())
        #expect(server.requests("/news.xml").first?.headers["host"] == "feeds.example")
        // no_proxy: the server's own address is reached directly, the proxy never asked.
        _ = try fetcher.fetch(server.url("/news.xml"))
        #expect(proxy.requests.count == 1)
        #expect(server.requests("/news.xml").count == 2)
    }

    @Test("a redirect is followed its own way: from a host reached through the proxy to one no_proxy names, and back")
    func redirectsTakeTheirOwnRoute() throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/old", .redirect(server.url("/new"), status: 301))
        server.route("/new", .ok("<p>moved</p>"))
        server.route("/start", .redirect("http://feeds.example/new"))
        let proxy = try TestProxy(targets: ["feeds.example:80": server.port])
        defer { proxy.stop() }
        let fetcher = Self.fetcher(["http_proxy": "http://127.0.0.1:\(proxy.port)", "no_proxy": "127.0.0.1"])
        defer { fetcher.shutdown() }
        let moved = try fetcher.fetch("http://feeds.example/old")
        #expect(moved.url == server.url("/new"))
        #expect(String(decoding: moved.body, as: UTF8.self) == "<p>moved</p>")
        #expect(proxy.requests.map(\.line) == ["CONNECT feeds.example:80 HTTP/1.1"])
        #expect(server.requests("/new").first?.headers["host"] == "127.0.0.1:\(server.port)")
        let back = try fetcher.fetch(server.url("/start"))
        #expect(back.url == "http://feeds.example/new")
        // Through the proxy again: the tunnel opened for feeds.example is kept and reused.
        #expect(server.requests("/new").count == 2)
        #expect(server.requests("/new").last?.headers["host"] == "feeds.example")
        #expect(proxy.requests.map(\.line) == ["CONNECT feeds.example:80 HTTP/1.1"])
    }

    @Test("https:// goes through https_proxy; a target the proxy refuses, an unusable proxy and a proxy that is not there are said as such")
    func httpsAndProblems() throws {
        let proxy = try TestProxy(targets: [:])
        defer { proxy.stop() }
        // Refusals fail at once, not at the connect timeout (30 s here).
        let started = Date()
        let fetcher = Self.fetcher(["https_proxy": "127.0.0.1:\(proxy.port)"], connect: 30)
        defer { fetcher.shutdown() }
        let refused = Self.problem { try fetcher.fetch("https://secure.example/feed") }
        #expect(refused == .proxy("the proxy http 127.0.0.1:\(proxy.port) refused to connect to the address"))
        #expect(proxy.requests.map(\.line) == ["CONNECT secure.example:443 HTTP/1.1"])
        let asked = proxy.requests.count
        // http:// is not proxied by https_proxy alone (and this address is refused at once).
        #expect(Self.problem { try fetcher.fetch("http://127.0.0.1:1/") } != nil)
        #expect(proxy.requests.count == asked)

        let unusable = Self.fetcher(["https_proxy": "https://127.0.0.1:\(proxy.port)"], connect: 30)
        defer { unusable.shutdown() }
        #expect(Self.problem { try unusable.fetch("https://secure.example/") }
                == .proxy("https_proxy: https:// proxies are not supported (use an http:// or socks5:// proxy)"))
        let gone = Self.fetcher(["https_proxy": "http://127.0.0.1:1"], connect: 30)
        defer { gone.shutdown() }
        #expect(Self.problem { try gone.fetch("https://secure.example/") } == .proxy("cannot connect to the proxy http 127.0.0.1:1: connection refused"))
        #expect(proxy.requests.count == asked)
        #expect(Date().timeIntervalSince(started) < 15, "a refusal waited for the connect timeout")
    }
}
