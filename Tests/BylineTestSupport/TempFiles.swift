import Foundation

/// A temporary folder for one test, removed when the value is released.
///
/// ```swift
/// let tmp = try TempFolder()
/// let path = try tmp.write("a.txt", " date 2024-01-01 Headline\n\nBody.")
/// ```
package final class TempFolder {
    package let path: String

    package init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("byline-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes text (UTF-8) to `name` inside the folder and returns the full path.
    @discardableResult
    package func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes bytes to `name` inside the folder and returns the full path.
    @discardableResult
    package func write(_ name: String, _ data: Data) throws -> String {
        let full = path + "/" + name
        let dir = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }
}
