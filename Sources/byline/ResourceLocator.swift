import Foundation

/// Finds a folder that ships with the Byline checkout (`seeds/`, `themes/`), so that
/// `swift run byline` from a fresh clone finds it wherever the build folder is.
///
/// ```swift
/// ResourceLocator.locate(folder: "themes", environmentVariable: "BYLINE_THEMES")
/// // "$BYLINE_THEMES" if set, else "/src/byline/themes" for a binary built in /src/byline/.build
/// ```
enum ResourceLocator {
    /// How `locate` searches, for help texts.
    static func searchDescription(folder: String, environmentVariable: String) -> String {
        """
        $\(environmentVariable) if set, else the \(folder)/ folder of the Byline checkout the binary was \
        built in (found by walking up from the executable), else ./\(folder).
        """
    }

    /// `$environmentVariable` if set and not empty; else the first folder up from the
    /// executable that has `Package.swift` and `folder/`; else `./folder` if it exists.
    static func locate(folder: String, environmentVariable: String,
                       environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let env = environment[environmentVariable], !env.isEmpty { return env }
        // Plain system calls rather than Bundle and URL: this runs before the reader's
        // first paint, and Foundation's first use of them costs about half a millisecond.
        var dir = executableDirectory()
        for _ in 0..<8 {
            let candidate = dir + "/" + folder
            if isDirectory(candidate), access(dir + "/Package.swift", F_OK) == 0 { return candidate }
            guard let slash = dir.lastIndex(of: "/"), dir != "/" else { break }
            dir = slash == dir.startIndex ? "/" : String(dir[..<slash])
        }
        return isDirectory(folder) ? folder : nil
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
