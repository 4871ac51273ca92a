import Foundation

/// A file format that a higher layer (BylineWeb's HTML pages) teaches the loader, so
/// BylineKit reads it without importing that layer.
///
/// ```swift
/// struct HTMLFormat: RegisteredArticleFormat { … }
/// ArticleFormatRegistry.register(HTMLFormat())   // once, at start (the executable does)
/// try ArticleLoader().load(path: "page.html")     // now parsed by HTMLFormat
/// ```
public protocol RegisteredArticleFormat: Sendable {
    /// File extensions (lower case, no dot) that folders are searched for.
    var extensions: Set<String> { get }
    /// Whether `data` read from `path` is in this format: by extension, or by content
    /// for standard input and unknown extensions (`prefix` is at most the first 4 KB).
    func recognizes(path: String, prefix: Data) -> Bool
    /// Extensions of files that are in this format only when their first bytes say so
    /// (`xml`: a feed, or any other XML document): a folder's file with one is listed
    /// only when ``recognizesContent(_:)`` is true, and skipped silently otherwise.
    var sniffedExtensions: Set<String> { get }
    /// Whether the first bytes (at most 4 KB) are this format's by their content alone
    /// (a feed's root element), whatever the file is called.
    func recognizesContent(_ prefix: Data) -> Bool
    /// Parses the bytes into an article (or throws a clear ``ArticleError``).
    func parse(data: Data, path: String) throws(ArticleError) -> ParsedArticle
    /// Every article in the bytes (a feed's items); one for most formats.
    func parseAll(data: Data, path: String) throws(ArticleError) -> [ParsedArticle]
}

extension RegisteredArticleFormat {
    /// No extension is sniffed (the default).
    public var sniffedExtensions: Set<String> { [] }

    /// Nothing is recognized by content alone (the default).
    public func recognizesContent(_ prefix: Data) -> Bool { false }

    /// The one article of most formats: `[try parse(data: data, path: path)]`.
    public func parseAll(data: Data, path: String) throws(ArticleError) -> [ParsedArticle] {
        [try parse(data: data, path: path)]
    }
}

/// The formats registered beyond plain text and Markdown; see ``RegisteredArticleFormat``.
public enum ArticleFormatRegistry {
    private final class Box: @unchecked Sendable {
        let lock = NSLock()
        var formats: [any RegisteredArticleFormat] = []
        var extensions: Set<String> = ArticleFormat.builtInExtensions
        var sniffed: Set<String> = []
    }
    private static let box = Box()

    /// Adds a format; later registrations are tried first.
    public static func register(_ format: any RegisteredArticleFormat) {
        box.lock.lock(); defer { box.lock.unlock() }
        box.formats.insert(format, at: 0)
        box.extensions.formUnion(format.extensions)
        box.sniffed.formUnion(format.sniffedExtensions)
    }

    /// The bytes read from the start of a file to recognize its format by content.
    public static let prefixLength = 4096

    /// Extensions whose files hold articles only when their content says so (`xml`);
    /// see ``RegisteredArticleFormat/sniffedExtensions``.
    public static var sniffedExtensions: Set<String> {
        box.lock.lock(); defer { box.lock.unlock() }
        return box.sniffed
    }

    /// Whether a file with a sniffed extension (`news.xml`) holds articles: a format
    /// that sniffs its extension recognizes its first bytes (`<rss`, not `<svg`).
    ///
    /// ```swift
    /// ArticleFormatRegistry.holdsArticles(path: "a/news.xml", prefix: Data("<rss version=\"2.0\">".utf8))  // true, feeds registered
    /// ```
    public static func holdsArticles(path: String, prefix: Data) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        let ext = path[path.index(after: dot)...].lowercased()
        box.lock.lock()
        let formats = box.formats
        box.lock.unlock()
        return formats.contains { $0.sniffedExtensions.contains(ext) && $0.recognizesContent(prefix) }
    }

    /// Every extension folders are searched for: the built-in ones and the registered.
    public static var extensions: Set<String> {
        box.lock.lock(); defer { box.lock.unlock() }
        return box.extensions
    }

    /// The registered format that recognizes these bytes, if any. Formats look at the
    /// content only when it opens (after a byte-order mark and white space) with markup
    /// `<`, a JSON object `{`, or a UTF-16 byte-order mark; other bytes are plain text or
    /// Markdown unless a format registered their extension. (Asking every format about
    /// every `.txt` file was a fifth of `byline analyze`'s time on news articles.)
    ///
    /// ```swift
    /// ArticleFormatRegistry.format(for: "a.txt", data: Data("Headline\n\nText.".utf8))  // nil, nothing asked
    /// ```
    public static func format(for path: String, data: Data) -> (any RegisteredArticleFormat)? {
        box.lock.lock()
        let formats = box.formats
        box.lock.unlock()
        return format(for: path, data: data, among: formats)
    }

    /// The first of `formats` that recognizes these bytes (see ``format(for:data:)``).
    static func format(for path: String, data: Data, among formats: [any RegisteredArticleFormat]) -> (any RegisteredArticleFormat)? {
        if formats.isEmpty { return nil }
        guard mayHoldMarkup(data) else {
            guard let dot = path.lastIndex(of: "."), dot != path.startIndex else { return nil }
            let ext = path[path.index(after: dot)...].lowercased()
            return formats.first { $0.extensions.contains(ext) }
        }
        let prefix = data.prefix(prefixLength)
        return formats.first { $0.recognizes(path: path, prefix: prefix) }
    }

    /// Whether the bytes open, after a UTF-8 byte-order mark and white space, with `<`
    /// or `{`, or open with a UTF-16 byte-order mark.
    static func mayHoldMarkup(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let n = raw.count
            if n >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) { return true }
            var i = n >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0
            while i < n, raw[i] == 0x20 || raw[i] == 0x09 || raw[i] == 0x0A || raw[i] == 0x0D || raw[i] == 0x0C { i += 1 }
            return i < n && (raw[i] == 0x3C || raw[i] == 0x7B)
        }
    }
}
