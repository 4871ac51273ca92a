import Foundation

/// Finds the bundled sample library (`seeds/`) for `byline` with no path.
enum SeedLocator {
    static let searchDescription = """
    $BYLINE_SEEDS if set, else the seeds/ folder of the Byline checkout the binary was \
    built in (found by walking up from the executable), else ./seeds.
    """

    /// The seeds folder, or nil when none is found.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        func isDir(_ p: String) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: p, isDirectory: &d) && d.boolValue
        }
        if let env = environment["BYLINE_SEEDS"], !env.isEmpty { return env }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        if let exe = Bundle.main.executableURL { dir = exe.resolvingSymlinksInPath().deletingLastPathComponent() }
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("seeds").path
            if isDir(candidate), fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                return candidate
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        if isDir("seeds") { return "seeds" }
        return nil
    }
}
