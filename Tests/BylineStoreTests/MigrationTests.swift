import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineStore

/// Libraries written by earlier schema versions open with this byline, keeping their
/// reading state, bookmarks and index (Tests/Fixtures/library/v*.sql, never edited).
@Suite("Schema migrations keep users' libraries")
struct MigrationTests {
    /// A database file made from a fixture's SQL, as that version of byline left it.
    func library(from fixture: String) throws -> (TempLibrary, String) {
        let t = try TempLibrary()
        let path = t.root + "/old.sqlite"
        let sql = try String(contentsOfFile: Fixtures.path("library/\(fixture)"), encoding: .utf8)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.inTransaction { try db.execute(sql: sql); return .commit }
        }
        try queue.close()
        return (t, path)
    }

    @Test func aVersion1LibraryOpensWithItsStateAndIndex() throws {
        let (t, path) = try library(from: "v1.sql")
        _ = t
        let library = try Library(path: path)
        #expect(!library.isReadOnly)
        #expect(library.notice == nil)
        #expect(try library.queue.read { try LibrarySchema.migrator.hasCompletedMigrations($0) })

        let fire = try library.readingState(for: "/home/ann/news/fire.txt")
        #expect(fire.isRead)
        #expect(fire.position == ReadingPosition(block: 3, offset: 12))
        let removed = try library.readingState(for: "/home/ann/news/removed.txt")
        #expect(removed.position == ReadingPosition(block: 7, offset: 0))
        #expect(removed.bookmarks.map(\.label) == ["the minister's answer"])

        #expect(try library.search("koszalin escape").map(\.path) == ["/home/ann/news/fire.txt"])
        #expect(try library.articles(mentioning: "Kaminski").map(\.title) == ["Escape room fire kills five teenagers in Koszalin"])
        #expect(try library.quotations(by: "Mariusz Kamiński").map(\.text) == ["The door was locked,"])
    }

    @Test func aMigratedLibraryKeepsWorking() throws {
        let (t, path) = try library(from: "v1.sql")
        let library = try Library(path: path)
        let file = t.write("new.md", title: "Flood in Koszalin", body: "The river rose in Koszalin.")
        let report = try library.index(paths: [t.articles])
        #expect(report.added == 1)
        #expect(Set(try library.search("koszalin").map(\.path)) == [file, "/home/ann/news/fire.txt"])
        try library.setPosition(ReadingPosition(block: 1, offset: 4), for: "/home/ann/news/fire.txt")
        #expect(try Library(path: path).readingState(for: "/home/ann/news/fire.txt").position == ReadingPosition(block: 1, offset: 4))
    }
}
