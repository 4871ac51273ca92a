import Foundation

/// What a fetch brought back: the body (decompressed), where it came from after
/// redirects, and the headers Byline keeps for the next conditional request.
///
/// ```swift
/// let page = try fetcher.fetch("https://example.org/news", etag: stored.etag)
/// if page.notModified { return }             // 304: nothing changed, no body
/// HTMLExtractor.extract(data: page.body, path: page.url, charset: page.charset, url: page.url)
/// ```
package struct FetchResponse: Sendable {
    /// The HTTP status: 2xx, or 304 for a conditional request whose answer did not change.
    package var status: Int
    /// The address the body came from (the last one after redirects).
    package var url: String
    package var body: Data
    /// The media type without parameters, lower case (`text/html`, `application/rss+xml`).
    package var mediaType: String?
    /// The `charset` parameter of `Content-Type`, if the server sent one.
    package var charset: String?
    /// `ETag` and `Last-Modified`, to send back as `If-None-Match` / `If-Modified-Since`.
    package var etag: String?
    package var lastModified: String?

    package init(status: Int, url: String, body: Data, mediaType: String? = nil, charset: String? = nil,
                 etag: String? = nil, lastModified: String? = nil) {
        self.status = status
        self.url = url
        self.body = body
        self.mediaType = mediaType
        self.charset = charset
        self.etag = etag
        self.lastModified = lastModified
    }

    package var notModified: Bool { status == 304 }

    /// `text/html; charset=ISO-8859-1` → (`text/html`, `ISO-8859-1`).
    static func parseContentType(_ value: String?) -> (mediaType: String?, charset: String?) {
        guard let value else { return (nil, nil) }
        let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let media = parts.first.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        var charset: String?
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, kv[0].lowercased() == "charset" {
                let v = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if !v.isEmpty { charset = v }
            }
        }
        return (media, charset)
    }
}
