import Foundation

/// Finds a folder that ships with Byline (`seeds/`, `themes/`): installed under the
/// binary's prefix (`PREFIX/bin/byline` → `PREFIX/share/byline/themes`), or, for a binary
/// built in a checkout (`swift run byline`), the checkout's own folder. Never the current
/// folder: the binary behaves the same wherever it is started.
///
/// ```swift
/// ResourceLocator.locate(folder: "themes", environmentVariable: "BYLINE_THEMES")
/// // "$BYLINE_THEMES" if set, else "/usr/local/share/byline/themes" for /usr/local/bin/byline,
/// // else "/src/byline/themes" for a binary built in /src/byline/.build
/// ```
enum ResourceLocator {
    /// How `locate` searches, for help texts.
    static func searchDescription(folder: String, environmentVariable: String) -> String {
        """
        $\(environmentVariable) if set, else PREFIX/share/byline/\(folder) for the binary PREFIX/bin/byline \
        (or the \(folder)/ folder of the checkout a development build was built in).
        """
    }

    /// `$environmentVariable` if set and not empty; else `../share/byline/folder` from the
    /// executable's folder; else the first folder up from the executable that has
    /// `Package.swift` and `folder/`; else nil.
    static func locate(folder: String, environmentVariable: String,
                       environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let env = environment[environmentVariable], !env.isEmpty { return env }
        // Plain system calls rather than Bundle and URL: this runs before the reader's
        // first paint, and Foundation's first use of them costs about half a millisecond.
        var dir = executableDirectory()
        let installed = parent(of: dir) + "/share/byline/" + folder
        if isDirectory(installed) { return installed }
        for _ in 0..<8 {
            let candidate = dir + "/" + folder
            if isDirectory(candidate), access(dir + "/Package.swift", F_OK) == 0 { return candidate }
            guard dir != "/" else { break }
            dir = parent(of: dir)
        }
        return nil
    }

    /// `/a/b` → `/a`; `/a` → `/`.
    private static func parent(of dir: String) -> String {
        guard let slash = dir.lastIndex(of: "/"), dir != "/" else { return "/" }
        return slash == dir.startIndex ? "/" : String(dir[..<slash])
    }

    /// The folder of the running executable, symbolic links resolved.
    private static func executableDirectory() -> String {
        var path: String?
        if let resolved = realpath("/proc/self/exe", nil) {
            path = String(cString: resolved)
            free(resolved)
        } else if let first = CommandLine.arguments.first, let resolved = realpath(first, nil) {
            path = String(cString: resolved)
            free(resolved)
        }
        guard let path, let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
