import Foundation

/// Finds a folder of the Byline checkout the benchmark was built in, for the corpus it
/// measures on.
///
/// ```swift
/// Checkout.locate("Tests/Fixtures/corpus", environmentVariable: "BYLINE_CORPUS")
/// // "$BYLINE_CORPUS" if set, else "/src/byline/Tests/Fixtures/corpus" for a binary in /src/byline/.build
/// ```
enum Checkout {
    /// `$environmentVariable` if set and not empty; else `folder` in the first folder up
    /// from the executable that has `Package.swift`; else `./folder` if it exists.
    static func locate(_ folder: String, environmentVariable: String) -> String? {
        if let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty { return value }
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let executable = Bundle.main.executableURL { dir = executable.resolvingSymlinksInPath().deletingLastPathComponent() }
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent(folder).path
            if files.fileExists(atPath: dir.appendingPathComponent("Package.swift").path),
               files.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
            dir.deleteLastPathComponent()
        }
        return files.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue ? folder : nil
    }
}
