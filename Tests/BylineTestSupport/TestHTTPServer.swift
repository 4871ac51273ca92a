import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP/1.1 server on 127.0.0.1 (port 0: the system picks a free one) for the web
/// tests: each path answers as its ``Route`` says, and every request is counted and
/// kept, so a test can check what Byline asked for (a conditional request, nothing
/// refetched). Only the loopback address is ever listened on or reached.
///
/// ```swift
/// let server = try TestHTTPServer()
/// defer { server.stop() }
/// server.route("/feed.xml", .ok(feedXML, type: "application/rss+xml", etag: "\"v1\""))
/// let url = server.url("/feed.xml")      // "http://127.0.0.1:41234/feed.xml"
/// server.requests("/feed.xml").count     // requests for it so far
/// ```
package final class TestHTTPServer: @unchecked Sendable {
    /// How a path answers.
    package struct Route: Sendable {
        package var status = 200
        package var headers: [(String, String)] = []
        package var body = Data()
        /// Sent as `ETag`; a request whose `If-None-Match` matches gets 304 and no body.
        package var etag: String?
        /// Seconds before the answer starts.
        package var delay: Double = 0
        /// Never answer (the connection stays open): a stalled server.
        package var stall = false
        /// The body gzip-compressed, with `Content-Encoding: gzip`.
        package var gzip = false
        /// After the headers and this many bytes of the body, send the rest this slowly
        /// (bytes per second, in small pieces).
        package var trickle: (afterBytes: Int, bytesPerSecond: Int)?

        package init(status: Int = 200, headers: [(String, String)] = [], body: Data = Data(), etag: String? = nil,
                     delay: Double = 0, stall: Bool = false, gzip: Bool = false) {
            self.status = status
            self.headers = headers
            self.body = body
            self.etag = etag
            self.delay = delay
            self.stall = stall
            self.gzip = gzip
        }

        /// 200 with a body and its `Content-Type` (`text/html; charset=utf-8`…; nil: none sent).
        package static func ok(_ body: String, type: String? = "text/html; charset=utf-8", etag: String? = nil) -> Route {
            ok(Data(body.utf8), type: type, etag: etag)
        }

        package static func ok(_ body: Data, type: String?, etag: String? = nil) -> Route {
            Route(headers: type.map { [("Content-Type", $0)] } ?? [], body: body, etag: etag)
        }

        /// A redirect (302) to `location`.
        package static func redirect(_ location: String, status: Int = 302) -> Route {
            Route(status: status, headers: [("Location", location)])
        }
    }

    /// One request as received.
    package struct Request: Sendable {
        package var path: String
        package var headers: [String: String]
    }

    package let port: Int
    private let channel: Channel
    private let lock = NSLock()
    private var routes: [String: Route] = [:]
    private var received: [Request] = []

    package init() throws {
        let box = WeakBox()
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: false)
                    try channel.pipeline.syncOperations.addHandler(Handler(server: box))
                }
            }
        channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        port = channel.localAddress?.port ?? 0
        box.server = self
    }

    deinit { stop() }

    /// Closes the listening socket (connections in progress are dropped with it).
    package func stop() {
        _ = try? channel.close().wait()
    }

    /// `http://127.0.0.1:PORT/path`.
    package func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    package func route(_ path: String, _ route: Route) {
        lock.lock(); defer { lock.unlock() }
        routes[path] = route
    }

    /// Every request for `path` so far (every request when nil), in order.
    package func requests(_ path: String? = nil) -> [Request] {
        lock.lock(); defer { lock.unlock() }
        return received.filter { path == nil || $0.path == path }
    }

    fileprivate func answer(_ request: Request) -> Route {
        lock.lock(); defer { lock.unlock() }
        received.append(request)
        return routes[request.path] ?? Route(status: 404, headers: [("Content-Type", "text/plain")], body: Data("not found".utf8))
    }

    private final class WeakBox: @unchecked Sendable {
        weak var server: TestHTTPServer?
    }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let server: WeakBox
        var head: HTTPRequestHead?

        init(server: WeakBox) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let h): head = h
            case .body: break
            case .end:
                guard let head, let server = server.server else { return }
                var received: [String: String] = [:]
                for (name, value) in head.headers { received[name.lowercased()] = value }
                let headers = received
                let path = String(head.uri.prefix { $0 != "?" })
                let route = server.answer(Request(path: path, headers: headers))
                if route.stall { return }
                let loop = context.eventLoop
                let bound = NIOLoopBound((self, context), eventLoop: loop)
                let keepAlive = head.isKeepAlive
                loop.scheduleTask(in: .milliseconds(Int64(route.delay * 1000))) {
                    let (handler, context) = bound.value
                    handler.respond(route, request: headers, keepAlive: keepAlive, context: context)
                }
            }
        }

        func respond(_ route: Route, request: [String: String], keepAlive: Bool, context: ChannelHandlerContext) {
            var status = route.status
            var body = route.body
            var headers = HTTPHeaders(route.headers)
            if let etag = route.etag {
                headers.replaceOrAdd(name: "ETag", value: etag)
                if request["if-none-match"] == etag { status = 304; body = Data() }
            }
            if route.gzip, status != 304 {
                body = Gzip.compress(body)
                headers.replaceOrAdd(name: "Content-Encoding", value: "gzip")
            }
            headers.replaceOrAdd(name: "Content-Length", value: "\(body.count)")
            if !keepAlive { headers.replaceOrAdd(name: "Connection", value: "close") }
            let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            let first = route.trickle.map { min($0.afterBytes, body.count) } ?? body.count
            if first > 0 {
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body.prefix(first))))), promise: nil)
            }
            guard let trickle = route.trickle, first < body.count else {
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                return
            }
            context.flush()
            sendSlowly(body.dropFirst(first), perSecond: max(1, trickle.bytesPerSecond), context: context)
        }

        /// The rest of a body, a few bytes every 100 ms, until the client goes away.
        func sendSlowly(_ rest: Data, perSecond: Int, context: ChannelHandlerContext) {
            let piece = max(1, perSecond / 10)
            guard !rest.isEmpty, context.channel.isActive else {
                if context.channel.isActive { context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil) }
                return
            }
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: rest.prefix(piece))))), promise: nil)
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .milliseconds(100)) {
                let (handler, context) = bound.value
                handler.sendSlowly(rest.dropFirst(piece), perSecond: perSecond, context: context)
            }
        }

        func errorCaught(context: ChannelHandlerContext, error: Error) {
            context.close(promise: nil)
        }
    }
}

/// gzip of stored (uncompressed) deflate blocks: a valid gzip stream that any
/// decompressor reads, enough for testing `Content-Encoding: gzip`.
package enum Gzip {
    package static func compress(_ data: Data) -> Data {
        var out = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF])
        let bytes = [UInt8](data)
        var offset = 0
        repeat {
            let n = min(65535, bytes.count - offset)
            let last: UInt8 = offset + n >= bytes.count ? 1 : 0
            out.append(last)
            out.append(contentsOf: [UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)])
            out.append(contentsOf: bytes[offset..<(offset + n)])
            offset += n
        } while offset < bytes.count
        for v in [crc32(bytes), UInt32(truncatingIfNeeded: bytes.count)] {
            out.append(contentsOf: [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)])
        }
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var table = [UInt32](repeating: 0, count: 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            table[i] = c
        }
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
