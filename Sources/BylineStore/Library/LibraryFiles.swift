import BylineKit
import Foundation

/// The library's files on disk, kept private to their owner: the library holds what the
/// user read, where they stopped and what they marked, which is no other local user's
/// business (less keeps `.lesshst` at 0600 for the same reason).
///
/// - Folders Byline creates for the library are made 0700, the database file 0600;
///   SQLite gives the `-wal` and `-shm` files the database file's mode.
/// - On every open, group and other permissions are taken away from the database, its
///   `-wal` and `-shm` files (when the user owns them), and from Byline's own data
///   folder (`$XDG_DATA_HOME/byline`), never from a folder chosen with `--library` or
///   `$BYLINE_LIBRARY`, which may be shared on purpose.
///
/// ```swift
/// try LibraryFiles.createFolder("/home/ann/.local/share/byline")   // 0700, parents too
/// LibraryFiles.createDatabase("/home/ann/.local/share/byline/library.sqlite")  // 0600
/// LibraryFiles.makePrivate(database: path)   // 0644 → 0600, 0755 → 0700 (Byline's folder)
/// ```
enum LibraryFiles {
    /// Creates `folder` and any missing parent, each with mode 0700 (the XDG base
    /// directory specification asks this of the folders it names). Throws the errno of
    /// the first failure.
    static func createFolder(_ folder: String) throws(POSIXError) {
        var missing: [String] = []
        var current = folder
        while !current.isEmpty, current != "/", current != ".", access(current, F_OK) != 0 {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for path in missing.reversed() where mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Creates an empty database file with mode 0600 before SQLite opens it (SQLite
    /// would create it 0644, less the umask). False when it exists or cannot be created;
    /// SQLite then reports the problem.
    @discardableResult
    static func createDatabase(_ path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        close(fd)
        return true
    }

    /// Takes group and other permissions away from the database, its `-wal` and `-shm`
    /// files, and (when it is Byline's own data folder) its folder; only for what the
    /// user owns. A read-only file stays read-only (0444 becomes 0400).
    static func makePrivate(database path: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        for file in [path, path + "-wal", path + "-shm"] { restrict(file) }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, isOwnFolder(folder, environment: environment) { restrict(folder) }
    }

    /// Whether `folder` is Byline's own data folder, `$XDG_DATA_HOME/byline`.
    static func isOwnFolder(_ folder: String, environment: [String: String]) -> Bool {
        let own = XDGPaths(environment: environment).dataDirectory.path
        return URL(fileURLWithPath: folder).standardizedFileURL.path == URL(fileURLWithPath: own).standardizedFileURL.path
    }

    /// Removes the group and other bits of `path` if it exists and is the user's.
    private static func restrict(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o077 != 0 else { return }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || type == S_IFDIR else { return }
        _ = chmod(path, info.st_mode & 0o700)
    }
}
