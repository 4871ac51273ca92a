import BylineKit
import Foundation

/// The beginning of a large article file, parsed alone so the reader can show it at
/// once while the whole file is read in the background.
///
/// A file over ``threshold`` bytes is cut after the last blank line within its first
/// ``headSize`` bytes (never inside a paragraph or a UTF-8 sequence) and that part is
/// parsed; its blocks are the first blocks of the whole article.
///
/// ```swift
/// try ArticleHead.read(path: "big.txt", loader: loader)  // the first ~64 KB, parsed
/// try ArticleHead.read(path: "seed.txt", loader: loader) // nil: small, read it whole
/// ```
package enum ArticleHead {
    package static let threshold = 512 * 1024
    package static let headSize = 64 * 1024

    package static func read(path: String, loader: ArticleLoader) throws(ArticleError) -> ParsedArticle? {
        guard path != "-",
              let size = FileSize.of(path),
              size > threshold, size <= loader.maximumBytes, !isMarkup(path),
              let (data, _) = try? FileReader.readPrefix(path, bytes: headSize, limit: loader.maximumBytes),
              !data.isEmpty
        else { return nil }
        // Cut after the last blank line ("\n\n" or "\n\r\n").
        var cut: Int?
        var i = data.count - 1
        while i > 0 {
            if data[data.startIndex + i] == 0x0A {
                var j = i - 1
                if j >= 0, data[data.startIndex + j] == 0x0D { j -= 1 }
                if j >= 0, data[data.startIndex + j] == 0x0A { cut = i + 1; break }
            }
            i -= 1
        }
        guard let end = cut else { return nil }
        return try loader.parse(data: data.prefix(end), path: path)
    }

    /// A page or a feed (a registered format's extension): its markup cannot be cut at a
    /// blank line, and a feed is read whole into one article per item.
    static func isMarkup(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return ArticleFormat.articleExtensions.subtracting(ArticleFormat.builtInExtensions)
            .contains(path[path.index(after: dot)...].lowercased())
    }
}
