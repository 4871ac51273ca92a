import Foundation

/// Reads articles from files, folders and standard input, with a clear
/// ``ArticleError`` for anything that is not an article.
///
/// ```swift
/// let loader = ArticleLoader()
/// let files = try loader.articleFiles(in: ["seeds"])     // sorted .txt/.md paths
/// let parsed = try loader.load(path: files[0])          // ParsedArticle
/// ```
public struct ArticleLoader: Sendable {
    /// Articles larger than this are refused (a news article is a few KB; the reader
    /// still opens multi-megabyte files well below it).
    public var maximumBytes: Int

    /// A loader refusing files over `maximumBytes` (32 MiB by default): `ArticleLoader(maximumBytes: 1 << 20)`.
    public init(maximumBytes: Int = 32 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// The article files named by `paths`: files as given, folders searched recursively
    /// for `.txt`, `.text`, `.md` and `.markdown` files (hidden ones and README/SOURCE/LICENSE
    /// files skipped), each folder's files sorted by name, every real file once (see
    /// ``ArticleWalk``, which also says what it skipped). `-` stands for standard input.
    ///
    /// Returns the files found and an error for each path that gave none.
    public func articleFiles(in paths: [String]) -> (files: [String], errors: [ArticleError]) {
        let walk = ArticleWalk(paths: paths)
        return (walk.files.map(\.path), walk.errors)
    }

    /// README, SOURCE, LICENSE and CHANGELOG files describe a folder; they are not articles.
    public static func isProjectFile(_ name: String) -> Bool {
        let stem = name.split(separator: ".").first.map { $0.uppercased() } ?? ""
        return ["README", "SOURCE", "SOURCES", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE"].contains(stem)
    }

    /// Reads and parses one article; `-` reads standard input to its end. A path
    /// `news.rss#2` that names no file reads the second article of `news.rss` (a feed's
    /// second item, as ``loadAll(path:)`` numbers them).
    public func load(path: String) throws(ArticleError) -> ParsedArticle {
        let data: Data
        do {
            data = try read(path: path)
        } catch {
            if error.problem == .notFound, let item = try loadItem(path) { return item }
            throw error
        }
        return try parse(data: data, path: path)
    }

    /// The article `file#N` of a file holding several, or nil when `path` is not such a
    /// path or its file does not exist.
    private func loadItem(_ path: String) throws(ArticleError) -> ParsedArticle? {
        guard let (file, number) = ArticleItemPath.split(path), case .success = FileStatus.of(file) else { return nil }
        let all = try loadAll(path: file)
        guard let item = all.first(where: { $0.article.path == path }) else {
            let count = all.count == 1 && all[0].article.path == file ? "one article" : "\(all.count) articles"
            throw ArticleError(path: path, problem: .notAnArticle("\(file) holds \(count), no item \(number)"))
        }
        return item
    }

    /// Reads every article in a file: the items of a feed (paths `news.xml#1`, `#2`…),
    /// else the one article ``load(path:)`` reads.
    public func loadAll(path: String) throws(ArticleError) -> [ParsedArticle] {
        try parseAll(data: try read(path: path), path: path)
    }

    /// Every article in the bytes of a file: a feed's items (paths `news.xml#1`, `#2`…),
    /// else the one article ``parse(data:path:)`` gives.
    ///
    /// ```swift
    /// try loader.parseAll(data: feedBytes, path: "news.xml").map(\.article.path)   // ["news.xml#1", "news.xml#2"]
    /// ```
    public func parseAll(data: Data, path: String) throws(ArticleError) -> [ParsedArticle] {
        if data.count <= maximumBytes, let format = ArticleFormatRegistry.format(for: path, data: data) {
            return try format.parseAll(data: data, path: path)
        }
        return [try parse(data: data, path: path, askFormats: false)]
    }

    /// Reads and parses only the first `bytes` of a file, cut at the last paragraph
    /// break, so a reader can show the first screen of a huge article at once and parse
    /// the rest afterwards. `complete` is true when the whole file fitted.
    ///
    /// ```swift
    /// let head = try loader.loadHead(path: "big.txt", bytes: 64 * 1024)
    /// head.complete   // false for a 6.5 MB article
    /// ```
    public func loadHead(path: String, bytes limit: Int = 64 * 1024) throws(ArticleError) -> (parsed: ParsedArticle, complete: Bool) {
        guard path != "-" else { return (try load(path: path), true) }
        // A page's markup cannot be cut at a blank line: registered formats load whole.
        if let dot = path.lastIndex(of: "."),
           ArticleFormat.articleExtensions.subtracting(ArticleFormat.builtInExtensions)
               .contains(path[path.index(after: dot)...].lowercased()) {
            return (try load(path: path), true)
        }
        let (head, size) = try FileReader.readPrefix(path, bytes: limit, limit: maximumBytes)
        if size <= limit || head.count < limit { return (try parse(data: head, path: path), true) }
        var data = head
        // Cut at the last blank line so no paragraph is read in half.
        if let cut = data.withUnsafeBytes({ raw -> Int? in
            var i = raw.count - 1
            while i > 0 { if raw[i] == 0x0A && raw[i - 1] == 0x0A { return i }; i -= 1 }
            return nil
        }) {
            data = data.prefix(cut)
        } else {
            // No paragraph break: back off to a UTF-8 character boundary.
            while let last = data.last, last & 0xC0 == 0x80 { data.removeLast() }
            if let last = data.last, last >= 0xC0 { data.removeLast() }
        }
        return (try parse(data: data, path: path), false)
    }

    /// Parses article bytes: refuses empty and binary input; hands them to a format in
    /// ``ArticleFormatRegistry`` that recognizes them (HTML pages), else decodes UTF-8
    /// (invalid bytes become U+FFFD, with a warning) as plain text or Markdown.
    public func parse(data: Data, path: String) throws(ArticleError) -> ParsedArticle {
        try parse(data: data, path: path, askFormats: true)
    }

    /// ``parse(data:path:)``; `askFormats` false when the registry was asked already.
    private func parse(data: Data, path: String, askFormats: Bool) throws(ArticleError) -> ParsedArticle {
        if data.count > maximumBytes {
            throw ArticleError(path: path, problem: .tooLarge(bytes: data.count, limit: maximumBytes))
        }
        let nul: Int? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let p = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(p))
        }
        // A registered format (HTML) checks bytes itself: UTF-16 pages hold NULs.
        if askFormats, let format = ArticleFormatRegistry.format(for: path, data: data) {
            return try format.parse(data: data, path: path)
        }
        if let nul { throw ArticleError(path: path, problem: .binary(offset: nul)) }
        var warnings: [ParseWarning] = []
        let text: String
        if let valid = String(validating: data, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: data, as: UTF8.self)
            warnings.append(ParseWarning(path: path, message: "invalid UTF-8; bad bytes are shown as \u{FFFD}"))
        }
        if text.allSatisfy(\.isWhitespace) {
            throw ArticleError(path: path, problem: .empty)
        }
        var parsed = ArticleParser.parse(text: text, path: path)
        if parsed.article.blocks.isEmpty { throw ArticleError(path: path, problem: .empty) }
        parsed.warnings = warnings + parsed.warnings
        return parsed
    }

    private func read(path: String) throws(ArticleError) -> Data {
        if path == "-" {
            var data = Data()
            let handle = FileHandle.standardInput
            while true {
                let chunk: Data
                do { chunk = try handle.read(upToCount: 1 << 16) ?? Data() } catch {
                    throw ArticleError(path: path, problem: .unreadable(error.localizedDescription))
                }
                if chunk.isEmpty { break }
                data.append(chunk)
                if data.count > maximumBytes {
                    throw ArticleError(path: path, problem: .tooLarge(bytes: data.count, limit: maximumBytes))
                }
            }
            return data
        }
        return try FileReader.read(path, limit: maximumBytes)
    }
}
