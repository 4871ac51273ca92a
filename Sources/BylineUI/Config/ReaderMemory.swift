import BylineKit
import Foundation
import TOMLKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the reader remembers between sessions: the theme chosen with `T` and the side
/// panes' widths set with `+` and `-`. Kept in `$XDG_STATE_HOME/byline/reader.toml`
/// (`~/.local/state/byline/reader.toml`), created 0600 in a 0700 folder; never written
/// with history off. The configuration file, when it names them, wins.
///
/// ```swift
/// let memory = ReaderMemory.load(path: ReaderMemory.defaultPath())
/// memory.theme   // "light", after T chose it last time
/// ```
package struct ReaderMemory: Sendable, Hashable {
    package var theme: String?
    package var listWidth: Int?
    package var sidebarWidth: Int?

    package init(theme: String? = nil, listWidth: Int? = nil, sidebarWidth: Int? = nil) {
        self.theme = theme
        self.listWidth = listWidth
        self.sidebarWidth = sidebarWidth
    }

    /// The file in the user's state folder.
    package static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGPaths(environment: environment).stateDirectory.appendingPathComponent("reader.toml").path
    }

    /// What the file says; nothing for a missing, unreadable or malformed file (it is
    /// only a memory: the reader starts with its defaults).
    package static func load(path: String) -> ReaderMemory {
        guard let data = FileManager.default.contents(atPath: path), data.count < 64 * 1024,
              let text = String(data: data, encoding: .utf8), let table = try? TOMLTable(string: text) else { return ReaderMemory() }
        func width(_ key: String) -> Int? {
            table[key]?.int.flatMap { (PaneLayout.minimumSideWidth...500).contains($0) ? $0 : nil }
        }
        let theme = table["theme"]?.string.flatMap { name in
            name.isEmpty || name.count > 200 || name.unicodeScalars.contains { TextSanitizer.isUnsafe($0) } ? nil : name
        }
        return ReaderMemory(theme: theme, listWidth: width("list_width"), sidebarWidth: width("sidebar_width"))
    }

    /// Writes the file (atomically, 0600, its folder 0700); a problem to show, or nil.
    package func save(path: String) -> String? {
        let table = TOMLTable()
        if let theme { table["theme"] = theme }
        if let listWidth { table["list_width"] = listWidth }
        if let sidebarWidth { table["sidebar_width"] = sidebarWidth }
        let text = "# Written by byline: what the reader remembers between sessions.\n" + table.convert() + "\n"
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let temporary = path + ".tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                return TextSanitizer.sanitize("\(path): cannot be written")
            }
            _ = chmod(temporary, 0o600)
            guard rename(temporary, path) == 0 else { return TextSanitizer.sanitize("\(path): cannot be written") }
            return nil
        } catch {
            return TextSanitizer.sanitize("\(folder): \(error.localizedDescription)")
        }
    }
}
