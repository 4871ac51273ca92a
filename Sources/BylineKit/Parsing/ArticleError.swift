/// Why an article could not be read. Its description is the one-line message users
/// see, always naming the file: `seeds/x.txt: binary file (NUL byte at offset 12)`.
/// (Printed through the byline command's sanitiser, so a name holding escapes or bytes
/// that are not UTF-8 shows them as visible glyphs and `�`.)
public struct ArticleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong: missing, unreadable, empty, binary, too large, or a folder without articles.
    public enum Problem: Sendable, Hashable {
        case notFound
        case unreadable(String)
        case empty
        case binary(offset: Int)
        case tooLarge(bytes: Int, limit: Int)
        case noArticles
        /// A FIFO, a device, a socket: `is a FIFO (named pipe)`.
        case notAFile(String)
        /// A symbolic link that leads back to itself.
        case linkLoop
        /// A file that is not an article, and why: `an XML document (root element
        /// <svg>), not a feed`.
        case notAnArticle(String)
    }

    /// The file or folder, as given (`-` for standard input).
    public var path: String
    /// What was wrong with it.
    public var problem: Problem

    /// An error for a path: `ArticleError(path: "x.txt", problem: .empty)` says `x.txt: empty file, no article text`.
    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// The one-line message, naming the file: `photo.txt: binary file (NUL byte at offset 8), not an article`.
    public var description: String {
        let name = path == "-" ? "standard input" : path
        switch problem {
        case .notFound: return "\(name): no such file or folder"
        case .unreadable(let why): return "\(name): cannot read: \(why)"
        case .empty: return "\(name): empty file, no article text"
        case .binary(let offset): return "\(name): binary file (NUL byte at offset \(offset)), not an article"
        case .tooLarge(let bytes, let limit):
            return "\(name): file is \(ByteCount.describe(bytes)); articles over \(ByteCount.describe(limit)) are not read"
        case .noArticles:
            let more = ArticleFormat.articleExtensions.subtracting(ArticleFormat.builtInExtensions).sorted()
            let kinds = ([".txt", ".md", ".markdown"] + more.map { "." + $0 }).joined(separator: ", ")
            return "\(name): folder holds no articles (\(kinds))"
        case .notAFile(let what): return "\(name): \(what), not a file"
        case .linkLoop: return "\(name): symbolic link loop"
        case .notAnArticle(let why): return "\(name): \(why)"
        }
    }
}

/// Human-readable byte counts: `ByteCount.describe(52_428_800)` is `"50.0 MB"`.
package enum ByteCount {
    package static func describe(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return "\(bytes / 1000) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
