import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP proxy on 127.0.0.1 (port 0: the system picks a free one) for the proxy
/// tests: it answers `CONNECT host:port` (how AsyncHTTPClient goes through a proxy, for
/// http:// and https:// alike) by opening a tunnel to the address the test maps that
/// target to, always on 127.0.0.1, and refuses any other target with 403, so no test
/// ever reaches beyond the loopback address. Every request line is kept, with its
/// `Proxy-Authorization` header.
///
/// ```swift
/// let server = try TestHTTPServer()
/// let proxy = try TestProxy(targets: ["feeds.example:80": server.port])
/// defer { proxy.stop() }
/// // http_proxy=http://127.0.0.1:\(proxy.port): http://feeds.example/news.xml is served by `server`
/// proxy.requests   // [TestProxy.Request(line: "CONNECT feeds.example:80 HTTP/1.1", authorization: nil)]
/// ```
package final class TestProxy: @unchecked Sendable {
    package struct Request: Sendable, Equatable {
        package var line: String
        package var authorization: String?
    }

    package let port: Int
    private let listener: Int32
    private let targets: [String: Int]
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopped = false

    /// - Parameter targets: `host:port` a client may ask for → the port on 127.0.0.1
    ///   that serves it.
    package init(targets: [String: Int]) throws {
        self.targets = targets
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The requests received so far.
    package var requests: [Request] {
        lock.lock(); defer { lock.unlock() }
        return received
    }

    /// Stops listening (tunnels already open end with their connections).
    package func stop() {
        lock.lock()
        let first = !stopped
        stopped = true
        lock.unlock()
        if first { shutdown(listener, Int32(SHUT_RDWR)); close(listener) }
    }

    deinit { stop() }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            Thread.detachNewThread { [self] in serve(client) }
        }
    }

    private func serve(_ client: Int32) {
        // The request head, up to the blank line.
        var head = [UInt8]()
        var byte: UInt8 = 0
        while head.count < 16384 {
            guard recv(client, &byte, 1, 0) == 1 else { close(client); return }
            head.append(byte)
            if head.count >= 4, head.suffix(4) == [13, 10, 13, 10] { break }
        }
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let line = lines.first ?? ""
        let authorization = lines.dropFirst().first { $0.lowercased().hasPrefix("proxy-authorization:") }
            .map { String($0.dropFirst("proxy-authorization:".count)).trimmingCharacters(in: .whitespaces) }
        lock.lock()
        received.append(Request(line: line, authorization: authorization))
        lock.unlock()
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[0] == "CONNECT", let port = targets[String(parts[1])] else {
            send(client, "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            close(client)
            return
        }
        let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard upstream >= 0, connected == 0 else {
            send(client, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            close(client)
            if upstream >= 0 { close(upstream) }
            return
        }
        send(client, "HTTP/1.1 200 Connection established\r\n\r\n")
        let done = DispatchGroup()
        for (from, to) in [(client, upstream), (upstream, client)] {
            done.enter()
            Thread.detachNewThread {
                Self.pipe(from, to)
                done.leave()
            }
        }
        done.wait()
        close(client)
        close(upstream)
    }

    private static func pipe(_ from: Int32, _ to: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(from, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            var sent = 0
            while sent < n {
                let m = buffer.withUnsafeBytes { Glibc.send(to, $0.baseAddress! + sent, n - sent, Int32(MSG_NOSIGNAL)) }
                if m <= 0 { shutdown(from, Int32(SHUT_RD)); return }
                sent += m
            }
        }
        shutdown(to, Int32(SHUT_WR))
    }

    private func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}
