import BylineKit
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Subscriptions and their stored items. BylineStore fetches nothing: the executable
/// fetches with BylineWeb and hands the items here.
///
/// Each feed's new and changed items are stored in one transaction (``storeItems(_:feed:answer:analyze:)``):
/// an update cut short (kill -9, a dropped connection) leaves every feed either as it was
/// or with all of its new items. Item files are written first, each atomically (a
/// temporary file renamed), under ``webFolder``; a file left without its row by a kill is
/// written again by the next update.
///
/// ```swift
/// let feed = try library.addFeed(url: "https://example.org/feed.xml")
/// let wanted = try library.itemsToStore(feed: feed.id, [("guid-1", "hash")])   // ["guid-1"]
/// try library.storeItems(items, feed: feed.id)
/// try library.feeds()    // with item and unread counts
/// ```
extension Library {
    /// Where the library keeps fetched articles: beside the database, `library-web/` for
    /// `library.sqlite` (one folder per feed, `feed-ID/`, and `pages/` for `byline URL`).
    package var webFolder: String {
        let folder = (path as NSString).deletingLastPathComponent
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return (folder.isEmpty ? "." : folder) + "/" + stem + "-web"
    }

    /// The folder of one feed's items.
    package func folder(feed id: Int64) -> String { webFolder + "/feed-\(id)" }

    /// Subscribes to `url`; a URL already subscribed is returned as it is (`added` false).
    @discardableResult
    package func addFeed(url: String, title: String? = nil, tags: String = "") throws(StoreError) -> (feed: FeedSubscription, added: Bool) {
        let now = Date().timeIntervalSince1970
        let added: Bool = try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO feed (url, title, tags, addedAt) VALUES (?, ?, ?, ?)",
                           arguments: [url, title, tags, now])
            return db.changesCount > 0
        }
        guard let feed = try feeds().first(where: { $0.url == url }) else {
            throw StoreError(path: path, problem: .cannotOpen("the feed \(url) was not stored"))
        }
        return (feed, added)
    }

    /// Every subscription, in the order added, with its item and unread counts.
    package func feeds() throws(StoreError) -> [FeedSubscription] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT f.id, f.url, f.title, f.tags, f.etag, f.lastModified, f.addedAt, f.checkedAt, f.updatedAt, f.lastError,
                    (SELECT count(*) FROM feed_item i WHERE i.feedId = f.id),
                    (SELECT count(*) FROM feed_item i LEFT JOIN reading_state r ON r.path = i.path
                        WHERE i.feedId = f.id AND coalesce(r.isRead, 0) = 0)
                FROM feed f ORDER BY f.id
                """)
            return rows.map { row in
                FeedSubscription(
                    id: row[0], url: row[1], title: row[2], tags: row[3], etag: row[4], lastModified: row[5],
                    addedAt: Date(timeIntervalSince1970: row[6]),
                    checkedAt: (row[7] as Double?).map(Date.init(timeIntervalSince1970:)),
                    updatedAt: (row[8] as Double?).map(Date.init(timeIntervalSince1970:)),
                    lastError: row[9], items: row[10], unread: row[11])
            }
        }
    }

    /// The stored items' files of every feed, by feed id, newest first (the files are
    /// named by date), with whether each was read: what the reader lists for a feed.
    ///
    /// ```swift
    /// try library.feedItems()[feed.id]   // [("…/feed-1/2026-12-01-9f3a….html", false), …]
    /// ```
    package func feedItems() throws(StoreError) -> [Int64: [(path: String, isRead: Bool)]] {
        try read { db in
            var items: [Int64: [(path: String, isRead: Bool)]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.feedId, i.path, coalesce(r.isRead, 0) FROM feed_item i LEFT JOIN reading_state r ON r.path = i.path
                ORDER BY i.feedId, i.path DESC
                """)
            while let row = try rows.next() { items[row[0], default: []].append((row[1], row[2])) }
            return items
        }
    }

    /// Removes a subscription, its items' rows, their articles from the index and
    /// their files (reading state is kept, as for any file). Returns false when no
    /// such feed is subscribed.
    @discardableResult
    package func removeFeed(id: Int64) throws(StoreError) -> Bool {
        let removed: Bool = try write { db in
            try db.execute(sql: "DELETE FROM article WHERE path IN (SELECT path FROM feed_item WHERE feedId = ?)", arguments: [id])
            try db.execute(sql: "DELETE FROM feed_item WHERE feedId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM feed WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
        if removed { try? FileManager.default.removeItem(atPath: folder(feed: id)) }
        return removed
    }

    /// Records a fetch's outcome: the validators and title of a successful answer
    /// (`error` nil), or the error (the feed's items and validators are kept).
    package func recordFetch(feed id: Int64, title: String? = nil, etag: String? = nil, lastModified: String? = nil,
                             error: String? = nil, changed: Bool = false) throws(StoreError) {
        try write { db in
            if let error {
                try db.execute(sql: "UPDATE feed SET lastError = ? WHERE id = ?", arguments: [error, id])
            } else {
                try Self.recordAnswer(FetchAnswer(title: title, etag: etag, lastModified: lastModified), changed: changed, feed: id, db: db)
            }
        }
    }

    /// What a successful fetch of a feed said, recorded with its items (``storeItems(_:feed:answer:analyze:)``).
    package struct FetchAnswer: Sendable {
        package var title: String?
        package var etag: String?
        package var lastModified: String?

        package init(title: String?, etag: String?, lastModified: String?) {
            self.title = title
            self.etag = etag
            self.lastModified = lastModified
        }
    }

    private static func recordAnswer(_ answer: FetchAnswer, changed: Bool, feed id: Int64, db: Database) throws {
        let now = Date().timeIntervalSince1970
        try db.execute(sql: """
            UPDATE feed SET title = coalesce(?, title), etag = coalesce(?, etag), lastModified = coalesce(?, lastModified),
                checkedAt = ?, updatedAt = CASE WHEN ? THEN ? ELSE updatedAt END, lastError = NULL
            WHERE id = ?
            """, arguments: [answer.title, answer.etag, answer.lastModified, now, changed, now, id])
    }

    /// Of the items a feed gives now (key, hash), the keys to store: new ones, changed
    /// ones, and those kept with the summary only (their page is tried again).
    package func itemsToStore(feed id: Int64, _ items: [(key: String, itemHash: String)]) throws(StoreError) -> Set<String> {
        let known: [String: (hash: String, full: Bool)] = try read { db in
            var known: [String: (String, Bool)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, itemHash, fullText FROM feed_item WHERE feedId = ?", arguments: [id]) {
                known[row[0]] = (row[1], row[2])
            }
            return known
        }
        var wanted: Set<String> = []
        for item in items {
            guard let k = known[item.key], k.hash == item.itemHash, k.full else { wanted.insert(item.key); continue }
        }
        return wanted
    }

    /// Stores a feed's items (or, with `feed` nil, pages opened by URL under `pages/`):
    /// writes each file, parses and analyses it, and commits every row in one
    /// transaction, with the fetch's `answer` (its validators: a kill between the two
    /// would leave the items stored and the next update asking for the whole feed again).
    /// An item already stored (same key) keeps its file path: a page that changed is
    /// updated, never duplicated.
    ///
    /// `shouldStop` is asked before each item is parsed and analysed and once more before
    /// the first file is written: when it says yes (the reader quitting during an update)
    /// nothing is written, the report says ``FeedStoreReport/stopped``, and the feed is
    /// as it was (its validators too, so the next update fetches it whole). Once files
    /// are written their rows are committed, which takes milliseconds.
    @discardableResult
    package func storeItems(
        _ items: [WebItem], feed id: Int64?, answer: FetchAnswer? = nil,
        analyze: @escaping @Sendable (Article) -> AnalyzedArticle = { ArticleAnalyzer().analyze($0) },
        shouldStop: (@Sendable () -> Bool)? = nil
    ) throws(StoreError) -> (report: FeedStoreReport, paths: [String]) {
        if isReadOnly { throw StoreError(path: path, problem: .readOnly) }
        let folder = id.map(folder(feed:)) ?? webFolder + "/pages"
        let existing: [String: String] = try read { db in
            guard let id else { return [:] }
            var paths: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, path FROM feed_item WHERE feedId = ?", arguments: [id]) {
                paths[row[0]] = row[1]
            }
            return paths
        }
        do {
            try LibraryFiles.createFolder(folder)
        } catch {
            throw StoreError(path: path, problem: .cannotOpen("cannot create the folder \(folder): \(Self.whyNotCreated(folder, error))"))
        }
        var report = FeedStoreReport()
        // Parsed and analysed from the bytes in memory first (the slow part, which a stop
        // may cut), then written and committed.
        var analysed: [(item: WebItem, analyzed: AnalyzedArticle, file: String)] = []
        for item in items {
            if shouldStop?() == true {
                report.stopped = true
                return (report, [])
            }
            let file = existing[item.key] ?? Self.fileName(for: item, in: folder)
            do {
                let parsed = try ArticleLoader().parse(data: item.data, path: file)
                analysed.append((item, analyze(parsed.article), file))
            } catch {
                report.failures.append("\(item.link ?? item.key): \(error)")
            }
        }
        if shouldStop?() == true {
            report.stopped = true
            return (report, [])
        }
        var prepared: [(item: WebItem, analyzed: AnalyzedArticle, stamp: FileStamp, hash: String, isNew: Bool)] = []
        for (item, analyzed, file) in analysed {
            do {
                try Self.writeAtomically(item.data, to: file)
            } catch {
                report.failures.append("\(file): cannot write: \(error)")
                continue
            }
            guard let stamp = FileStamp.of(file) else { continue }
            prepared.append((item, analyzed, stamp, ContentHash.of(item.data), existing[item.key] == nil))
        }
        let now = Date().timeIntervalSince1970
        try write { db in
            for p in prepared {
                try LibraryIndexer.insert(p.analyzed, stamp: p.stamp, hash: p.hash, indexedAt: now, db: db)
                guard let id else { continue }
                try db.execute(sql: """
                    INSERT INTO feed_item (feedId, key, itemHash, link, title, path, fullText, storedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(feedId, key) DO UPDATE SET itemHash = excluded.itemHash, link = excluded.link,
                        title = excluded.title, fullText = excluded.fullText, storedAt = excluded.storedAt
                    """, arguments: [id, p.item.key, p.item.itemHash, p.item.link, p.item.title, p.analyzed.article.path,
                                     p.item.fullText, now])
            }
            if let answer, let id { try Self.recordAnswer(answer, changed: !prepared.isEmpty, feed: id, db: db) }
        }
        report.added = prepared.filter(\.isNew).count
        report.updated = prepared.count - report.added
        return (report, prepared.map(\.analyzed.article.path))
    }

    /// `FOLDER/2026-12-01-9f3a…​.html`: the date first, so a feed's files sort by date; the
    /// rest a hash of the key, so the same item always gets the same name.
    static func fileName(for item: WebItem, in folder: String) -> String {
        let date = item.date.map { String($0.prefix(10)) }.flatMap { $0.count == 10 ? $0 : nil } ?? "undated"
        let ext = item.fileExtension.filter { $0.isLetter || $0.isNumber }
        return folder + "/" + date + "-" + ContentHash.of(Data(item.key.utf8)) + "." + (ext.isEmpty ? "html" : ext)
    }

    /// Writes `data` to a temporary file beside `path`, then renames it over `path`: a
    /// reader of `path` sees the old file or the new one, never half of one (0600).
    static func writeAtomically(_ data: Data, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var ok = true
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { ok = false; return }
                offset += n
            }
        }
        if ok { ok = fsync(fd) == 0 }
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
