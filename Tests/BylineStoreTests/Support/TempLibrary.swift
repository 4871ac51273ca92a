import BylineKit
import Foundation
@testable import BylineStore

/// A temporary folder holding a library database and article files, removed on deinit.
///
/// ```swift
/// let t = try TempLibrary()
/// t.write("a.md", title: "Bus crash", date: "2024-05-01", body: "A bus crashed.")
/// let report = try t.library.index(paths: [t.articles])
/// ```
final class TempLibrary {
    let root: String
    /// The folder for article files.
    let articles: String
    /// The database file.
    var databasePath: String { root + "/data/library.sqlite" }
    private(set) var library: Library

    init(options: Library.Options = Library.Options()) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-store-\(UUID().uuidString)").path
        articles = root + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        library = try Library(path: root + "/data/library.sqlite", options: options)
    }

    deinit {
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root + "/data")
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Closes and opens the library again, as a new byline run would.
    func reopen(options: Library.Options = Library.Options()) throws {
        library = try Library(path: databasePath, options: options)
    }

    /// Writes a Markdown article and returns its absolute path.
    @discardableResult
    func write(_ name: String, title: String, date: String? = nil, body: String) -> String {
        var text = "---\ntitle: \(title)\n"
        if let date { text += "date: \(date)\n" }
        text += "---\n\n\(body)\n"
        return writeRaw(name, text)
    }

    @discardableResult
    func writeRaw(_ name: String, _ text: String) -> String {
        let path = articles + "/" + name
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let written = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        precondition(written, "could not write the test article \(path)")
        return path
    }

    /// Sets a file's modification time (to make "changed" independent of clock resolution).
    func setModified(_ path: String, secondsAgo: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)], ofItemAtPath: path)
    }
}

/// Counts calls from several threads (the indexer analyses in parallel).
final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    func record(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.append(path)
    }

    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return paths.count
    }
}

/// A mention of `text` (canonical `canonical`) in block `block` at `start`.
func mention(_ text: String, _ type: EntityType, canonical: String? = nil, block: Int = 1, start: Int = 0) -> EntityMention {
    EntityMention(text: text, type: type, canonical: canonical ?? text,
                  location: TextLocation(block: block, start: start, end: start + text.unicodeScalars.count))
}

/// An article at `path` with a title block and the given paragraphs.
func article(_ path: String, title: String, date: String? = nil, paragraphs: [String]) -> Article {
    Article(path: path, title: title, date: date.flatMap { ArticleDate(iso: $0) },
            blocks: [Block(kind: .headline, text: title)] + paragraphs.map { Block(kind: .paragraph, text: $0) })
}
