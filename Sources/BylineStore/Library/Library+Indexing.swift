import BylineKit
import Foundation
import GRDB

extension Library {
    /// Indexes the article files named by `paths` (files, or folders searched
    /// recursively as ``ArticleLoader/articleFiles(in:)`` does): new and changed files are
    /// parsed, analysed and stored; unchanged ones are skipped; indexed files that are
    /// gone from these paths are removed.
    ///
    /// ```swift
    /// let report = try library.index(paths: ["news"])
    /// print(report)   // "71 added, 0 updated, 0 unchanged, 0 removed"
    /// ```
    ///
    /// - Parameters:
    ///   - reanalyze: analyse every file again, even unchanged ones (after an upgrade
    ///     of the analysers).
    ///   - analyze: the analysis to run on each article (tests inject their own).
    ///   - progress: called with (files done, files to read) after each batch.
    /// - Throws: ``StoreError`` when the database fails (earlier batches stay stored).
    ///   Files that cannot be read are reported in ``IndexReport/failures`` instead.
    package func index(
        paths: [String],
        reanalyze: Bool = false,
        analyze: @escaping @Sendable (Article) -> AnalyzedArticle = { ArticleAnalyzer().analyze($0) },
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(StoreError) -> IndexReport {
        if isReadOnly { throw StoreError(path: path, problem: .readOnly) }
        let indexer = LibraryIndexer(library: self, reanalyze: reanalyze, analyze: analyze)
        return try indexer.run(paths: paths, progress: progress)
    }

    /// Stores already analysed articles as if their files had been indexed (the file's
    /// current size and modification time when it exists, else zero, so the next
    /// ``index(paths:reanalyze:analyze:progress:)`` reads it again). An item of a feed
    /// file (`news.rss#2`) gets the hash of its content, as the indexer stores it, and a
    /// zero stamp: the next indexing parses the feed again for its other items, and
    /// keeps this one's analysis.
    ///
    /// The reader uses it to keep an analysis it has just made; tests use it to build a
    /// library from hand-made ``AnalyzedArticle`` values.
    package func store(_ articles: [AnalyzedArticle]) throws(StoreError) {
        let now = Date().timeIntervalSince1970
        try write { db in
            for var analyzed in articles {
                analyzed.article.path = Self.absolute(analyzed.article.path)
                let path = analyzed.article.path
                let stamp = FileStamp.of(path)
                let isItem = stamp == nil && ArticleItemPath.split(path) != nil
                let hash = isItem ? ContentHash.of(article: analyzed.article) : ""
                try LibraryIndexer.insert(analyzed, stamp: stamp ?? FileStamp(size: 0, modified: 0), hash: hash,
                                          indexedAt: now, db: db)
            }
        }
    }

    /// The stored analysis of an article, when the file has not changed since it was
    /// indexed (for a feed's item, `news.rss#2`, its feed file): opening it then costs
    /// no analysis.
    ///
    /// ```swift
    /// let article = try ArticleLoader().load(path: "news/a.txt").article
    /// let analyzed = try library.analysis(of: article) ?? ArticleAnalyzer().analyze(article)
    /// ```
    package func analysis(of article: Article) throws(StoreError) -> AnalyzedArticle? {
        let path = Self.absolute(article.path)
        let stamp = FileStamp.of(path)
        // A feed's item (`news.rss#2`): the stored one if it says the same.
        let itemHash = stamp == nil && ArticleItemPath.split(path) != nil ? ContentHash.of(article: article) : nil
        guard stamp != nil || itemHash != nil else { return nil }
        // Decoded from the row's bytes as SQLite holds them (a BLOB, or TEXT in rows
        // stored before schema v3), without a copy of them first.
        let decoded = try read { db -> (entities: [EntityMention], quotes: [Quotation])? in
            let rows = try Row.fetchCursor(db, sql: "SELECT size, mtime, hash, analysis FROM article WHERE path = ?", arguments: [path])
            guard let row = try rows.next() else { return nil }
            if let stamp, row[0] as Int64 != stamp.size || row[1] as Int64 != stamp.modified { return nil }
            if let itemHash, row[2] as String != itemHash { return nil }
            return try row.withUnsafeData(atIndex: 3) { data in
                guard let data else { return nil }
                return data.withUnsafeBytes { AnalysisCoding.decode(bytes: $0.bindMemory(to: UInt8.self)) }
            }
        }
        guard let decoded else { return nil }
        // Refuse an analysis that does not fit the article as parsed now.
        let blocks = article.blocks.map { $0.text.unicodeScalars.count }
        let fits: (TextLocation) -> Bool = { l in
            l.block >= 0 && l.block < blocks.count && l.start >= 0 && l.start <= l.end && l.end <= blocks[l.block]
        }
        guard decoded.entities.allSatisfy({ fits($0.location) }), decoded.quotes.allSatisfy({ fits($0.location) }) else {
            return nil
        }
        return AnalyzedArticle(article: article, entities: decoded.entities, quotes: decoded.quotes)
    }

    /// Removes articles from the index (their reading state and bookmarks are kept, so
    /// adding them again restores it); a feed file's path removes its items
    /// (`news.rss#1`…). Returns how many were indexed.
    @discardableResult
    package func remove(paths: [String]) throws(StoreError) -> Int {
        try write { db in
            var count = 0
            for p in paths {
                let path = Self.absolute(p)
                // `path#…`: "$" sorts right after "#".
                try db.execute(sql: "DELETE FROM article WHERE path = ? OR (path > ? AND path < ?)",
                               arguments: [path, path + "#", path + "$"])
                count += db.changesCount
            }
            return count
        }
    }

    /// An absolute, standardised form of a path, the key of every index entry:
    /// `news/../news/a.txt` run from `/home/ann` is `/home/ann/news/a.txt`.
    package static func absolute(_ path: String) -> String {
        // Most paths are already plain (the reader asks for thousands at start): only
        // those with `.`, `..`, `//` or a trailing `/` go through URL's slower rules.
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if isPlainAbsolute(full) { return full }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `path` starts with `/` and has no empty, `.` or `..` component after it.
    static func isPlainAbsolute(_ path: String) -> Bool {
        var bytes = path.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "/") else { return false }
        var length = 0, dots = 0, onlyDots = true
        func componentIsPlain() -> Bool { length > 0 && !(onlyDots && dots <= 2) }
        while let b = bytes.next() {
            if b == UInt8(ascii: "/") {
                guard componentIsPlain() else { return false }
                length = 0; dots = 0; onlyDots = true
            } else {
                length += 1
                if b == UInt8(ascii: ".") { dots += 1 } else { onlyDots = false }
            }
        }
        return componentIsPlain()
    }
}
