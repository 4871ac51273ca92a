-- A library as byline's first schema ("v1", LibrarySchema) left it: one indexed article
-- with an entity and a quotation, reading state and a bookmark, for two files.
-- Never edit this file: MigrationTests opens it with the current byline, whose later
-- migrations must upgrade it keeping all of this. A new schema version adds its own
-- file (v2.sql …) made the same way: sqlite3 library.sqlite .schema, without the FTS5
-- shadow tables (article_ft_data, _idx, _docsize, _config), plus the rows below.
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
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
INSERT INTO grdb_migrations (identifier) VALUES ('v1');
INSERT INTO article (id, path, size, mtime, hash, title, date, author, source, credit, words, body, analysis, indexedAt)
VALUES (1, '/home/ann/news/fire.txt', 220, 1546646400, '9d1a6c0b5e3f2a17', 'Escape room fire kills five teenagers in Koszalin', '2019-01-05',
        NULL, 'Wikinews', NULL, 21,
        'Five teenagers died in a fire at an escape room in Koszalin. "The door was locked," said Mariusz Kamiński.',
        '', 1546650000.0);
INSERT INTO entity (id, articleId, canonical, type, mentions, aliases) VALUES (1, 1, 'Mariusz Kamiński', 'PERSON', 2, 'Kamiński');
INSERT INTO entity_name (entityId, key) VALUES (1, 'mariusz kaminski'), (1, 'kaminski');
INSERT INTO quotation (id, articleId, speaker, speakerKey, text, partial, block, start, "end")
VALUES (1, 1, 'Mariusz Kamiński', 'mariusz kaminski', 'The door was locked,', 0, 0, 62, 82);
INSERT INTO reading_state (path, isRead, block, offset, updatedAt) VALUES
    ('/home/ann/news/fire.txt', 1, 3, 12, 1546650100.0),
    ('/home/ann/news/removed.txt', 0, 7, 0, 1546650200.0);
INSERT INTO bookmark (id, path, block, offset, label, createdAt) VALUES
    (1, '/home/ann/news/removed.txt', 7, 0, 'the minister''s answer', 1546650300.0);
