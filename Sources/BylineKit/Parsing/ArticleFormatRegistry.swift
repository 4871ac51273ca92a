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
    /// for standard input and unknown extensions (`prefix` is at most the first 1 KB).
    func recognizes(path: String, prefix: Data) -> Bool
    /// Parses the bytes into an article (or throws a clear ``ArticleError``).
    func parse(data: Data, path: String) throws(ArticleError) -> ParsedArticle
    /// Every article in the bytes (a feed's items); one for most formats.
    func parseAll(data: Data, path: String) throws(ArticleError) -> [ParsedArticle]
}

extension RegisteredArticleFormat {
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
    }
    private static let box = Box()

    /// Adds a format; later registrations are tried first.
    public static func register(_ format: any RegisteredArticleFormat) {
        box.lock.lock(); defer { box.lock.unlock() }
        box.formats.insert(format, at: 0)
        box.extensions.formUnion(format.extensions)
    }

    /// Every extension folders are searched for: the built-in ones and the registered.
    public static var extensions: Set<String> {
        box.lock.lock(); defer { box.lock.unlock() }
        return box.extensions
    }

    /// The registered format that recognizes these bytes, if any.
    public static func format(for path: String, data: Data) -> (any RegisteredArticleFormat)? {
        box.lock.lock()
        let formats = box.formats
        box.lock.unlock()
        if formats.isEmpty { return nil }
        let prefix = data.prefix(1024)
        return formats.first { $0.recognizes(path: path, prefix: prefix) }
    }
}
