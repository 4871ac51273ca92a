import BylineKit
import Foundation
import GRDB

/// The library index: an SQLite database of the articles a user keeps, with their
/// metadata, full text, entities, quotations and reading state.
///
/// ```swift
/// let library = try Library(path: LibraryLocation.resolve()!)
/// let report = try library.index(paths: ["~/news"])       // new and changed files only
/// let hits = try library.search("election")                // ranked, with snippets
/// try library.setPosition(ReadingPosition(block: 4, offset: 0), for: hits[0].path)
/// ```
///
/// Every write is its own committed transaction in WAL mode, so a killed process or a
/// dropped ssh link loses nothing already saved. Two byline processes may share one
/// library: readers never wait, and a writer waits up to ``Options/busyTimeout`` for the
/// other. Every failure is a ``StoreError`` with a message naming the database file.
package struct Library: Sendable {
    /// How to open the database.
    package struct Options: Sendable {
        /// Seconds a write waits for another process's write to finish.
        package var busyTimeout: TimeInterval = 5
        /// Open for reading only: searching works, writes throw ``StoreError/Problem/readOnly``.
        package var readOnly = false
        /// Caps the database size at this many pages (`PRAGMA max_page_count`); mostly for
        /// tests that simulate a full disk.
        package var maximumPageCount: Int?

        package init(busyTimeout: TimeInterval = 5, readOnly: Bool = false, maximumPageCount: Int? = nil) {
            self.busyTimeout = busyTimeout
            self.readOnly = readOnly
            self.maximumPageCount = maximumPageCount
        }
    }

    /// The database file.
    package let path: String
    /// True when the library could only be opened for reading (a read-only file or
    /// folder, or a schema from a newer byline); ``notice`` then says why.
    package let isReadOnly: Bool
    /// A problem worth telling the user that did not prevent opening (read-only access).
    package let notice: StoreError?

    let queue: DatabaseQueue

    /// Opens the library at `path`, creating the file and its folder when missing and
    /// migrating older schemas.
    ///
    /// A file that cannot be written is opened read-only (see ``notice``); a damaged file
    /// throws ``StoreError/Problem/corrupt(_:)`` and is left untouched.
    package init(path: String, options: Options = Options()) throws(StoreError) {
        self.path = path
        // SQLite takes a file name as UTF-8 text: a name with other bytes (kept as
        // ``PathBytes`` scalars) would open, or create, a file of another name.
        guard PathBytes.bytes(path) == Array(path.utf8) else {
            throw StoreError(path: path, problem: .cannotOpen(
                "its name is not valid UTF-8, and SQLite opens only UTF-8 file names; choose another path with --library or BYLINE_LIBRARY"))
        }
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        var readOnly = options.readOnly
        var notice: StoreError?
        if !readOnly {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !fm.fileExists(atPath: folder) {
                do {
                    try LibraryFiles.createFolder(folder)
                } catch {
                    throw StoreError(path: path, problem: .cannotOpen("cannot create the folder \(folder): \(Self.whyNotCreated(folder, error))"))
                }
            }
            let folderWritable = fm.isWritableFile(atPath: folder.isEmpty ? "." : folder)
            if exists, !fm.isWritableFile(atPath: path) || !folderWritable {
                readOnly = true
                notice = StoreError(path: path, problem: .readOnly)
            } else if !exists, !folderWritable {
                throw StoreError(path: path, problem: .cannotOpen("the folder \(folder) is not writable"))
            } else if !exists {
                LibraryFiles.createDatabase(path)
            }
        } else if !exists {
            throw StoreError(path: path, problem: .cannotOpen("no such file"))
        }
        LibraryFiles.makePrivate(database: path)

        var queue = try Self.connect(path: path, options: options, readOnly: readOnly)
        if !readOnly {
            let migrator = LibrarySchema.migrator
            do {
                if try queue.read({ try migrator.hasBeenSuperseded($0) }) {
                    readOnly = true
                    notice = StoreError(path: path, problem: .newerSchema)
                    queue = try Self.connect(path: path, options: options, readOnly: true)
                } else {
                    try migrator.migrate(queue)
                }
            } catch {
                throw StoreError.from(error, path: path)
            }
        } else {
            let complete: Bool
            do {
                complete = try queue.read { try LibrarySchema.migrator.hasCompletedMigrations($0) }
            } catch {
                throw StoreError.from(error, path: path)
            }
            if !complete, notice?.problem != .newerSchema {
                // An old read-only library: reading it could fail on missing columns.
                throw StoreError(path: path, problem: .cannotOpen("it is read-only and needs an upgrade that cannot be written"))
            }
        }
        self.queue = queue
        self.isReadOnly = readOnly
        self.notice = notice
    }

    /// Why a folder could not be created, in words: the first part of its path that
    /// exists but is not a folder, else the system's reason.
    static func whyNotCreated(_ folder: String, _ error: POSIXError) -> String {
        var isFolder: ObjCBool = false
        var partial = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/", omittingEmptySubsequences: true) {
            partial += "/" + component
            if FileManager.default.fileExists(atPath: partial, isDirectory: &isFolder), !isFolder.boolValue {
                return "\(partial.hasPrefix("./") ? String(partial.dropFirst(2)) : partial) is a file, not a folder"
            }
        }
        return String(cString: strerror(error.code.rawValue))
    }

    private static func connect(path: String, options: Options, readOnly: Bool) throws(StoreError) -> DatabaseQueue {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(options.busyTimeout)
        config.foreignKeysEnabled = true
        // WAL is set here rather than with `config.journalMode = .wal`: GRDB then
        // creates and drops a table whenever the -wal file is missing (a library no
        // byline has open), and that schema change made another byline starting at the
        // same moment fail its next write with "no such table: article". The mode is
        // stored in the file, so it is set once, when the library is created.
        let maximumPageCount = options.maximumPageCount
        config.prepareDatabase { db in
            if !readOnly {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            // Read pages through a memory map instead of copying them with pread: the
            // article list and searches touch thousands of pages.
            try db.execute(sql: "PRAGMA mmap_size = 268435456")
            if let maximumPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)") }
        }
        // In a folder it cannot write to, SQLite can read a WAL library only when its
        // -shm file exists (it cannot create it) or when told the file cannot change
        // (`immutable=1`), which holds here: no one writes to the library without
        // creating its -wal and -shm files in that folder.
        let immutable = readOnly && !folderWritable(path) && access(path + "-shm", F_OK) != 0 && access(path + "-wal", F_OK) != 0
        do {
            let queue = try DatabaseQueue(path: immutable ? immutableURI(path) : path, configuration: config)
            // Touch the file so that a damaged one fails here, not at the first query.
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch {
            let failure = StoreError.from(error, path: path)
            var unreadable = failure.problem == .readOnly
            if case .cannotOpen = failure.problem { unreadable = true }
            if readOnly, unreadable, !folderWritable(path) {
                // Not "read-only: searching works": it cannot even be read here.
                throw StoreError(path: path, problem: .cannotOpen(
                    "it is in a read-only folder, where SQLite cannot read it (it would have to create \(lastComponent(path))-shm there); make the folder writable, or copy the library elsewhere and use --library"))
            }
            throw failure
        }
    }

    private static func folderWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    private static func lastComponent(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }

    /// `file:PATH?immutable=1`, with the characters a URI gives meaning to escaped.
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0x80...: escaped += String(format: "%%%02X", byte)
            default: escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    /// Runs `body` in a read transaction, mapping failures to ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.read(body) } catch { throw StoreError.from(error, path: path) }
    }

    /// Runs `body` in its own committed (immediate) transaction.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if isReadOnly { throw StoreError(path: path, problem: .readOnly) }
        do { return try queue.write(body) } catch { throw StoreError.from(error, path: path) }
    }

    /// The number of indexed articles.
    package func count() throws(StoreError) -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
    }
}
