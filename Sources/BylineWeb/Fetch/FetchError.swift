/// Why a fetch failed, in words a user can act on; the message names the URL.
///
/// ```swift
/// FetchError(url: "https://example.org/feed", problem: .status(404)).description
/// // "https://example.org/feed: HTTP 404 (not found)"
/// ```
package struct FetchError: Error, CustomStringConvertible, Sendable, Equatable {
    package enum Problem: Sendable, Equatable {
        /// Not an http or https URL, or one without a host.
        case invalidURL
        /// A status other than 2xx and 304 after the redirects.
        case status(Int)
        /// No connection within the connect timeout.
        case connectTimeout(seconds: Int)
        /// No byte for the read timeout.
        case readTimeout(seconds: Int)
        /// More redirects than allowed.
        case tooManyRedirects(Int)
        /// A redirect back to a URL already visited.
        case redirectLoop
        /// The body (after decompression) is larger than the cap; reading stopped there.
        case tooLarge(limit: Int)
        /// The host's name could not be resolved.
        case unknownHost(String)
        /// Anything else the connection said (refused, reset, TLS…).
        case connection(String)
        /// Stopped by a ``FetchCancellation`` (the reader quitting during an update).
        case cancelled
        /// The proxy the environment names cannot be used or refused the connection.
        case proxy(String)
    }

    package var url: String
    package var problem: Problem

    package init(url: String, problem: Problem) {
        self.url = url
        self.problem = problem
    }

    package var description: String { "\(url): \(reason)" }

    /// The problem without the URL (`HTTP 404 (not found)`).
    package var reason: String {
        switch problem {
        case .invalidURL: return "not an http:// or https:// address"
        case .status(let code): return "HTTP \(code)" + (Self.statusNames[code].map { " (\($0))" } ?? "")
        case .connectTimeout(let s): return "no connection within \(s) s"
        case .readTimeout(let s): return "the server sent nothing for \(s) s (timed out)"
        case .tooManyRedirects(let n): return "more than \(n) redirects"
        case .redirectLoop: return "redirect loop (a redirect back to an address already visited)"
        case .tooLarge(let limit): return "larger than \(limit / (1024 * 1024)) MB; stopped reading there"
        case .unknownHost(let host): return "cannot resolve the host name \(host)"
        case .connection(let why): return why
        case .cancelled: return "stopped before its end"
        case .proxy(let why): return why
        }
    }

    private static let statusNames: [Int: String] = [
        400: "bad request", 401: "unauthorised", 403: "forbidden", 404: "not found", 410: "gone",
        429: "too many requests", 500: "server error", 502: "bad gateway", 503: "service unavailable",
        504: "gateway timeout",
    ]
}
