#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a path, in the few fields Byline uses: which file it is
/// (device and inode, so a file reached by two paths is read once), what kind, its size
/// and modification time.
///
/// ```swift
/// let status = try FileStatus.of("seeds/000_7d5d3ea8b2b77ef2.txt")   // follows links
/// status.kind        // .regular
/// status.size        // 4211
/// ```
package struct FileStatus: Sendable, Hashable {
    /// A file's identity on this machine: the same for every path (link, hard link) to it.
    package struct Identity: Sendable, Hashable {
        package var device: UInt64
        package var inode: UInt64
    }

    package enum Kind: Sendable, Hashable {
        case regular, folder, fifo, device, socket, link, other
    }

    package var identity: Identity
    package var kind: Kind
    package var size: Int64
    /// Modification time in nanoseconds since 1970.
    package var modified: Int64

    package init(_ info: stat) {
        identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .folder
        case S_IFIFO: kind = .fifo
        case S_IFCHR, S_IFBLK: kind = .device
        case S_IFSOCK: kind = .socket
        case S_IFLNK: kind = .link
        default: kind = .other
        }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// The status of `path`, following symbolic links; the `errno` of `stat` on failure.
    package static func of(_ path: String) -> Result<FileStatus, Errno> {
        var info = stat()
        let rc = PathBytes.withCString(path) { stat($0, &info) }
        return rc == 0 ? .success(FileStatus(info)) : .failure(Errno(errno))
    }

    /// What a file that is not a regular file is, for a message: `is a FIFO (named pipe)`.
    package var kindDescription: String {
        switch kind {
        case .regular: return "is a file"
        case .folder: return "is a folder"
        case .fifo: return "is a FIFO (named pipe)"
        case .device: return "is a device"
        case .socket: return "is a socket"
        case .link: return "is a symbolic link"
        case .other: return "is a special file"
        }
    }
}

/// A system call's error number, with the words Byline uses for it.
///
/// ```swift
/// Errno(ENOENT).description   // "no such file or folder"
/// Errno(ELOOP).description    // "symbolic link loop"
/// ```
package struct Errno: Error, Sendable, Hashable, CustomStringConvertible {
    package var code: Int32

    package init(_ code: Int32) { self.code = code }

    package var description: String {
        switch code {
        case ENOENT, ENOTDIR: return "no such file or folder"
        case ELOOP: return "symbolic link loop"
        case EACCES, EPERM: return "permission denied"
        case ENAMETOOLONG: return "name too long"
        default: return String(cString: strerror(code))
        }
    }

    /// The problem an article path has when `stat` or `open` fails with this error.
    package var articleProblem: ArticleError.Problem {
        switch code {
        case ENOENT, ENOTDIR: return .notFound
        case ELOOP: return .linkLoop
        default: return .unreadable(description)
        }
    }
}
