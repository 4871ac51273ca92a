import GRDB

/// The versioned schema of the library database.
///
/// Each change is a new, named migration appended to ``migrator``; released migrations
/// are never edited, so a user's reading state and bookmarks survive upgrades. A
/// database that holds migrations this build does not know was written by a newer
/// byline and is opened read-only (see ``StoreError/Problem/newerSchema``).
///
/// Tables (v1):
/// - `article`: one row per indexed file: path, size, modification time, content hash,
///   metadata, the text to search and the serialised analysis;
/// - `article_ft`: FTS5 index over `article(title, body)` (external content, kept in
///   sync by triggers), tokenizer `unicode61 remove_diacritics 2`;
/// - `entity` and `entity_name`: each article's entities and the folded names (canonical,
///   aliases, surname) they can be looked up by;
/// - `quotation`: each article's quotations with their speaker;
/// - `reading_state` and `bookmark`: keyed by file path, independent of the index, so
///   re-indexing or removing a file never loses them.
///
/// Tables (v2-feeds):
/// - `feed`: one row per subscription: its URL, title, tags, the `ETag` and
///   `Last-Modified` of the last answer (for conditional requests), when it was last
///   fetched and updated, and the last error;
/// - `feed_item`: each item stored from a feed: its key (guid, else link, else title
///   and date), the hash of the item as the feed gave it (an unchanged item is never
///   fetched again) and the path of its article file (indexed in `article`).
///
/// v3-text-written-in-pieces: an article's `body` and `analysis` are its last columns,
/// written into its row after the insert, in pieces (incremental blob I/O: the row is
/// inserted with `zeroblob(n)`), so they are BLOBs holding UTF-8 text (rows stored
/// earlier hold TEXT; both read the same); the insert trigger is gone and the indexer
/// adds the row to `article_ft` once its text is written. A library of this version
/// opens read-only in an older byline.
enum LibrarySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    hash TEXT NOT NULL,
                    title TEXT NOT NULL,
                    date TEXT,
                    author TEXT,
                    source TEXT,
                    credit TEXT,
                    words INTEGER NOT NULL,
                    body TEXT NOT NULL,
                    analysis TEXT NOT NULL,
                    indexedAt REAL NOT NULL
                );
                CREATE VIRTUAL TABLE article_ft USING fts5(
                    title, body,
                    content='article', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER article_ft_ai AFTER INSERT ON article BEGIN
                    INSERT INTO article_ft(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                CREATE TRIGGER article_ft_ad AFTER DELETE ON article BEGIN
                    INSERT INTO article_ft(article_ft, rowid, title, body)
                        VALUES ('delete', old.id, old.title, old.body);
                END;
                CREATE TRIGGER article_ft_au AFTER UPDATE OF title, body ON article BEGIN
                    INSERT INTO article_ft(article_ft, rowid, title, body)
                        VALUES ('delete', old.id, old.title, old.body);
                    INSERT INTO article_ft(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;

                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    canonical TEXT NOT NULL,
                    type TEXT NOT NULL,
                    mentions INTEGER NOT NULL,
                    aliases TEXT NOT NULL
                );
                CREATE INDEX entity_article ON entity(articleId);
                CREATE TABLE entity_name (
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    key TEXT NOT NULL
                );
                CREATE INDEX entity_name_key ON entity_name(key);
                CREATE INDEX entity_name_entity ON entity_name(entityId);

                CREATE TABLE quotation (
                    id INTEGER PRIMARY KEY,
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    speaker TEXT,
                    speakerKey TEXT,
                    text TEXT NOT NULL,
                    partial INTEGER NOT NULL,
                    block INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL
                );
                CREATE INDEX quotation_article ON quotation(articleId);
                CREATE INDEX quotation_speaker ON quotation(speakerKey);

                CREATE TABLE reading_state (
                    path TEXT PRIMARY KEY,
                    isRead INTEGER NOT NULL DEFAULT 0,
                    block INTEGER,
                    offset INTEGER,
                    updatedAt REAL NOT NULL
                );
                CREATE TABLE bookmark (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    block INTEGER NOT NULL,
                    offset INTEGER NOT NULL,
                    label TEXT NOT NULL,
                    createdAt REAL NOT NULL,
                    UNIQUE (path, block, offset)
                );
                """)
        }
        migrator.registerMigration("v2-feeds") { db in
            try db.execute(sql: """
                CREATE TABLE feed (
                    id INTEGER PRIMARY KEY,
                    url TEXT NOT NULL UNIQUE,
                    title TEXT,
                    tags TEXT NOT NULL DEFAULT '',
                    etag TEXT,
                    lastModified TEXT,
                    addedAt REAL NOT NULL,
                    checkedAt REAL,
                    updatedAt REAL,
                    lastError TEXT
                );
                CREATE TABLE feed_item (
                    id INTEGER PRIMARY KEY,
                    feedId INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    itemHash TEXT NOT NULL,
                    link TEXT,
                    title TEXT,
                    path TEXT NOT NULL,
                    fullText INTEGER NOT NULL,
                    storedAt REAL NOT NULL,
                    UNIQUE (feedId, key)
                );
                CREATE INDEX feed_item_path ON feed_item(path);
                """)
        }
        // The article's text and analysis are written into its row after the insert, in
        // pieces (``BlobWriter``), and then indexed by ``LibraryIndexer/insert(_:stamp:hash:indexedAt:db:)``:
        // at insert time the row holds zeroes, so the insert trigger goes. SQLite leaves
        // `zeroblob(n)` unwritten in the row's record only when nothing but zeroblobs
        // follows it, so `body` and `analysis` become the last columns (the table is
        // rebuilt, ids kept, which keeps the search index right; foreign keys are off
        // during migrations). Deleting and updating still go through the triggers.
        migrator.registerMigration("v3-text-written-in-pieces") { db in
            try db.execute(sql: """
                CREATE TABLE article_v3 (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    hash TEXT NOT NULL,
                    title TEXT NOT NULL,
                    date TEXT,
                    author TEXT,
                    source TEXT,
                    credit TEXT,
                    words INTEGER NOT NULL,
                    indexedAt REAL NOT NULL,
                    body TEXT NOT NULL,
                    analysis TEXT NOT NULL
                );
                INSERT INTO article_v3 (id, path, size, mtime, hash, title, date, author, source, credit, words, indexedAt, body, analysis)
                    SELECT id, path, size, mtime, hash, title, date, author, source, credit, words, indexedAt, body, analysis FROM article;
                DROP TABLE article;
                ALTER TABLE article_v3 RENAME TO article;
                CREATE TRIGGER article_ft_ad AFTER DELETE ON article BEGIN
                    INSERT INTO article_ft(article_ft, rowid, title, body)
                        VALUES ('delete', old.id, old.title, old.body);
                END;
                CREATE TRIGGER article_ft_au AFTER UPDATE OF title, body ON article BEGIN
                    INSERT INTO article_ft(article_ft, rowid, title, body)
                        VALUES ('delete', old.id, old.title, old.body);
                    INSERT INTO article_ft(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                """)
        }
        return migrator
    }
}
