import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the article files under a folder together with their stamps, in one pass.
///
/// It finds exactly the files ``ArticleLoader/articleFiles(in:)`` finds, in the same
/// order (names sorted per folder; hidden names, README-like files and other extensions
/// skipped), but with `readdir` and one `stat` per article instead of FileManager's
/// calls: re-scanning an unchanged library of ten thousand articles is most of what
/// reopening it costs.
///
/// ```swift
/// FolderScanner.scan("/home/ann/news")   // [("/home/ann/news/a.txt", FileStamp(…)), …]
/// ```
enum FolderScanner {
    /// Articles under `folder`, or nil when it cannot be listed.
    static func scan(_ folder: String) -> [(path: String, stamp: FileStamp)]? {
        var result: [(path: String, stamp: FileStamp)] = []
        guard walk(folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder, into: &result) else { return nil }
        return result
    }

    private static func walk(_ folder: String, into result: inout [(path: String, stamp: FileStamp)]) -> Bool {
        guard let dir = opendir(folder) else { return false }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            entries.append((name, type))
        }
        entries.sort { $0.name < $1.name }
        for (name, type) in entries {
            let full = folder == "/" ? "/" + name : folder + "/" + name
            var isDirectory = type == UInt8(DT_DIR)
            if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard fstatat(fd, name, &info, 0) == 0 else { continue }
                isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isDirectory {
                _ = walk(full, into: &result)
            } else if isArticleName(name) {
                // Relative to the open folder: the kernel does not walk the whole path again.
                var info = stat()
                guard fstatat(fd, name, &info, 0) == 0, let stamp = FileStamp(info) else { continue }
                result.append((full, stamp))
            }
        }
        return true
    }

    /// `a.txt`, `b.MD`: an article extension, not a README/LICENSE-like file.
    static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        let ext = name[name.index(after: dot)...].lowercased()
        guard ArticleFormat.articleExtensions.contains(ext) else { return false }
        // Only names starting like README, SOURCE, LICENSE, CHANGELOG or NOTICE can be
        // project files; skip the costlier check for the others.
        guard let first = name.utf8.first, "RSLCNrslcn".utf8.contains(first) else { return true }
        return !ArticleLoader.isProjectFile(name)
    }
}
