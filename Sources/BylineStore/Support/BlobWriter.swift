import GRDB
import GRDBSQLite

/// Writes a long value of a row in pieces, with SQLite's incremental blob I/O, so that
/// the value is never held whole in memory: neither as one string nor as SQLite's
/// record of the row.
///
/// The row is inserted with `zeroblob(n)` in that column (SQLite writes `n` zero bytes
/// straight into the row's pages), then the writer fills those `n` bytes in order.
/// The value is then a BLOB of the text's UTF-8 bytes, which SQLite reads as text
/// wherever text is asked for (FTS5, `snippet()`, a string column).
///
/// ```swift
/// try db.execute(sql: "INSERT INTO article (body) VALUES (zeroblob(?))", arguments: [byteCount])
/// var writer = try BlobWriter(db: db, table: "article", column: "body", row: db.lastInsertedRowID, size: byteCount)
/// try writer.append("North Korean leader")
/// try writer.close()      // throws unless exactly byteCount bytes were written
/// ```
struct BlobWriter {
    private var blob: OpaquePointer?
    private let db: Database
    let size: Int
    /// Bytes written so far.
    private(set) var offset = 0
    /// Small pieces are gathered here and written together (each blob write walks to
    /// the page it starts on).
    private var pending: [UInt8] = []
    private static let chunk = 1 << 16

    /// Opens column `column` of row `row` in `table` for writing; the value there must be
    /// `size` bytes long. A size of 0 opens nothing.
    init(db: Database, table: String, column: String, row: Int64, size: Int) throws {
        self.db = db
        self.size = size
        guard size > 0 else { return }
        var handle: OpaquePointer?
        let code = sqlite3_blob_open(db.sqliteConnection, "main", table, column, row, 1, &handle)
        guard code == SQLITE_OK, let handle else {
            sqlite3_blob_close(handle)
            throw Self.error(code, db)
        }
        blob = handle
        pending.reserveCapacity(Self.chunk)
    }

    /// Appends a string's UTF-8 bytes.
    mutating func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { try append($0) }
    }

    /// Appends bytes (copied: the buffer may be reused).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard !bytes.isEmpty else { return }
        if pending.count + bytes.count <= Self.chunk {
            pending.append(contentsOf: bytes)
            if pending.count == Self.chunk { try flush() }
            return
        }
        try flush()
        if bytes.count >= Self.chunk {
            try write(bytes)
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    /// Writes what is pending and closes the blob; throws when the bytes written are not
    /// the value's size.
    mutating func close() throws {
        defer {
            sqlite3_blob_close(blob)
            blob = nil
        }
        try flush()
        guard offset == size else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "wrote \(offset) bytes into a value of \(size)")
        }
    }

    private mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try pending.withUnsafeBufferPointer { try write($0) }
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let blob, offset + bytes.count <= size, let base = bytes.baseAddress else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "wrote more than the \(size) bytes of the value")
        }
        let code = sqlite3_blob_write(blob, base, Int32(bytes.count), Int32(offset))
        guard code == SQLITE_OK else { throw Self.error(code, db) }
        offset += bytes.count
    }

    private static func error(_ code: Int32, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) })
    }
}
