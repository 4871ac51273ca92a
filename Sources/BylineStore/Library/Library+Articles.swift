import BylineKit
import GRDB

extension Library {
    /// The indexed articles, sorted by path, with their reading state; only those
    /// inside `paths` (files or folders) when given.
    ///
    /// ```swift
    /// try library.index(paths: ["news"])
    /// let list = try library.articles(in: ["news"])   // the reader's article list
    /// ```
    package func articles(in paths: [String]? = nil) throws(StoreError) -> [LibraryArticle] {
        let roots = paths?.map(Self.absolute)
        return try read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            for root in roots ?? [] {
                // Range over the path index: the root itself, anything in "root/", and
                // a feed file's items, "root#1"….
                let folder = root.hasSuffix("/") ? root : root + "/"
                let end = String(folder.dropLast()) + "0"   // "0" sorts right after "/"
                let items = String(folder.dropLast())
                conditions.append("(a.path = ? OR (a.path >= ? AND a.path < ?) OR (a.path > ? AND a.path < ?))")
                arguments += [root, folder, end, items + "#", items + "$"]
            }
            if roots != nil, conditions.isEmpty { return [] }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " OR ")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.path, a.title, a.date, a.author, a.source, a.words, s.isRead, s.block, s.offset
                FROM article a LEFT JOIN reading_state s ON s.path = a.path
                \(filter)
                ORDER BY a.path
                """, arguments: StatementArguments(arguments))
            var result: [LibraryArticle] = []
            while let row = try rows.next() {
                let block: Int? = row[7]
                result.append(LibraryArticle(
                    path: row[0], title: SearchText.display(row[1]), date: ISODate.parse(row[2]),
                    author: row[3], source: row[4], words: row[5], isRead: row[6] ?? false,
                    position: block.map { ReadingPosition(block: $0, offset: row[8] ?? 0) }))
            }
            return result
        }
    }
}
