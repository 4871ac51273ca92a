import BylineKit
import BylineReader
import BylineStore
import BylineWeb
import Foundation

/// `byline URL` and `byline news.rss`: each http:// or https:// argument is fetched and replaced by files the
/// reader opens like any other: a page by the page (kept as fetched, UTF-8, with its
/// address as `<base>`), a feed by one file per item, so each item is an article of
/// the reading list (a feed file named in the reader is split the same way). With the library on they are stored in it (`library-web/pages/`,
/// indexed, so they read offline and `byline search` finds them); with `--no-history`
/// they go to a temporary folder removed when the reader closes.
///
/// ```swift
/// let inputs = try WebInputs(paths: ["https://example.org/news", "notes.md"], history: true)
/// inputs.paths   // ["~/.local/share/byline/library-web/pages/undated-….html", "notes.md"]
/// ```
final class WebInputs {
    private(set) var paths: [String] = []
    private(set) var failed = 0
    private var temporaryFolder: String?

    /// - Parameter feedFiles: also split each feed *file* named (not those inside folders)
    ///   into one file per item, so the reader lists each item as an article (`dump`
    ///   and `analyze` already give one article per item).
    init(paths arguments: [String], history: Bool, feedFiles: Bool = false) {
        let feedFileIndices = feedFiles ? Set(arguments.indices.filter { Self.isFeedFile(arguments[$0]) }) : []
        guard arguments.contains(where: WebFetcher.isWebAddress) || !feedFileIndices.isEmpty else {
            paths = arguments
            return
        }
        let library = history ? Self.openLibrary() : nil
        let fetcher = WebFetcher(options: UpdateCommand.fetchOptions())
        defer { fetcher.shutdown() }
        for (i, argument) in arguments.enumerated() {
            if feedFileIndices.contains(i), let items = Self.items(ofFeedFile: argument) {
                do { paths += try store(items, in: library) } catch { paths.append(argument) }
                continue
            }
            guard WebFetcher.isWebAddress(argument) else { paths.append(argument); continue }
            do {
                let items = try Self.items(from: try fetcher.fetch(argument, accept: FeedUpdater.feedAccept + ", text/html;q=0.9"))
                paths += try store(items, in: library)
            } catch {
                Diagnostics.error("\(error)")
                failed += 1
            }
        }
    }

    /// Whether the configuration file allows a library (`history = false` does not);
    /// read only when an argument is an address.
    static func historyAllowed(config: String?, paths: [String]) -> Bool {
        guard paths.contains(where: { WebFetcher.isWebAddress($0) || isFeedFile($0) }) else { return true }
        return ThemeOptions.loadSettings(theme: nil, config: config, otherThemes: false).config.history ?? true
    }

    deinit {
        if let temporaryFolder { try? FileManager.default.removeItem(atPath: temporaryFolder) }
    }

    /// A page as one item, a feed as its items (their own content: opening a feed by
    /// its address fetches no page; `byline feeds add` and `update` do). A feed is known
    /// by its type, or, unless the type says HTML, by its root element (``XMLRoot``).
    static func items(from response: FetchResponse) throws -> [WebItem] {
        let type = response.mediaType ?? ""
        let isFeed = type.contains("rss") || type.contains("atom") || type.contains("feed+json") || type.contains("rdf")
            || (!type.contains("html") && FeedArticleFormat().recognizesContent(response.body.prefix(ArticleFormatRegistry.prefixLength)))
        guard isFeed else {
            return [WebItem(key: response.url, itemHash: "", link: response.url, title: nil, date: nil,
                            data: FeedItemDocument.snapshot(of: response), fileExtension: "html", fullText: true)]
        }
        let feed = try FeedParser.parse(data: response.body, path: response.url, charset: response.charset)
        if let problem = feed.problem { Diagnostics.error("\(response.url): \(problem)") }
        guard !feed.items.isEmpty else { throw ArticleError(path: response.url, problem: .unreadable("feed holds no items")) }
        return feed.items.map { item in
            let document = FeedItemDocument(item: item, feed: feed)
            return WebItem(key: response.url + "#" + document.key, itemHash: document.itemHash, link: item.link, title: item.title,
                           date: item.date?.description, data: Data(document.html.utf8), fileExtension: "html", fullText: true)
        }
    }

    /// Whether `path` is a regular file that reads as a feed (`.rss`, `.atom`, `.rdf`, or
    /// a `.xml` or `.json` file whose first bytes are a feed's: its root element).
    static func isFeedFile(_ path: String) -> Bool {
        // By name first (a command line may name thousands of articles): only these are read.
        guard path != "-", let dot = path.lastIndex(of: "."),
              ["rss", "atom", "rdf", "xml", "json"].contains(path[path.index(after: dot)...].lowercased()) else { return false }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: ArticleFormatRegistry.prefixLength)) ?? Data()
        let format = FeedArticleFormat()
        return format.extensions.contains(path[path.index(after: dot)...].lowercased()) || format.recognizesContent(prefix)
    }

    /// A feed file's items as files to open, or nil to leave the file to the reader's
    /// own loading (which then says what is wrong with it).
    static func items(ofFeedFile path: String) -> [WebItem]? {
        guard let data = try? FileReader.read(path, limit: ArticleLoader().maximumBytes),
              let feed = try? FeedParser.parse(data: data, path: path), !feed.items.isEmpty else { return nil }
        if let problem = feed.problem { Diagnostics.error("\(path): \(problem)") }
        let origin = Library.absolute(path)
        return feed.items.map { item in
            let document = FeedItemDocument(item: item, feed: feed)
            return WebItem(key: origin + "#" + document.key, itemHash: document.itemHash, link: item.link, title: item.title,
                           date: item.date?.description, data: Data(document.html.utf8), fileExtension: "html", fullText: true)
        }
    }

    /// The items' files: stored in the library, or (without one) in a temporary folder.
    private func store(_ items: [WebItem], in library: Library?) throws -> [String] {
        if let library { return try library.storeItems(items, feed: nil).paths }
        if temporaryFolder == nil {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-\(getpid())-\(UUID().uuidString.prefix(8))").path
            guard mkdir(folder, 0o700) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            temporaryFolder = folder
        }
        var paths: [String] = []
        for (i, item) in items.enumerated() {
            let file = temporaryFolder! + "/\(String(format: "%04d", i + 1)).\(item.fileExtension)"
            try item.data.write(to: URL(fileURLWithPath: file))
            paths.append(file)
        }
        return paths
    }

    /// The library, or nil (said on standard error) when it cannot be written.
    private static func openLibrary() -> Library? {
        do {
            let library = try Library(path: LibraryLocation.resolve())
            if library.isReadOnly { return nil }
            return library
        } catch {
            Diagnostics.error(error)
            return nil
        }
    }
}
