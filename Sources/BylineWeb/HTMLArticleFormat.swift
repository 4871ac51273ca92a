import BylineKit
import Foundation

/// Web pages for BylineKit's loader: `.html`, `.htm`, `.xhtml` files, and standard input
/// or other files whose first bytes are markup (`<!DOCTYPE html`, `<html`, `<head>`…).
///
/// ```swift
/// ArticleFormatRegistry.register(HTMLArticleFormat())   // the executable does this at start
/// try ArticleLoader().load(path: "page.html").article.title
/// ```
package struct HTMLArticleFormat: RegisteredArticleFormat {
    package init() {}

    package var extensions: Set<String> { ["html", "htm", "xhtml"] }

    package func recognizes(path: String, prefix: Data) -> Bool {
        if let dot = path.lastIndex(of: "."), extensions.contains(path[path.index(after: dot)...].lowercased()) { return true }
        return Self.looksLikeHTML(prefix)
    }

    package func parse(data: Data, path: String) throws(ArticleError) -> ParsedArticle {
        try HTMLExtractor.extract(data: data, path: path)
    }

    /// Whether the first bytes (after a BOM and whitespace) open an HTML document.
    package static func looksLikeHTML(_ prefix: Data) -> Bool {
        var bytes = [UInt8](prefix.prefix(1024))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16 with a BOM: look at every other byte.
            let ascii = stride(from: bytes[0] == 0xFF ? 2 : 3, to: bytes.count, by: 2).map { bytes[$0] }
            return looksLikeHTML(Data(ascii))
        }
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        let trimmed = text.drop { $0.isWhitespace }
        for opener in ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!-- saved from"] where trimmed.hasPrefix(opener) {
            return true
        }
        return trimmed.hasPrefix("<") && (text.contains("<html") || text.contains("<body") || text.contains("<p>"))
    }
}
