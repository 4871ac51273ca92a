#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif

/// The article files named by a command line's paths, each real file once.
///
/// Files are taken as given; folders are searched recursively for `.txt`, `.text`, `.md`
/// and `.markdown` files and those of the registered formats (`.html`, `.rss`…; hidden
/// names and README/SOURCE/LICENSE-like files skipped), each folder's names in sorted
/// order, and for files of a sniffed extension whose first bytes a format recognizes
/// (a `.xml` file that is a feed; other XML files are skipped without a word). `-`
/// stands for standard input.
///
/// Every folder and file is visited once, known by its device and inode, so symbolic
/// links can neither loop (`self -> .`) nor list an article twice. Symbolic links met
/// inside folders are followed after every path's own files and folders, so a file is
/// listed under a path without a link whenever it has one. What is left out is said in
/// ``skipped``, naming the link: `news/s1: skipped: symbolic link to news, a folder
/// already searched`.
///
/// ```swift
/// let walk = ArticleWalk(paths: ["news", "extra.md", "-"])
/// walk.files.map(\.path)   // ["news/a.txt", "news/sub/b.md", "extra.md", "-"]
/// walk.errors              // ArticleError for a missing path, a FIFO, a folder with no article
/// walk.skipped             // links and second names of files already listed
/// ```
package struct ArticleWalk: Sendable {
    /// An article file found: its path, and what `stat` said of it (nil for `-`).
    package struct File: Sendable, Hashable {
        package var path: String
        package var status: FileStatus?
    }

    /// A path left out, and why. Not an error: what it leads to is listed, or was never
    /// an article.
    package struct Skipped: Sendable, Hashable, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): skipped: \(reason)" }
    }

    package private(set) var files: [File] = []
    package private(set) var errors: [ArticleError] = []
    package private(set) var skipped: [Skipped] = []

    /// Searched folders and listed files, by identity, with the path first used.
    private var folders: [FileStatus.Identity: String] = [:]
    private var listed: [FileStatus.Identity: String] = [:]
    /// Links met inside folders, followed once every path's own tree is listed.
    private var links: [(path: String, root: Int)] = []
    /// Article files met under each command-line path, listed or already listed (a
    /// folder that holds none is an error).
    private var found: [Int]

    /// The article extensions, read once (the registry of formats holds a lock).
    private let extensions = ArticleFormat.articleExtensions
    /// Extensions whose files are articles only when their first bytes say so (`xml`:
    /// a feed), read once.
    private let sniffed = ArticleFormatRegistry.sniffedExtensions.subtracting(ArticleFormat.articleExtensions)

    package init(paths: [String]) {
        found = Array(repeating: 0, count: paths.count)
        var searched: [Int] = []
        for (root, path) in paths.enumerated() where visitRoot(path, root: root) {
            searched.append(root)
        }
        var next = 0
        while next < links.count {
            follow(links[next].path, root: links[next].root)
            next += 1
        }
        for root in searched where found[root] == 0 {
            errors.append(ArticleError(path: paths[root], problem: .noArticles))
        }
    }

    /// `a.txt`, `b.MD`: an article extension, not a README/LICENSE-like file.
    package static func isArticleName(_ name: String, extensions: Set<String> = ArticleFormat.articleExtensions) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        let ext = name[name.index(after: dot)...].lowercased()
        guard extensions.contains(ext) else { return false }
        // Only names starting like README, SOURCE, LICENSE, CHANGELOG or NOTICE can be
        // project files; skip the costlier check for the others.
        guard let first = name.utf8.first, "RSLCNrslcn".utf8.contains(first) else { return true }
        return !ArticleLoader.isProjectFile(name)
    }

    private func isArticle(_ name: String) -> Bool {
        Self.isArticleName(name, extensions: extensions)
    }

    /// `news.xml`: a name whose content decides (``ArticleFormatRegistry/sniffedExtensions``).
    private func isSniffed(_ name: String) -> Bool {
        guard !sniffed.isEmpty, let dot = name.lastIndex(of: ".") else { return false }
        return sniffed.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Whether the file `name` in the open folder `folder` (or at `name` itself when
    /// `folder` is `AT_FDCWD`) holds articles by its first bytes (a `.xml` file that is
    /// a feed, not any XML document). One read of at most 4 KB.
    private static func holdsArticles(_ name: String, in folder: Int32, path: String) -> Bool {
        let fd = PathBytes.withCString(name) { openat(folder, $0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: ArticleFormatRegistry.prefixLength)
        let count = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        return ArticleFormatRegistry.holdsArticles(path: path, prefix: Data(buffer[..<count]))
    }

    /// A path as given. Returns true when it is a folder that was searched.
    private mutating func visitRoot(_ path: String, root: Int) -> Bool {
        if path == "-" {
            files.append(File(path: path, status: nil))
            found[root] += 1
            return false
        }
        let status: FileStatus
        switch FileStatus.of(path) {
        case .success(let s): status = s
        case .failure(let e):
            errors.append(ArticleError(path: path, problem: e.articleProblem))
            return false
        }
        switch status.kind {
        case .folder:
            if let earlier = folders[status.identity] {
                skipped.append(Skipped(path: path, reason: Self.alreadySearched(earlier, path)))
                return false
            }
            search(path, root: root)
            return true
        case .regular:
            list(path, status, root: root)
        default:
            errors.append(ArticleError(path: path, problem: .notAFile(status.kindDescription)))
        }
        return false
    }

    /// A symbolic link met inside a folder, followed.
    private mutating func follow(_ path: String, root: Int) {
        let name = Self.lastComponent(path)
        switch FileStatus.of(path) {
        case .failure(let e):
            if e.code == ELOOP {
                skipped.append(Skipped(path: path, reason: "symbolic link loop"))
            } else if isArticle(name) {
                skipped.append(Skipped(path: path, reason: e.code == ENOENT ? "broken symbolic link" : e.description))
            }
        case .success(let status):
            switch status.kind {
            case .folder:
                if let earlier = folders[status.identity] {
                    skipped.append(Skipped(path: path, reason: "symbolic link to \(earlier), a folder already searched"))
                } else {
                    search(path, root: root)
                }
            case .regular:
                if isArticle(name) || (isSniffed(name) && Self.holdsArticles(path, in: AT_FDCWD, path: path)) {
                    list(path, status, root: root)
                }
            default:
                if isArticle(name) {
                    errors.append(ArticleError(path: path, problem: .notAFile(status.kindDescription)))
                }
            }
        }
    }

    /// Lists a regular file unless it is already listed under another path.
    private mutating func list(_ path: String, _ status: FileStatus, root: Int) {
        found[root] += 1
        if let earlier = listed[status.identity] {
            skipped.append(Skipped(path: path, reason: earlier == path ? "listed already" : "same file as \(earlier)"))
            return
        }
        listed[status.identity] = path
        files.append(File(path: path, status: status))
    }

    private enum Item {
        case folder(String)
        case file(String, FileStatus)
    }

    /// Searches a folder and its subfolders, depth first in name order, without
    /// recursion (however deep the tree) and with one folder open at a time.
    private mutating func search(_ top: String, root: Int) {
        var stack: [Item] = [.folder(top)]
        while let item = stack.popLast() {
            switch item {
            case .file(let path, let status):
                list(path, status, root: root)
            case .folder(let path):
                let children = read(folder: path, root: root)
                stack.append(contentsOf: children.reversed())
            }
        }
    }

    /// The entries of one folder that may hold articles, in name order; links are put
    /// aside for later and non-files with an article name reported.
    private mutating func read(folder: String, root: Int) -> [Item] {
        let fd = PathBytes.withCString(folder) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else {
            skipped.append(Skipped(path: folder, reason: "cannot open the folder: \(Errno(errno).description)"))
            return []
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else { close(fd); return [] }
        let identity = FileStatus(info).identity
        if let earlier = folders[identity] {
            close(fd)
            skipped.append(Skipped(path: folder, reason: Self.alreadySearched(earlier, folder)))
            return []
        }
        folders[identity] = folder
        guard let dir = fdopendir(fd) else { close(fd); return [] }
        defer { closedir(dir) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { PathBytes.string(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            entries.append((name, entry.pointee.d_type))
        }
        entries.sort { $0.name < $1.name }
        let base = folder == "/" ? "" : (folder.hasSuffix("/") ? String(folder.dropLast()) : folder)
        var items: [Item] = []
        for (name, type) in entries {
            let full = base + "/" + name
            var kind: FileStatus.Kind
            switch Int32(type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_REG): kind = .regular
            case Int32(DT_UNKNOWN): kind = .other
            default: kind = .fifo
            }
            var status: FileStatus?
            let sniffs = isSniffed(name)
            if kind == .other || (kind == .regular && (isArticle(name) || sniffs)) || (kind == .fifo && isArticle(name)) {
                // Relative to the open folder: the kernel does not walk the whole path again.
                var entryInfo = stat()
                guard PathBytes.withCString(name, { fstatat(fd, $0, &entryInfo, AT_SYMLINK_NOFOLLOW) }) == 0 else { continue }
                status = FileStatus(entryInfo)
                kind = status!.kind
            }
            switch kind {
            case .folder:
                items.append(.folder(full))
            case .link:
                links.append((full, root))
            case .regular:
                // A sniffed name (`news.xml`) is listed when its first bytes are a
                // format's (a feed), and skipped silently when not (any other XML).
                if let status, isArticle(name) || (sniffs && Self.holdsArticles(name, in: fd, path: full)) {
                    items.append(.file(full, status))
                }
            default:
                if let status, isArticle(name) {
                    errors.append(ArticleError(path: full, problem: .notAFile(status.kindDescription)))
                }
            }
        }
        return items
    }

    static func alreadySearched(_ earlier: String, _ path: String) -> String {
        earlier == path ? "folder already searched" : "folder already searched as \(earlier)"
    }

    static func lastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "/").last.map(String.init) ?? path
    }
}
