import Foundation
import GRDB

extension Library {
    /// The reading state of an article file (empty when it was never opened).
    package func readingState(for path: String) throws(StoreError) -> ReadingState {
        let key = Self.absolute(path)
        return try read { db in
            var state = ReadingState()
            if let row = try Row.fetchOne(db, sql: "SELECT isRead, block, offset FROM reading_state WHERE path = ?", arguments: [key]) {
                state.isRead = row[0]
                if let block = row[1] as Int? { state.position = ReadingPosition(block: block, offset: row[2] ?? 0) }
            }
            state.bookmarks = try Self.fetchBookmarks(db, path: key)
            return state
        }
    }

    /// Marks an article read or unread; committed before returning.
    package func setRead(_ isRead: Bool, for path: String) throws(StoreError) {
        let key = Self.absolute(path)
        try write { db in
            try db.execute(sql: """
                INSERT INTO reading_state (path, isRead, updatedAt) VALUES (?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET isRead = excluded.isRead, updatedAt = excluded.updatedAt
                """, arguments: [key, isRead, Date().timeIntervalSince1970])
        }
    }

    /// Saves where reading stopped (nil forgets it); committed before returning.
    package func setPosition(_ position: ReadingPosition?, for path: String) throws(StoreError) {
        let key = Self.absolute(path)
        try write { db in
            try db.execute(sql: """
                INSERT INTO reading_state (path, block, offset, updatedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET block = excluded.block, offset = excluded.offset,
                    updatedAt = excluded.updatedAt
                """, arguments: [key, position?.block, position?.offset, Date().timeIntervalSince1970])
        }
    }

    /// Adds a bookmark (or relabels the one at the same position); committed before
    /// returning.
    @discardableResult
    package func addBookmark(at position: ReadingPosition, label: String, for path: String) throws(StoreError) -> Bookmark {
        let key = Self.absolute(path)
        let now = Date()
        return try write { db in
            try db.execute(sql: """
                INSERT INTO bookmark (path, block, offset, label, createdAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(path, block, offset) DO UPDATE SET label = excluded.label
                """, arguments: [key, position.block, position.offset, label, now.timeIntervalSince1970])
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM bookmark WHERE path = ? AND block = ? AND offset = ?",
                                        arguments: [key, position.block, position.offset]) ?? db.lastInsertedRowID
            return Bookmark(id: id, path: key, position: position, label: label, created: now)
        }
    }

    /// Removes a bookmark; committed before returning.
    package func removeBookmark(id: Int64) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM bookmark WHERE id = ?", arguments: [id]) }
    }

    /// Removes every bookmark of an article file; committed before returning.
    package func removeBookmarks(for path: String) throws(StoreError) {
        let key = Self.absolute(path)
        try write { db in try db.execute(sql: "DELETE FROM bookmark WHERE path = ?", arguments: [key]) }
    }

    /// The file, among `paths`, whose reading state changed last (opened, read, or
    /// scrolled): where the reader picks up. Nil when none was ever opened.
    ///
    /// ```swift
    /// try library.lastOpened(among: ["a.txt", "b.txt"])   // "b.txt"
    /// ```
    package func lastOpened(among paths: [String]) throws(StoreError) -> String? {
        var byKey: [String: String] = [:]
        for p in paths { byKey[Self.absolute(p)] = p }
        return try read { db in
            let recent = try String.fetchAll(db, sql: "SELECT path FROM reading_state ORDER BY updatedAt DESC LIMIT 200")
            return recent.lazy.compactMap { byKey[$0] }.first
        }
    }

    /// Every bookmark in the library, newest first.
    package func bookmarks() throws(StoreError) -> [Bookmark] {
        try read { db in try Self.fetchBookmarks(db, path: nil) }
    }

    private static func fetchBookmarks(_ db: Database, path: String?) throws -> [Bookmark] {
        let sql = path == nil
            ? "SELECT id, path, block, offset, label, createdAt FROM bookmark ORDER BY createdAt DESC, id DESC"
            : "SELECT id, path, block, offset, label, createdAt FROM bookmark WHERE path = ? ORDER BY block, offset"
        let arguments: StatementArguments = path.map { [$0] } ?? []
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            Bookmark(id: row[0], path: row[1], position: ReadingPosition(block: row[2], offset: row[3]),
                     label: row[4], created: Date(timeIntervalSince1970: row[5]))
        }
    }
}
