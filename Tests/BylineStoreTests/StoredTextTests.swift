import BylineKit
import Foundation
import GRDB
import Testing
@testable import BylineStore

/// An article's text and analysis are written into its row in pieces (``BlobWriter``)
/// and indexed for search afterwards: what is stored, searched and read back is what a
/// string written whole gave.
@Suite("The text and analysis stored with an article")
struct StoredTextTests {
    @Test func theBodyIsTheBlocksJoinedWithNewlinesAndTheAnalysisItsEncoding() throws {
        let t = try TempLibrary()
        // Longer than one piece (64 KiB), with CJK text (stored with separators).
        let long = String(repeating: "The river rose in Koszalin overnight. ", count: 3_000)
        let a = article(t.root + "/a.txt", title: "Flood", paragraphs: [long, "在东京举行的会议。", "End."])
        let entities = [mention("Koszalin", .place, block: 1, start: 18)]
        let quotes = [Quotation(text: "rose", speaker: "Ann Lee", partial: true, location: TextLocation(block: 1, start: 10, end: 14))]
        try t.library.store([AnalyzedArticle(article: a, entities: entities, quotes: quotes)])
        let row = try #require(try t.library.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT CAST(body AS TEXT), CAST(analysis AS TEXT) FROM article")
        })
        let body: String = row[0]
        let analysis: String = row[1]
        #expect(body == a.blocks.map { SearchText.indexable($0.text) }.joined(separator: "\n"))
        #expect(body.contains("在\u{200B}东\u{200B}京"))
        #expect(analysis == AnalysisCoding.encode(entities: entities, quotes: quotes))
        #expect(try t.library.search("koszalin").map(\.path) == [a.path])
        #expect(try t.library.search("东京").map(\.path) == [a.path])
    }

    @Test("the search index agrees with the stored text after adding, replacing and removing articles")
    func theSearchIndexStaysConsistent() throws {
        let t = try TempLibrary()
        let first = t.write("a.md", title: "Storm warning", body: "Winds of 100 km/h.")
        t.write("b.md", title: "Quiet day", body: "Nothing happened.")
        _ = try t.library.index(paths: [t.articles])
        t.write("a.md", title: "Storm warning", body: "Winds of 150 km/h, and hail.")
        try t.setModified(first, secondsAgo: 1)
        let report = try t.library.index(paths: [t.articles])
        #expect(report.updated == 1)
        #expect(try t.library.search("hail").map(\.path) == [first])
        #expect(try t.library.search("100").isEmpty)
        try t.library.remove(paths: [first])
        #expect(try t.library.search("storm").isEmpty)
        // FTS5 reads every stored text again and compares it with its index.
        try t.library.queue.write { db in
            try db.execute(sql: "INSERT INTO article_ft(article_ft, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func anAnalysisStoredInPiecesComesBackWhole() throws {
        let t = try TempLibrary()
        let path = t.write("a.md", title: "Talks", body: String(repeating: "Kim Jong-un met Mr Moon in Seoul. ", count: 4_000))
        let parsed = try ArticleLoader().load(path: path).article
        let analyzed = ArticleAnalyzer().analyze(parsed)
        #expect(analyzed.entities.count > 4_000)
        try t.library.store([analyzed])
        let stored = try #require(try t.library.analysis(of: parsed))
        #expect(stored.entities == analyzed.entities)
        #expect(stored.quotes == analyzed.quotes)
    }

    @Test func theEncodingInPiecesIsTheEncodingWhole() {
        let entities = (0..<2_000).map { i in
            mention(i % 3 == 0 ? "Zürich\tcentre" : "Mr Kim", .person, canonical: "Kim Jong-un", block: i, start: i % 7)
        }
        let quotes = [Quotation(text: "two\nlines", speaker: nil, partial: true, location: TextLocation(block: 0, start: 0, end: 9))]
        let whole = AnalysisCoding.encode(entities: entities, quotes: quotes)
        #expect(AnalysisCoding.byteCount(entities: entities, quotes: quotes) == whole.utf8.count)
        for size in [16, 1_000, 1 << 16] {
            var pieces: [UInt8] = []
            var largest = 0
            AnalysisCoding.write(entities: entities, quotes: quotes, chunkSize: size) { chunk in
                pieces += chunk
                largest = max(largest, chunk.count)
            }
            #expect(pieces == Array(whole.utf8))
            #expect(largest <= size)
        }
    }

    @Test func aBlobWriterFillsItsValueExactly() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB NOT NULL)")
            let text = String(repeating: "0123456789", count: 10_000)
            try db.execute(sql: "INSERT INTO t (v) VALUES (zeroblob(?))", arguments: [text.utf8.count])
            var writer = try BlobWriter(db: db, table: "t", column: "v", row: db.lastInsertedRowID, size: text.utf8.count)
            for piece in stride(from: 0, to: 100_000, by: 30_000) {
                let end = min(piece + 30_000, 100_000)
                try writer.append(String(text.utf8.dropFirst(piece).prefix(end - piece))!)
            }
            try writer.close()
            #expect(try String.fetchOne(db, sql: "SELECT CAST(v AS TEXT) FROM t") == text)

            // Too few bytes, or too many, is an error.
            try db.execute(sql: "INSERT INTO t (v) VALUES (zeroblob(10))")
            var short = try BlobWriter(db: db, table: "t", column: "v", row: db.lastInsertedRowID, size: 10)
            try short.append("abc")
            #expect(throws: DatabaseError.self) { try short.close() }
            var long = try BlobWriter(db: db, table: "t", column: "v", row: db.lastInsertedRowID, size: 10)
            #expect(throws: DatabaseError.self) {
                try long.append(String(repeating: "x", count: 1 << 17))
            }
            try? long.close()
        }
    }
}
