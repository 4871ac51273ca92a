import Foundation
import GRDB

/// Why the library index could not do what was asked. Its description is the one-line
/// message users see, always naming the database file and saying what to do:
///
/// ```
/// library /home/ann/.local/share/byline/library.sqlite is busy: another byline is
/// writing to it; try again in a moment
/// ```
///
/// None of these errors loses data: a failed write leaves the last committed state, and
/// the reader falls back to reading the article files directly.
package struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    package enum Problem: Sendable, Hashable {
        /// The file is not an SQLite database, or its pages are damaged.
        case corrupt(String)
        /// Another process holds the write lock longer than the busy timeout.
        case busy
        /// The file or its folder is not writable; reading and searching still work.
        case readOnly
        /// The disk (or the database's size limit) is full.
        case full
        /// The file or its folder cannot be opened or created.
        case cannotOpen(String)
        /// The database was written by a newer byline whose schema this one does not know.
        case newerSchema
        /// Any other SQLite failure.
        case other(String)
    }

    /// The database file.
    package var path: String
    package var problem: Problem

    package init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    package var description: String {
        let name = "library \(path)"
        switch problem {
        case .corrupt(let why):
            return "\(name) is damaged (\(why)); byline writes nothing to it: move it away to start a new library (your article files are not affected)"
        case .busy:
            return "\(name) is busy: another byline is writing to it; try again in a moment"
        case .readOnly:
            return "\(name) is read-only: searching works, but nothing new can be saved"
        case .full:
            return "\(name): the disk is full; nothing was lost, but the last change was not saved; free some space and try again"
        case .cannotOpen(let why):
            return "\(name) cannot be opened: \(why)"
        case .newerSchema:
            return "\(name) was written by a newer version of byline; it was left untouched (update byline to use it)"
        case .other(let why):
            return "\(name): \(why)"
        }
    }

    /// Maps any error thrown by GRDB or SQLite to a ``StoreError`` about `path`.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let db = error as? DatabaseError else {
            return StoreError(path: path, problem: .other(String(describing: error)))
        }
        let message = db.message ?? "\(db.resultCode)"
        switch db.resultCode.primaryResultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError(path: path, problem: .corrupt(message))
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError(path: path, problem: .busy)
        case .SQLITE_READONLY: return StoreError(path: path, problem: .readOnly)
        case .SQLITE_FULL: return StoreError(path: path, problem: .full)
        case .SQLITE_CANTOPEN, .SQLITE_PERM: return StoreError(path: path, problem: .cannotOpen(message))
        default: return StoreError(path: path, problem: .other(message))
        }
    }
}
