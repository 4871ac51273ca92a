import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// HTTP for pages and feeds (AsyncHTTPClient), used synchronously: each call blocks
/// its thread on the request's future, so the program's `main` stays synchronous (async
/// top-level code cost 28–44 ms of CPU per fetch, issue 17). Safe to call from several
/// threads at once (`byline update` fetches four feeds at a time).
///
/// What every request does: a User-Agent naming Byline; `gzip` and `deflate` accepted
/// and decompressed; TLS checked against the system's CA file (NIOSSL finds
/// `/etc/ssl/certs/ca-certificates.crt` and the other usual places); a connect timeout, a
/// read timeout (no byte for that long) and a deadline for the whole fetch; at most
/// ``Options/maximumRedirects`` redirects and none back to an address already visited;
/// the body read up to ``Options/maximumBytes`` (after decompression), never further.
/// Conditional requests: pass the ETag and Last-Modified of the last answer and a 304
/// comes back as ``FetchResponse/notModified``. No cookie is kept or sent, no script runs.
/// Through a proxy when ``Options/proxies`` names one for the address (the executable
/// reads `http_proxy`, `https_proxy`, `no_proxy`… as curl does: ``ProxySettings``).
///
/// ```swift
/// let fetcher = WebFetcher()
/// defer { fetcher.shutdown() }
/// let feed = try fetcher.fetch("https://example.org/feed.xml", etag: "\"abc\"")
/// feed.notModified   // true when the server answered 304
/// ```
package final class WebFetcher: Sendable {
    package struct Options: Sendable {
        /// Seconds to open the connection (TLS handshake included).
        package var connectTimeout: Double = 10
        /// Seconds without a byte from the server before giving up.
        package var readTimeout: Double = 20
        /// Seconds for the whole fetch, redirects and body included (a server that
        /// trickles a byte a second is cut here).
        package var totalTimeout: Double = 60
        package var maximumRedirects = 5
        /// The largest body read, after decompression.
        package var maximumBytes = 16 * 1024 * 1024
        package var userAgent = "Byline (terminal news reader)"
        /// The proxies to go through (none by default; `ProxySettings(environment:)` for
        /// the environment's).
        package var proxies = ProxySettings()

        package init() {}
    }

    package let options: Options
    /// Direct, and one per proxy the settings name (AsyncHTTPClient sets a proxy per
    /// client, and http:// and https:// may each have their own).
    private let client: HTTPClient
    private let proxied: [ProxySettings.Proxy: HTTPClient]

    package init(options: Options = Options()) {
        self.options = options
        client = Self.makeClient(options, proxy: nil)
        var proxied: [ProxySettings.Proxy: HTTPClient] = [:]
        for route in [options.proxies.http, options.proxies.https] {
            if case .proxy(let proxy) = route, proxied[proxy] == nil { proxied[proxy] = Self.makeClient(options, proxy: proxy) }
        }
        self.proxied = proxied
    }

    private static func makeClient(_ options: Options, proxy: ProxySettings.Proxy?) -> HTTPClient {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,   // followed by fetch, each through its own route
            timeout: .init(connect: Self.amount(options.connectTimeout), read: Self.amount(options.readTimeout)),
            proxy: proxy?.configuration,
            decompression: .enabled(limit: .size(options.maximumBytes)))
        configuration.httpVersion = .http1Only
        // A refused connection (a server or proxy that is not there, a proxy refusing
        // the address) fails at once, as with curl, instead of being tried again until
        // the connect timeout (10 s for each such feed).
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    deinit { shutdown() }

    /// Closes the connections (also done when the fetcher is released).
    package func shutdown() {
        try? client.syncShutdown()
        for c in proxied.values { try? c.syncShutdown() }
    }

    /// Fetches `url` (GET), blocking until the body is read or the fetch fails.
    ///
    /// - Parameters:
    ///   - etag: sent as `If-None-Match`; `lastModified` as `If-Modified-Since`.
    ///   - accept: the `Accept` header (feeds ask for feed types first).
    ///   - cancellation: ends the fetch at once when cancelled (``FetchCancellation``).
    /// - Throws: ``FetchError``: a status other than 2xx or 304, a timeout, too many
    ///   redirects or a loop, a body over the cap, a connection failure, a cancellation.
    package func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil,
                       accept: String = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                       cancellation: FetchCancellation? = nil) throws(FetchError) -> FetchResponse {
        guard Self.isWebAddress(url) else { throw FetchError(url: url, problem: .invalidURL) }
        if cancellation?.isCancelled == true { throw FetchError(url: url, problem: .cancelled) }
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: options.userAgent)
        headers.add(name: "Accept", value: accept)
        headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag { headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { headers.add(name: "If-Modified-Since", value: lastModified) }
        let deadline = NIODeadline.now() + Self.amount(options.totalTimeout)
        // Redirects are followed here rather than by AsyncHTTPClient, so that each address
        // goes its own way (through the proxy for its scheme, or straight when no_proxy
        // names its host), as curl does; at most maximumRedirects, none to an address
        // already visited.
        var current = url
        var visited = [url]
        while true {
            let response = try get(current, headers: headers, deadline: deadline, cancellation: cancellation, reportedAs: url)
            let status = Int(response.status.code)
            if Self.redirectStatuses.contains(status), let location = response.headers.first(name: "Location"),
               let target = URL(string: location, relativeTo: URL(string: current))?.absoluteURL.absoluteString,
               Self.isWebAddress(target) {
                guard visited.count <= options.maximumRedirects else {
                    throw FetchError(url: url, problem: .tooManyRedirects(options.maximumRedirects))
                }
                guard !visited.contains(target) else { throw FetchError(url: url, problem: .redirectLoop) }
                visited.append(target)
                current = target
                continue
            }
            guard (200..<300).contains(status) || status == 304 else {
                throw FetchError(url: url, problem: .status(status))
            }
            var body = Data()
            if var buffer = response.body, let bytes = buffer.readBytes(length: buffer.readableBytes) { body = Data(bytes) }
            let type = FetchResponse.parseContentType(response.headers.first(name: "Content-Type"))
            return FetchResponse(status: status, url: current, body: body, mediaType: type.mediaType, charset: type.charset,
                                 etag: response.headers.first(name: "ETag"), lastModified: response.headers.first(name: "Last-Modified"))
        }
    }

    /// The statuses whose `Location` is followed.
    private static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// One GET of `url`, through the proxy its route names, without following a
    /// redirect; errors name `reportedAs` (the address first asked for).
    private func get(_ url: String, headers: HTTPHeaders, deadline: NIODeadline, cancellation: FetchCancellation?,
                     reportedAs original: String) throws(FetchError) -> HTTPClient.Response {
        let route = options.proxies.route(for: url)
        let client: HTTPClient
        switch route {
        case .direct: client = self.client
        case .proxy(let proxy): client = proxied[proxy] ?? self.client
        case .unusable(let why): throw FetchError(url: original, problem: .proxy(why))
        }
        let request: HTTPClient.Request
        do {
            request = try HTTPClient.Request(url: url, method: .GET, headers: headers)
        } catch {
            throw FetchError(url: original, problem: .invalidURL)
        }
        let accumulator = ResponseAccumulator(request: request, maxBodySize: options.maximumBytes)
        let task = client.execute(request: request, delegate: accumulator, deadline: deadline)
        let registration = cancellation?.register { task.cancel() }
        if cancellation != nil, registration == nil { task.cancel() }
        defer { if let registration { cancellation?.unregister(registration) } }
        do {
            return try task.futureResult.wait()
        } catch {
            if cancellation?.isCancelled == true { throw FetchError(url: original, problem: .cancelled) }
            if case .proxy(let proxy) = route, let why = Self.proxyProblem(error, proxy: proxy) {
                throw FetchError(url: original, problem: .proxy(why))
            }
            throw FetchError(url: original, problem: problem(for: error, host: request.host))
        }
    }

    /// Whether `text` is an http:// or https:// address with a host.
    ///
    /// ```swift
    /// WebFetcher.isWebAddress("https://example.org/feed")   // true
    /// WebFetcher.isWebAddress("news/feed.xml")              // false
    /// ```
    package static func isWebAddress(_ text: String) -> Bool {
        let lower = text.prefix(8).lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        guard let url = URL(string: text), let host = url.host, !host.isEmpty else { return false }
        return true
    }

    private func problem(for error: any Error, host: String) -> FetchError.Problem {
        if error is ResponseAccumulator.ResponseTooBigError { return .tooLarge(limit: options.maximumBytes) }
        if let e = error as? HTTPClientError {
            switch e {
            case .connectTimeout, .tlsHandshakeTimeout: return .connectTimeout(seconds: Int(options.connectTimeout.rounded(.up)))
            case .readTimeout: return .readTimeout(seconds: Int(options.readTimeout.rounded(.up)))
            case .deadlineExceeded: return .connection("took longer than \(Int(options.totalTimeout)) s; stopped")
            case .redirectLimitReached: return .tooManyRedirects(options.maximumRedirects)
            case .redirectCycleDetected: return .redirectLoop
            case .remoteConnectionClosed: return .connection("the server closed the connection before the end of the answer")
            case .invalidURL, .emptyHost, .emptyScheme: return .invalidURL
            default: return .connection(e.description)
            }
        }
        let text = String(describing: error)
        if text.contains("DecompressionError.limit") || text.hasSuffix("limit") && text.contains("Decompression") {
            return .tooLarge(limit: options.maximumBytes)
        }
        if let e = error as? SocketAddressError, case .unknown = e { return .unknownHost(host) }
        if text.contains("UnknownHost") || text.contains("Name or service not known") || text.contains("No address associated") {
            return .unknownHost(host)
        }
        if let e = error as? IOError { return .connection(e.description) }
        if text.contains("connectionRefused") || text.contains("Connection refused") { return .connection("connection refused") }
        return .connection(text)
    }

    /// What went wrong with the proxy itself, if that is what the error says.
    private static func proxyProblem(_ error: any Error, proxy: ProxySettings.Proxy) -> String? {
        if let e = error as? HTTPClientError {
            switch e {
            case .proxyAuthenticationRequired: return "the proxy \(proxy) asks for credentials (407); give them as http://USER:PASSWORD@HOST:PORT"
            case .invalidProxyResponse: return "the proxy \(proxy) refused to connect to the address"
            case .httpProxyHandshakeTimeout, .socksHandshakeTimeout: return "the proxy \(proxy) did not answer in time"
            default: break
            }
        }
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") {
            return "cannot connect to the proxy \(proxy): connection refused"
        }
        return nil
    }

    private static func amount(_ seconds: Double) -> TimeAmount {
        .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
