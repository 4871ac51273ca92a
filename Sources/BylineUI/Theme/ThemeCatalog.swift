import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every theme Byline can use, by name: the themes compiled in, the bundled ones
/// (`themes/` in the checkout), and the user's (`$XDG_CONFIG_HOME/byline/themes/`), a
/// user theme overriding a bundled one of the same name, which overrides a compiled-in
/// one.
///
/// ```swift
/// let catalog = ThemeCatalog(bundledDirectory: "themes", userDirectory: paths.userThemesDirectory.path)
/// catalog.entries.map(\.name)           // ["basic16", "default", "high-contrast", "light", "mono", …]
/// catalog.load("light").value?.name     // "light"
/// catalog.load("~/my.toml").value       // a theme from a file, by path
/// ```
///
/// Loading resolves `extends`: the elements a theme leaves out come from the theme it
/// extends, or from the compiled-in default.
package struct ThemeCatalog: Sendable {
    /// Where a theme comes from.
    package enum Origin: String, Sendable, Hashable {
        case builtin = "built-in"
        case bundled
        case user
    }

    /// One theme the catalog knows, not yet read.
    package struct Entry: Sendable, Hashable {
        package var name: String
        package var origin: Origin
        /// The theme file; nil for a compiled-in theme.
        package var path: String?
        /// The file or compiled-in theme this one hides, if any.
        package var overrides: Origin?
    }

    /// The themes, sorted by name.
    package let entries: [Entry]

    /// Lists the `.toml` files in both folders (either may be nil or missing).
    package init(bundledDirectory: String?, userDirectory: String?) {
        var byName: [String: Entry] = [
            Theme.builtinDefault.name: Entry(name: Theme.builtinDefault.name, origin: .builtin),
            Theme.builtinMonochrome.name: Entry(name: Theme.builtinMonochrome.name, origin: .builtin),
        ]
        for (directory, origin) in [(bundledDirectory, Origin.bundled), (userDirectory, Origin.user)] {
            guard let directory else { continue }
            for path in ThemeCatalog.themeFiles(in: directory) {
                let name = ThemeLoader.themeName(forPath: path)
                byName[name] = Entry(name: name, origin: origin, path: path, overrides: byName[name]?.origin)
            }
        }
        entries = byName.values.sorted { $0.name < $1.name }
    }

    /// The entry for a theme name.
    package func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// Whether `nameOrPath` names a file rather than a theme: it has a `/` or ends in
    /// `.toml`.
    package static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    }

    /// Reads a theme by name or path. Nil, with problems, when the theme is unknown or
    /// its file (or a theme it extends) has a problem; the caller falls back to
    /// ``Theme/builtinDefault``. `file` and `line` say where the theme was asked for
    /// (`--theme`, or the configuration file and the line of `theme`), for the problem
    /// with an unknown name.
    package func load(_ nameOrPath: String, requestedIn file: String = "--theme", line: Int? = nil) -> Loaded<Theme?> {
        load(nameOrPath, requestedIn: ConfigProblem(file: file, line: line, message: ""), visited: [])
    }

    /// Reads every theme in the catalog, in order; the ones with problems are left out
    /// and their problems reported.
    package func loadAll() -> Loaded<[Theme]> {
        var themes: [Theme] = []
        var problems: [ConfigProblem] = []
        for entry in entries {
            let loaded = load(entry.name)
            if let theme = loaded.value { themes.append(theme) }
            problems += loaded.problems
        }
        return Loaded(themes, problems: problems)
    }

    /// The definition of a theme by name or path, as its file gives it (compiled-in
    /// themes give every element).
    package func definition(_ nameOrPath: String) -> Loaded<ThemeDefinition?> {
        if ThemeCatalog.isPath(nameOrPath) {
            return ThemeLoader.load(path: ThemeCatalog.expandingTilde(nameOrPath))
        }
        guard let entry = entry(named: nameOrPath) else { return Loaded(nil) }
        if let path = entry.path { return ThemeLoader.load(path: path) }
        let builtin = nameOrPath == Theme.builtinMonochrome.name ? Theme.builtinMonochrome : Theme.builtinDefault
        let description = builtin == Theme.builtinDefault ? "dark background, 256 colours (compiled in)" : "no colour, attributes only (compiled in)"
        return Loaded(ThemeDefinition(name: builtin.name, description: description, styles: builtin.styles))
    }

    private func load(_ nameOrPath: String, requestedIn: ConfigProblem, visited: [String]) -> Loaded<Theme?> {
        if !ThemeCatalog.isPath(nameOrPath), entry(named: nameOrPath) == nil {
            var problem = requestedIn
            let names = entries.map(\.name)
            problem.message = "no theme named '\(nameOrPath)'\(NameSuggestion.hint(for: nameOrPath, in: names)); themes: \(names.joined(separator: ", "))"
            return Loaded(nil, problems: [problem])
        }
        let read = definition(nameOrPath)
        guard let definition = read.value else { return Loaded(nil, problems: read.problems) }
        guard let parent = definition.extends else {
            return Loaded(definition.theme(over: Theme.builtinDefault))
        }
        let here = ConfigProblem(file: definition.file ?? definition.name, line: definition.extendsLine, message: "")
        if visited.contains(definition.name) || parent == definition.name {
            var problem = here
            problem.message = "themes extend each other in a loop: \((visited + [definition.name, parent]).joined(separator: " → "))"
            return Loaded(nil, problems: [problem])
        }
        let base = load(parent, requestedIn: here, visited: visited + [definition.name])
        guard let baseTheme = base.value else {
            var problems = base.problems
            if problems.first?.file != here.file {
                var problem = here
                problem.message = "extends '\(parent)', which cannot be used"
                problems.insert(problem, at: 0)
            }
            return Loaded(nil, problems: problems)
        }
        return Loaded(definition.theme(over: baseTheme))
    }

    /// The `.toml` files of a folder, sorted, as absolute paths (a relative folder is
    /// taken from the current directory). Listed with plain system calls, and a plain
    /// absolute folder (the bundled and user theme folders) is used as it is: this runs
    /// before the reader's first screen, and FileManager and URL cost it about a third
    /// of a millisecond. Other folders are made absolute and standard through URL.
    static func themeFiles(in directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasSuffix(".toml"), !name.hasPrefix(".") { names.append(name) }
        }
        let absolute = isPlainAbsolute(directory) ? directory : URL(fileURLWithPath: directory, isDirectory: true).path
        let folder = absolute.hasSuffix("/") ? String(absolute.dropLast()) : absolute
        return names.sorted().map { folder + "/" + $0 }
    }

    /// An absolute path that URL would give back unchanged: no empty, `.` or `..`
    /// component and no trailing `/`.
    static func isPlainAbsolute(_ path: String) -> Bool {
        guard path.hasPrefix("/") else { return false }
        if path == "/" { return true }
        return !path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// `~/x` → `$HOME/x`.
    package static func expandingTilde(_ path: String) -> String {
        (path as NSString).expandingTildeInPath
    }
}
