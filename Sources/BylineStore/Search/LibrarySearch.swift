import BylineKit
import GRDB

extension Library {
    /// Full-text search over titles and text, best match first (BM25, a title match
    /// weighing ten times a body match), each with a snippet.
    ///
    /// Every word must appear; a word also matches longer words it begins (`elect`
    /// finds "election"); `"quoted words"` must appear together; case and accents are
    /// ignored; Chinese, Japanese and Korean words are found inside unspaced text.
    ///
    /// ```swift
    /// try library.search("bus crash")        // articles with both words
    /// try library.search("\"prime minister\" Kishida")
    /// try library.search("东京")
    /// ```
    ///
    /// A text stored at two paths is one result, the other path in its `copies`.
    package func search(_ query: String, limit: Int = 50) throws(StoreError) -> [SearchResult] {
        guard let pattern = SearchText.query(query) else { return [] }
        return try read { db in
            // Rank first, without snippets: SQLite computes the selected columns of every
            // matching row before sorting, and a snippet costs far more than a BM25 score
            // (a common word matches thousands of articles).
            let ids = try Int64.fetchAll(db, sql: """
                SELECT rowid FROM article_ft WHERE article_ft MATCH ?
                ORDER BY bm25(article_ft, 10.0, 1.0) LIMIT ?
                """, arguments: [pattern, limit])
            // Then a snippet for each: FTS5 seeks straight to a given rowid, while
            // `rowid IN (…)` would walk every match again.
            let statement = try db.cachedStatement(sql: """
                SELECT article.path, article.title, article.date,
                       snippet(article_ft, 1, char(2), char(3), '…', 16), article.hash
                FROM article_ft JOIN article ON article.id = article_ft.rowid
                WHERE article_ft MATCH ? AND article_ft.rowid = ?
                """)
            var copies = CopyGrouping<SearchResult>()
            for id in ids {
                guard let row = try Row.fetchOne(statement, arguments: [pattern, id]) else { continue }
                copies.add(SearchResult(
                    path: row[0], title: SearchText.display(row[1]), date: ISODate.parse(row[2]),
                    snippet: Snippet.parse(row[3])), text: row[4])
            }
            return copies.results
        }
    }

    /// The articles that mention an entity, found by its canonical name or any name an
    /// article uses for it (aliases, and a person's surname), ignoring case, accents,
    /// hyphens and dots. Articles mentioning it most come first.
    ///
    /// ```swift
    /// try library.articles(mentioning: "Kim Jong Un")   // also matches "Kim Jong-un"
    /// ```
    package func articles(mentioning name: String, limit: Int = 200) throws(StoreError) -> [EntityMatch] {
        let key = EntityLookupKey.make(name)
        guard !key.isEmpty else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT article.path, article.title, article.date, entity.canonical, entity.type,
                       entity.mentions, entity.aliases, article.hash
                FROM entity_name
                JOIN entity ON entity.id = entity_name.entityId
                JOIN article ON article.id = entity.articleId
                WHERE entity_name.key = ?
                GROUP BY entity.id
                ORDER BY entity.mentions DESC, article.date DESC, article.path
                LIMIT ?
                """, arguments: [key, limit])
            // An article may hold the name twice (a person and a place): keep its first.
            var seen = Set<String>()
            var copies = CopyGrouping<EntityMatch>()
            for row in rows {
                let path: String = row[0]
                guard seen.insert(path).inserted else { continue }
                let aliases: String = row[6]
                copies.add(EntityMatch(
                    path: path, title: SearchText.display(row[1]), date: ISODate.parse(row[2]),
                    canonical: row[3], type: EntityType(rawValue: row[4]) ?? .person, mentions: row[5],
                    aliases: aliases.isEmpty ? [] : aliases.components(separatedBy: "\n")), text: row[7])
            }
            return copies.results
        }
    }

    /// Quotations by a speaker across the library, newest articles first. The name
    /// matches the speaker's canonical name, any name the article uses for them, or a
    /// person's surname (`Trump` finds quotes by "Donald Trump").
    ///
    /// ```swift
    /// try library.quotations(by: "Antonio Guterres")
    /// ```
    package func quotations(by name: String, limit: Int = 500) throws(StoreError) -> [SpeakerQuote] {
        let key = EntityLookupKey.make(name)
        guard !key.isEmpty else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT article.path, article.title, article.date, q.speaker, q.text, q.partial,
                       q.block, q.start, q."end", article.hash
                FROM quotation q JOIN article ON article.id = q.articleId
                WHERE q.speakerKey = :key
                   OR q.id IN (
                        SELECT q2.id FROM entity_name n
                        JOIN entity e ON e.id = n.entityId
                        JOIN quotation q2 ON q2.articleId = e.articleId AND q2.speaker = e.canonical
                        WHERE n.key = :key)
                ORDER BY article.date DESC, article.path, q.block, q.start
                LIMIT :limit
                """, arguments: ["key": key, "limit": limit])
            var copies = CopyGrouping<SpeakerQuote>()
            for row in rows {
                let quote = SpeakerQuote(
                    path: row[0], title: SearchText.display(row[1]), date: ISODate.parse(row[2]),
                    speaker: row[3], text: row[4], partial: row[5],
                    location: TextLocation(block: row[6], start: row[7], end: row[8]))
                let hash: String = row[9]
                copies.add(quote, text: hash.isEmpty ? "" : "\(hash) \(quote.location.block) \(quote.location.start)")
            }
            return copies.results
        }
    }
}
