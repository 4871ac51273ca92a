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
        let fm = FileManager.default
        func isDir(_ p: String) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: p, isDirectory: &d) && d.boolValue
        }
        if let env = environment[environmentVariable], !env.isEmpty { return env }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        if let exe = Bundle.main.executableURL { dir = exe.resolvingSymlinksInPath().deletingLastPathComponent() }
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent(folder).path
            if isDir(candidate), fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                return candidate
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        if isDir(folder) { return folder }
        return nil
    }
}
