import BylineKit
import Foundation

/// A feed item as a web page Byline keeps in the library (and a browser can open): its
/// title, author, date, site and link in `<meta>` tags, its content in `<article>`.
/// ``HTMLExtractor`` reads such a page (marked `<meta name="generator" content="byline
/// feed item">`) as all article, without scoring, so nothing of the item is dropped.
///
/// Whether an item is only a **summary**, so that its linked page should be fetched
/// instead: its text is under ``summaryLength`` characters (about 150 words; full news
/// articles are longer), or it ends as teasers do (`…`, `[...]`, "Read more",
/// "Continue reading").
///
/// ```swift
/// let doc = FeedItemDocument(item: item, feed: feed)
/// doc.key          // the guid, else the link, else the title and date
/// doc.isSummary    // true: fetch item.link and keep the page instead
/// doc.html         // "<!DOCTYPE html><html><head><meta charset=\"utf-8\">…"
/// ```
package struct FeedItemDocument: Sendable {
    /// Items whose text is shorter than this are summaries.
    package static let summaryLength = 1000

    package let item: FeedItem
    package let feedTitle: String?
    package let feedLink: String?

    package init(item: FeedItem, feed: Feed) {
        self.item = item
        feedTitle = feed.title
        feedLink = feed.link
    }

    /// What makes the item the same item when the feed is read again.
    package var key: String {
        if let id = item.id?.trimmingSpaces(), !id.isEmpty { return id }
        if let link = item.link?.trimmingSpaces(), !link.isEmpty { return link }
        return "title:" + (item.title ?? "") + "\u{1}" + (item.date?.description ?? "")
    }

    /// A hash of everything the feed says of the item: a change means the item changed.
    package var itemHash: String {
        let parts = [item.title, item.link, item.date?.description, item.author, item.html, item.text]
        return Self.hash(parts.map { $0 ?? "" }.joined(separator: "\u{1}"))
    }

    /// The item's text (tags and entities removed, whitespace collapsed).
    package var plainText: String {
        if let html = item.html { return HTMLExtractor.plainText(ofFragment: html) }
        return item.text?.collapsingWhitespace() ?? ""
    }

    /// Whether the item carries only a summary of its article (see the type's notes);
    /// false when it has no web link to fetch instead.
    package var isSummary: Bool {
        guard let link = item.link, WebFetcher.isWebAddress(link) else { return false }
        let text = plainText
        if text.count < Self.summaryLength { return true }
        let tail = text.suffix(40).lowercased()
        return ["…", "...", "[…]", "[...]", "read more", "continue reading", "read the full", "more »"].contains { tail.hasSuffix($0) }
    }

    /// The page: UTF-8, every feed field escaped, the content as the feed gave it (it is
    /// only ever parsed, never run: Byline runs no script).
    package var html: String {
        let title = item.title?.collapsingWhitespace() ?? ""
        var head = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"byline feed item\">\n"
        head += "<title>\(Self.escape(title))</title>\n<meta property=\"og:title\" content=\"\(Self.escape(title))\">\n"
        if let author = item.author { head += "<meta name=\"author\" content=\"\(Self.escape(author))\">\n" }
        if let date = item.date { head += "<meta property=\"article:published_time\" content=\"\(date)\">\n" }
        if let site = feedTitle { head += "<meta property=\"og:site_name\" content=\"\(Self.escape(site))\">\n" }
        if let link = item.link { head += "<link rel=\"canonical\" href=\"\(Self.escape(link))\">\n" }
        if let base = item.link ?? feedLink { head += "<base href=\"\(Self.escape(base))\">\n" }
        var body = "</head><body><article>\n"
        if let html = item.html {
            body += html
        } else if let text = item.text {
            for paragraph in text.components(separatedBy: "\n") where !paragraph.trimmingSpaces().isEmpty {
                body += "<p>\(Self.escape(paragraph))</p>\n"
            }
        }
        return head + body + "\n</article></body></html>\n"
    }

    /// A fetched page as Byline keeps it: decoded with the HTTP header's character set
    /// (``HTMLCharset``) and written as UTF-8 with a byte-order mark (which every later
    /// read honours before any `<meta charset>`), with `<base href>` set to where it was
    /// fetched from so its relative links stay right offline.
    package static func snapshot(of page: FetchResponse) -> Data {
        var text = HTMLCharset.decode(page.body, declared: page.charset).text
        let lower = text.prefix(8192).lowercased()
        if !lower.contains("<base") {
            let base = "<base href=\"\(escape(page.url))\">"
            if let head = lower.range(of: "<head"), let close = lower[head.upperBound...].firstIndex(of: ">") {
                let offset = lower.distance(from: lower.startIndex, to: close) + 1
                text.insert(contentsOf: base, at: text.index(text.startIndex, offsetBy: offset))
            } else {
                text = base + text
            }
        }
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    /// `&`, `<`, `>` and `"` as entities.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A 64-bit FNV-1a hash as 16 hex digits (to tell a change, not a security measure).
    static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h ^= UInt64(b); h = h &* 0x0000_0100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
