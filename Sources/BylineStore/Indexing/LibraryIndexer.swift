import BylineKit
import Dispatch
import Foundation
import GRDB

/// Brings the index up to date with files on disk: new and changed articles are read,
/// parsed and analysed once and stored; unchanged ones are skipped; indexed files that
/// are gone from the scanned folders are removed.
///
/// A file is unchanged when its size and modification time match the index. Otherwise
/// it is read, and if its content hash matches the index only the stamp is updated.
/// A file that changes while it is read (its stamp differs after the read) is read once
/// more, then reported and left for the next run.
///
/// A file that holds several articles (a feed: `.rss`, `.atom`, a `.xml` feed) is
/// indexed as one entry per item, under the paths the reader gives them (`news.rss#1`,
/// `#2`…, ``ArticleItemPath``), so search and the entity and speaker look-ups find each
/// item. Its entries share the file's stamp; when the file changes, it is parsed again
/// and each item is compared by the hash of what it says (``ContentHash/of(article:)``):
/// an unchanged item keeps its analysis (also when it moved, an item added above it), a
/// changed one is analysed and replaced, items gone from the feed are removed. Nothing
/// is added twice.
///
/// Work goes in batches: parse and analyse a batch on all cores, then store it in one
/// transaction with prepared statements.
struct LibraryIndexer {
    /// Files per transaction: big enough to amortise the commit, small enough that
    /// another byline waiting to write (busy timeout 5 s) gets its turn.
    static let batchSize = 256

    let library: Library
    var reanalyze = false
    var analyze: @Sendable (Article) -> AnalyzedArticle
    /// Called after each read of a file, before its stamp is checked again (tests use it
    /// to change a file while it is being indexed).
    var afterRead: (@Sendable (String) -> Void)?

    private struct Known: Sendable {
        var id: Int64
        var size: Int64
        var modified: Int64
        /// Fetched only for files that need reading.
        var hash = ""
        /// The stored analysis, fetched only for the items of a feed file that changed
        /// (an item that moved in its feed keeps it).
        var analysis: String?
    }

    private struct Pending: Sendable {
        var path: String
        var stamp: FileStamp
        /// The file's own entry.
        var known: Known?
        /// The entries of its items (`news.rss#2`), by path, when it holds several.
        var items: [String: Known] = [:]
    }

    private enum Outcome: Sendable {
        case stored(AnalyzedArticle, FileStamp, hash: String, update: Bool)
        case touched(id: Int64, FileStamp)
        /// An item no longer in its file, or a file's entry replaced by its items' (or
        /// the other way round).
        case removed(id: Int64)
        case failed(IndexFailure)
    }

    func run(paths: [String], progress: ((Int, Int) -> Void)?) throws(StoreError) -> IndexReport {
        let started = DispatchTime.now()
        var report = IndexReport()
        let roots = paths.filter { $0 != "-" }.map(Library.absolute)
        if paths.contains("-") {
            report.failures.append(IndexFailure(path: "-", message: "standard input cannot be added to the library; save it to a file first"))
        }
        // The same files as ArticleLoader.articleFiles(in:), with their stamps: each real
        // file once, links that lead to folders already searched skipped and said.
        let walk = ArticleWalk(paths: roots)
        report.failures += walk.errors.map { IndexFailure(path: $0.path, message: $0.description) }
        report.skipped = walk.skipped.map(\.description)
        let files: [(path: String, stamp: FileStamp)] = walk.files.compactMap { file in
            file.status.flatMap(FileStamp.init).map { (file.path, $0) }
        }

        report.scanSeconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9

        // What the index holds: one dictionary look-up per file found, then whatever
        // was not found under a scanned path has been removed.
        var knownPaths: [String] = []
        var knownEntries: [Known] = []
        let known: [String: Int] = try library.read { db in
            var result: [String: Int] = [:]
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            result.reserveCapacity(count)
            knownPaths.reserveCapacity(count)
            knownEntries.reserveCapacity(count)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime FROM article")
            while let row = try rows.next() {
                let path: String = row[1]
                result[path] = knownEntries.count
                knownPaths.append(path)
                knownEntries.append(Known(id: row[0], size: row[2], modified: row[3]))
            }
            return result
        }

        var seen = [Bool](repeating: false, count: knownEntries.count)
        for (path, _) in files {
            if let i = known[path] { seen[i] = true }
        }
        // The entries of items (`news.rss#2`) by their file, unless a file of that very
        // name was found (`notes#2`).
        var itemsOf: [String: [Int]] = [:]
        for i in knownEntries.indices where !seen[i] {
            if let (file, _) = ArticleItemPath.split(knownPaths[i]) { itemsOf[file, default: []].append(i) }
        }
        var pending: [Pending] = []
        for (path, stamp) in files {
            let own = known[path].map { knownEntries[$0] }
            let items = itemsOf[path] ?? []
            if own == nil, items.isEmpty {
                pending.append(Pending(path: path, stamp: stamp, known: nil))
                continue
            }
            for i in items { seen[i] = true }
            let entries = (own.map { [$0] } ?? []) + items.map { knownEntries[$0] }
            if !reanalyze, entries.allSatisfy({ $0.size == stamp.size && $0.modified == stamp.modified }) {
                report.unchanged += entries.count
            } else {
                var p = Pending(path: path, stamp: stamp, known: own)
                for i in items { p.items[knownPaths[i]] = knownEntries[i] }
                pending.append(p)
            }
        }

        // Removed: indexed under a scanned path, no longer found there. One set look-up
        // per folder above each indexed path, so many paths cost no more than one.
        let scanned = Set(roots.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 })
        var removedIDs: [Int64] = []
        for i in knownEntries.indices where !seen[i] && Self.isUnder(knownPaths[i], scanned) {
            removedIDs.append(knownEntries[i].id)
        }
        if !removedIDs.isEmpty {
            try library.write { db in
                let statement = try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?")
                for id in removedIDs { try statement.execute(arguments: [id]) }
            }
            report.removed = removedIDs.count
        }

        if pending.contains(where: { $0.known != nil || !$0.items.isEmpty }) {
            try library.read { db in
                let statement = try db.cachedStatement(sql: "SELECT hash FROM article WHERE id = ?")
                for i in pending.indices {
                    if let id = pending[i].known?.id {
                        pending[i].known?.hash = try String.fetchOne(statement, arguments: [id]) ?? ""
                    }
                    let withAnalysis = try db.cachedStatement(sql: "SELECT hash, analysis FROM article WHERE id = ?")
                    for (path, item) in pending[i].items {
                        guard let row = try Row.fetchOne(withAnalysis, arguments: [item.id]) else { continue }
                        pending[i].items[path]?.hash = row[0]
                        pending[i].items[path]?.analysis = row[1]
                    }
                }
            }
        }

        var done = 0
        progress?(0, pending.count)
        var analysisNanos: UInt64 = 0
        for start in stride(from: 0, to: pending.count, by: Self.batchSize) {
            let batch = Array(pending[start..<min(start + Self.batchSize, pending.count)])
            let (outcomes, nanos) = process(batch)
            analysisNanos += nanos
            // The analyses' freed memory, left in their threads' heaps, before the store.
            if batch.contains(where: { $0.stamp.size >= 1 << 20 }) { MemoryBudget.releaseFreedMemory() }
            try store(outcomes)
            for outcome in outcomes {
                switch outcome {
                case .stored(_, _, _, let update): if update { report.updated += 1 } else { report.added += 1 }
                case .touched: report.unchanged += 1
                case .removed: report.removed += 1
                case .failed(let failure): report.failures.append(failure)
                }
            }
            done += batch.count
            progress?(done, pending.count)
        }
        report.analysisSeconds = Double(analysisNanos) / 1e9
        report.totalSeconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return report
    }

    /// Reads, parses and analyses a batch on all cores. Returns the outcomes in batch
    /// order (a feed file's, one per item, together) and the summed thread time spent.
    private func process(_ batch: [Pending]) -> ([Outcome], UInt64) {
        let results = Slots<([Outcome], UInt64)>(count: batch.count)
        let reanalyze = self.reanalyze
        let analyze = self.analyze
        let afterRead = self.afterRead
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            let t0 = DispatchTime.now().uptimeNanoseconds
            let outcome = Self.process(batch[i], reanalyze: reanalyze, analyze: analyze, afterRead: afterRead)
            results.set(i, (outcome, DispatchTime.now().uptimeNanoseconds - t0))
        }
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(batch.count)
        var nanos: UInt64 = 0
        for r in results.values {
            outcomes += r.0
            nanos += r.1
        }
        return (outcomes, nanos)
    }

    private static func process(
        _ item: Pending, reanalyze: Bool, analyze: (Article) -> AnalyzedArticle, afterRead: (@Sendable (String) -> Void)?
    ) -> [Outcome] {
        switch read(item, afterRead: afterRead) {
        case .failure(let failure):
            return [.failed(failure)]
        case .success(let (data, stamp)):
            return parse(item, data: data, stamp: stamp, reanalyze: reanalyze, analyze: analyze)
        }
    }

    /// The file's bytes and their stamp, read again once if the file changed while it
    /// was read.
    private static func read(_ item: Pending, afterRead: (@Sendable (String) -> Void)?) -> Result<(Data, FileStamp), IndexFailure> {
        var stamp = item.stamp
        // Too big for the memory at hand (reading, parsing and analysing it): said, and
        // the next file is indexed, instead of the process aborting half-way. (Asked
        // only of files over 1 MB: the question reads two /proc files.)
        if stamp.size >= 1 << 20, let problem = MemoryBudget.problem(analysingBytes: Int(clamping: stamp.size)) {
            return .failure(IndexFailure(path: item.path, message: "\(item.path): \(problem)"))
        }
        var data: Data?
        // A file being written: read again once, then give up until the next run.
        for _ in 0..<2 {
            let read: Data
            do {
                read = try FileReader.read(item.path, limit: ArticleLoader().maximumBytes)
            } catch {
                return .failure(IndexFailure(path: item.path, message: error.description))
            }
            afterRead?(item.path)
            guard let after = FileStamp.of(item.path) else {
                return .failure(IndexFailure(path: item.path, message: "\(item.path): vanished while being indexed"))
            }
            if after == stamp, Int64(read.count) == after.size {
                data = read
                break
            }
            stamp = after
        }
        guard let data else {
            return .failure(IndexFailure(path: item.path, message: "\(item.path): changed while being indexed; not indexed this time (run byline add again once it is saved)"))
        }
        return .success((data, stamp))
    }

    /// Parses and analyses what changed: the file's one article, or each item of a file
    /// that holds several (unchanged items only get the new stamp).
    private static func parse(
        _ item: Pending, data: Data, stamp: FileStamp, reanalyze: Bool, analyze: (Article) -> AnalyzedArticle
    ) -> [Outcome] {
        let hash = ContentHash.of(data)
        if let known = item.known, item.items.isEmpty, known.hash == hash, !reanalyze {
            return [.touched(id: known.id, stamp)]
        }
        let parsed: [ParsedArticle]
        do {
            parsed = try ArticleLoader().parseAll(data: data, path: item.path)
        } catch {
            return [.failed(IndexFailure(path: item.path, message: error.description))]
        }
        if parsed.count == 1, parsed[0].article.path == item.path {
            // One article: the file's entry (its items', if it was a feed, removed).
            return [.stored(analyze(parsed[0].article), stamp, hash: hash, update: item.known != nil)]
                + item.items.values.map { .removed(id: $0.id) }
        }
        var outcomes: [Outcome] = []
        var kept: Set<String> = []
        // An item that moved in its feed (one added above it) keeps its analysis.
        var analysisByHash: [String: String] = [:]
        for known in item.items.values { if let a = known.analysis { analysisByHash[known.hash] = a } }
        for p in parsed {
            let path = p.article.path
            kept.insert(path)
            let itemHash = ContentHash.of(article: p.article)
            let update = item.items[path] != nil
            if let known = item.items[path], known.hash == itemHash, !reanalyze {
                outcomes.append(.touched(id: known.id, stamp))
            } else if !reanalyze, let stored = analysisByHash[itemHash].flatMap(AnalysisCoding.decode) {
                let moved = AnalyzedArticle(article: p.article, entities: stored.entities, quotes: stored.quotes)
                outcomes.append(.stored(moved, stamp, hash: itemHash, update: update))
            } else {
                outcomes.append(.stored(analyze(p.article), stamp, hash: itemHash, update: update))
            }
        }
        for (path, known) in item.items where !kept.contains(path) { outcomes.append(.removed(id: known.id)) }
        if let known = item.known { outcomes.append(.removed(id: known.id)) }
        return outcomes
    }

    /// Stores a batch in one transaction.
    private func store(_ outcomes: [Outcome]) throws(StoreError) {
        let now = Date().timeIntervalSince1970
        try library.write { db in
            for outcome in outcomes {
                switch outcome {
                case .touched(let id, let stamp):
                    try db.cachedStatement(sql: "UPDATE article SET size = ?, mtime = ? WHERE id = ?")
                        .execute(arguments: [stamp.size, stamp.modified, id])
                case .stored(let analyzed, let stamp, let hash, _):
                    try Self.insert(analyzed, stamp: stamp, hash: hash, indexedAt: now, db: db)
                case .removed(let id):
                    try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
                case .failed:
                    break
                }
            }
        }
    }

    /// Replaces the index entry of `analyzed.article.path` (which must be absolute).
    ///
    /// The text and the analysis, each about as long as the article, are written into
    /// the row in pieces (``BlobWriter``), then the row's text is indexed for search:
    /// neither is ever held whole beside the article (a joined body string, the encoded
    /// analysis and SQLite's record of the row took three times the article's size).
    static func insert(_ analyzed: AnalyzedArticle, stamp: FileStamp, hash: String, indexedAt: Double, db: Database) throws {
        let a = analyzed.article
        try db.cachedStatement(sql: "DELETE FROM article WHERE path = ?").execute(arguments: [a.path])
        // The blocks joined with newlines, as the search index reads them.
        var bodySize = max(0, a.blocks.count - 1)
        var words = 0
        for block in a.blocks {
            bodySize += SearchText.indexable(block.text).utf8.count
            words += wordCount(block.text)
        }
        let analysisSize = AnalysisCoding.byteCount(entities: analyzed.entities, quotes: analyzed.quotes)
        try db.cachedStatement(sql: """
            INSERT INTO article (path, size, mtime, hash, title, date, author, source, credit, words, indexedAt, body, analysis)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, zeroblob(?), zeroblob(?))
            """).execute(arguments: [
                a.path, stamp.size, stamp.modified, hash, SearchText.indexable(a.title), a.date?.description,
                a.author, a.source, a.credit, words, indexedAt, bodySize, analysisSize,
            ])
        let articleID = db.lastInsertedRowID

        var body = try BlobWriter(db: db, table: "article", column: "body", row: articleID, size: bodySize)
        let newline: [UInt8] = [0x0A]
        for (i, block) in a.blocks.enumerated() {
            if i > 0 { try newline.withUnsafeBufferPointer { try body.append($0) } }
            try body.append(SearchText.indexable(block.text))
        }
        try body.close()
        var analysis = try BlobWriter(db: db, table: "article", column: "analysis", row: articleID, size: analysisSize)
        var failure: (any Error)?
        AnalysisCoding.write(entities: analyzed.entities, quotes: analyzed.quotes) { chunk in
            guard failure == nil else { return }
            do { try analysis.append(chunk) } catch { failure = error }
        }
        if let failure { throw failure }
        try analysis.close()
        // Indexed once written (the insert trigger of schema v1 indexed the zeroes).
        try db.cachedStatement(sql: """
            INSERT INTO article_ft (rowid, title, body) SELECT id, title, body FROM article WHERE id = ?
            """).execute(arguments: [articleID])

        // Entities, grouped by canonical name and type (dates are only highlighted).
        struct Group { var type: EntityType; var canonical: String; var mentions = 0; var aliases: [String] = [] }
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for m in analyzed.entities where m.type != .date {
            let key = m.type.rawValue + "\u{1}" + m.canonical
            let i: Int
            if let existing = index[key] { i = existing } else {
                i = groups.count
                index[key] = i
                groups.append(Group(type: m.type, canonical: m.canonical))
            }
            groups[i].mentions += 1
            if m.text != m.canonical, !groups[i].aliases.contains(m.text) { groups[i].aliases.append(m.text) }
        }
        let insertEntity = try db.cachedStatement(sql: "INSERT INTO entity (articleId, canonical, type, mentions, aliases) VALUES (?, ?, ?, ?, ?)")
        let insertName = try db.cachedStatement(sql: "INSERT INTO entity_name (entityId, key) VALUES (?, ?)")
        for g in groups {
            try insertEntity.execute(arguments: [articleID, g.canonical, g.type.rawValue, g.mentions, g.aliases.joined(separator: "\n")])
            let entityID = db.lastInsertedRowID
            var keys: [String] = []
            let canonicalKey = EntityLookupKey.make(g.canonical)
            for key in [canonicalKey] + g.aliases.map(EntityLookupKey.make) where !key.isEmpty && !keys.contains(key) {
                keys.append(key)
            }
            if g.type == .person, let surname = EntityLookupKey.surname(of: g.canonical), !keys.contains(surname) {
                keys.append(surname)
            }
            for key in keys { try insertName.execute(arguments: [entityID, key]) }
        }

        let insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quotation (articleId, speaker, speakerKey, text, partial, block, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for q in analyzed.quotes {
            try insertQuote.execute(arguments: [
                articleID, q.speaker, q.speaker.map(EntityLookupKey.make), q.text, q.partial,
                q.location.block, q.location.start, q.location.end,
            ])
        }
    }

    /// Whether `path` is one of `roots` or inside one of them (`/a/b/c.txt` is under
    /// `/a` and `/a/b`, `/a/news.rss#2` under `/a/news.rss`; roots have no trailing `/`,
    /// except `/` itself).
    static func isUnder(_ path: String, _ roots: Set<String>) -> Bool {
        if roots.contains(path) || roots.contains("/") { return true }
        // An item (`/a/news.rss#2`) is under its file.
        if let (file, _) = ArticleItemPath.split(path), roots.contains(file) { return true }
        var end = path.endIndex
        while let slash = path[..<end].lastIndex(of: "/") {
            if slash > path.startIndex, roots.contains(String(path[..<slash])) { return true }
            end = slash
        }
        return false
    }

    /// Whitespace-separated words.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}

/// Result slots filled concurrently, each index by exactly one task, then read once all
/// tasks are done (`DispatchQueue.concurrentPerform` returns only then).
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    var values: [Value] { storage.map { $0! } }
}
