import AsyncHTTPClient
import Foundation

/// The proxies the environment asks for, read as curl reads them: `http_proxy` for
/// http:// addresses, `https_proxy` for https://, `all_proxy` for both when those are
/// not set; each also in capitals (`HTTPS_PROXY`), the lower-case name winning when both
/// are set. (curl leaves out `HTTP_PROXY` in capitals, a guard for CGI programs, whose
/// requests' `Proxy:` header a web server passes as that variable; Byline is no CGI
/// program and honours it.) `no_proxy` (or `NO_PROXY`) lists the hosts reached
/// directly, comma-separated: `*` for all; a name for itself and every name under it
/// (`example.org` and `.example.org` both cover `www.example.org`); an IP address, or a
/// range as `10.0.0.0/8`, for the addresses it covers; an IPv6 address with or without
/// brackets.
///
/// A proxy is `[scheme://][user[:password]@]host[:port]`: `http://` (the default; the
/// request goes through a `CONNECT` tunnel, TLS inside it for https://) with optional
/// Basic credentials, or `socks5://`/`socks5h://` (without credentials); the port is 1080
/// when none is given, as for curl. A value Byline cannot use (`https://` proxies,
/// `socks4://`, a SOCKS user name) is not skipped silently: fetches it would carry fail
/// and say why.
///
/// ```swift
/// let proxies = ProxySettings(environment: ["https_proxy": "http://proxy.lan:3128", "no_proxy": "localhost,.internal"])
/// proxies.route(for: "https://example.org/feed")   // .proxy(http proxy.lan:3128)
/// proxies.route(for: "https://wiki.internal/")     // .direct
/// proxies.route(for: "http://example.org/")        // .direct: no http_proxy
/// ```
package struct ProxySettings: Sendable, Equatable {
    /// A proxy server.
    package struct Proxy: Sendable, Hashable, CustomStringConvertible {
        package enum Kind: String, Sendable, Hashable { case http, socks5 }
        package var kind: Kind
        package var host: String
        package var port: Int
        package var user: String?
        package var password: String?

        package init(kind: Kind, host: String, port: Int, user: String? = nil, password: String? = nil) {
            self.kind = kind
            self.host = host
            self.port = port
            self.user = user
            self.password = password
        }

        /// `http proxy.lan:3128` (credentials never shown).
        package var description: String { "\(kind.rawValue) \(host.contains(":") ? "[\(host)]" : host):\(port)" }

        /// AsyncHTTPClient's form of it.
        var configuration: HTTPClient.Configuration.Proxy {
            switch kind {
            case .socks5: return .socksServer(host: host, port: port)
            case .http:
                let authorization = user.map { HTTPClient.Authorization.basic(username: $0, password: password ?? "") }
                return .server(host: host, port: port, authorization: authorization)
            }
        }
    }

    /// How one address is reached.
    package enum Route: Sendable, Equatable {
        case direct
        case proxy(Proxy)
        /// The variable asks for a proxy Byline cannot use: the message says which and why.
        case unusable(String)
    }

    /// What each of http_proxy and https_proxy (or all_proxy) said.
    package var http: Route = .direct
    package var https: Route = .direct
    /// The `no_proxy` entries, lower case, without leading dots and brackets.
    package var noProxy: [String] = []

    /// No proxy at all (the default: tests and callers that do not read the environment).
    package init() {}

    /// The proxies `environment` asks for.
    package init(environment: [String: String]) {
        func value(_ name: String) -> (name: String, value: String)? {
            for n in [name, name.uppercased()] {
                if let v = environment[n]?.trimmingCharacters(in: .whitespaces), !v.isEmpty { return (n, v) }
            }
            return nil
        }
        let all = value("all_proxy")
        if let (name, text) = value("http_proxy") ?? all { http = Self.parse(text, variable: name) }
        if let (name, text) = value("https_proxy") ?? all { https = Self.parse(text, variable: name) }
        if let (_, text) = value("no_proxy") {
            noProxy = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).compactMap { entry in
                var e = entry.lowercased()
                while e.hasPrefix(".") { e.removeFirst() }
                if e.hasPrefix("["), let close = e.firstIndex(of: "]") { e = String(e[e.index(after: e.startIndex)..<close]) }
                while e.hasSuffix(".") { e.removeLast() }
                return e.isEmpty ? nil : e
            }
        }
    }

    /// How `url` is reached: through the proxy for its scheme unless `no_proxy` covers
    /// its host.
    package func route(for url: String) -> Route {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), var host = parsed.host?.lowercased() else {
            return .direct
        }
        let route = scheme == "https" ? https : scheme == "http" ? http : .direct
        if route == .direct { return .direct }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        while host.hasSuffix(".") { host.removeLast() }
        return Self.bypasses(host: host, noProxy) ? .direct : route
    }

    /// Whether a `no_proxy` list covers `host` (lower case, no brackets).
    static func bypasses(host: String, _ entries: [String]) -> Bool {
        let address = IPAddress(host)
        for entry in entries {
            if entry == "*" || entry == host { return true }
            if let address {
                if let (network, bits) = IPAddress.range(entry), address.isIn(network, bits: bits) { return true }
            } else if host.hasSuffix("." + entry) {
                return true
            }
        }
        return false
    }

    /// A proxy value: `http://user:pw@proxy.lan:3128`, `proxy.lan:3128`, `socks5h://127.0.0.1`.
    static func parse(_ text: String, variable: String) -> Route {
        let withScheme = text.contains("://") ? text : "http://" + text
        guard let components = URLComponents(string: withScheme), let scheme = components.scheme?.lowercased(),
              var host = components.host, !host.isEmpty else {
            return .unusable("\(variable): not a proxy address (\(text.prefix(80)))")
        }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let kind: Proxy.Kind
        switch scheme {
        case "http": kind = .http
        case "socks5", "socks5h": kind = .socks5
        default:
            return .unusable("\(variable): \(scheme):// proxies are not supported (use an http:// or socks5:// proxy)")
        }
        let user = components.percentEncodedUser.map { $0.removingPercentEncoding ?? $0 }
        let password = components.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 }
        if kind == .socks5, user != nil {
            return .unusable("\(variable): a SOCKS proxy with a user name is not supported")
        }
        let port = components.port ?? 1080
        guard (1...65535).contains(port) else {
            return .unusable("\(variable): not a proxy address (\(text.prefix(80)))")
        }
        return .proxy(Proxy(kind: kind, host: host, port: port, user: user, password: password))
    }
}

/// An IPv4 or IPv6 address as 16 bytes (IPv4 mapped), for `no_proxy` ranges.
struct IPAddress: Equatable {
    var bytes: [UInt8]
    var isV4: Bool

    init?(_ text: String) {
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            bytes = withUnsafeBytes(of: v4) { Array($0) }
            isV4 = true
        } else if inet_pton(AF_INET6, text, &v6) == 1 {
            bytes = withUnsafeBytes(of: v6) { Array($0) }
            isV4 = false
        } else {
            return nil
        }
    }

    /// `10.0.0.0/8` → (10.0.0.0, 8); `192.168.1.7` → (192.168.1.7, 32).
    static func range(_ entry: String) -> (IPAddress, Int)? {
        let parts = entry.split(separator: "/", maxSplits: 1)
        guard let address = IPAddress(String(parts[0])) else { return nil }
        let whole = address.bytes.count * 8
        guard parts.count == 2 else { return (address, whole) }
        guard let bits = Int(parts[1]), (0...whole).contains(bits) else { return nil }
        return (address, bits)
    }

    func isIn(_ network: IPAddress, bits: Int) -> Bool {
        guard isV4 == network.isV4 else { return false }
        for i in 0..<bytes.count {
            let covered = min(8, max(0, bits - i * 8))
            if covered == 0 { break }
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - covered))
            if bytes[i] & mask != network.bytes[i] & mask { return false }
        }
        return true
    }
}
