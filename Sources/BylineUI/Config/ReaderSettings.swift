import BylineKit
import Foundation

/// Everything the reader takes from the user's files and options: the themes to cycle
/// through (the first is the one to start with), the key bindings, the options from the
/// configuration file, and the problems found, summarised for the status line.
///
/// ```swift
/// let settings = ReaderSettings.load(theme: "light", bundledThemes: "/src/byline/themes")
/// settings.themes.map(\.name)  // ["light", "mono", "basic16", "default", "high-contrast"]
/// settings.keyMap              // KeyMap.standard, or as rebound in config.toml
/// settings.statusMessage       // nil, or "config.toml:3: unknown action 'qiut' …",
///                              // or "Using the default theme: --theme: no theme named 'x' …"
/// ```
///
/// The theme to start with is `--theme`, else the configuration file's `theme`, else
/// `mono` when NO_COLOR is set (https://no-color.org), else `default`. When it cannot
/// be used the reader starts with the default theme (mono under NO_COLOR) and says why.
package struct ReaderSettings: Sendable {
    /// Every usable theme, the starting theme first, then the others in catalog order
    /// after it (so cycling with `T` visits each once).
    package var themes: [Theme]
    package var keyMap: KeyMap
    /// The configuration file's settings, nil where it says nothing (see ``Config``):
    /// `settings.config.sidebarOpen`, `settings.config.layout`, …
    package var config: Config
    /// Every problem found, the ones that changed the starting theme first.
    package var problems: [ConfigProblem]
    /// One line for the status line when there are problems.
    package var statusMessage: String?

    package init(themes: [Theme] = [.builtinDefault], config: Config = .standard,
                problems: [ConfigProblem] = [], statusMessage: String? = nil) {
        self.themes = themes.isEmpty ? [.builtinDefault] : themes
        keyMap = config.keyMap
        self.config = config
        self.problems = problems
        self.statusMessage = statusMessage ?? problems.statusSummary
    }

    /// Reads the configuration file and the themes.
    ///
    /// - Parameters:
    ///   - theme: `--theme`, a name or a path.
    ///   - configFile: `--config`; nil for `$XDG_CONFIG_HOME/byline/config.toml`, which
    ///     may be missing.
    ///   - bundledThemes: the `themes/` folder of the checkout, if found.
    ///   - environment: for XDG folders, HOME and NO_COLOR.
    ///   - otherThemes: false to read only the starting theme, so the reader's first
    ///     screen does not wait for the others; ``withOtherThemes()`` reads them later.
    ///   - remembered: the theme last chosen with `T` (``ReaderMemory``): used when
    ///     neither `--theme` nor the configuration file names one and NO_COLOR is not
    ///     set; silently left out when it cannot be loaded any more.
    package static func load(theme option: String? = nil, configFile: String? = nil, bundledThemes: String?,
                            environment: [String: String] = [:], otherThemes: Bool = true,
                            remembered: String? = nil) -> ReaderSettings {
        let paths = XDGPaths(environment: environment)
        let configPath = configFile.map(ThemeCatalog.expandingTilde) ?? paths.configFile.path
        let config = ConfigLoader.load(path: configPath, required: configFile != nil)
        let catalog = ThemeCatalog(bundledDirectory: bundledThemes, userDirectory: paths.userThemesDirectory.path)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let fallback = noColor ? Theme.builtinMonochrome.name : Theme.builtinDefault.name

        let wanted: String
        let requestedIn: (file: String, line: Int?)
        if let option {
            wanted = option
            requestedIn = ("--theme", nil)
        } else if let fromFile = config.value.theme {
            // A relative path in the configuration file is relative to the file's folder.
            if ThemeCatalog.isPath(fromFile), !fromFile.hasPrefix("/"), !fromFile.hasPrefix("~") {
                wanted = URL(fileURLWithPath: configPath).deletingLastPathComponent().appendingPathComponent(fromFile).path
            } else {
                wanted = fromFile
            }
            requestedIn = (configPath, config.value.themeLine)
        } else if !noColor, let remembered, !ThemeCatalog.isPath(remembered), catalog.load(remembered).value != nil {
            wanted = remembered
            requestedIn = ("themes", nil)
        } else {
            wanted = fallback
            requestedIn = ("themes", nil)
        }

        var problems: [ConfigProblem] = []
        let chosen = catalog.load(wanted, requestedIn: requestedIn.file, line: requestedIn.line)
        let start: Theme
        var fellBack = false
        if let theme = chosen.value {
            start = theme
        } else {
            problems += chosen.problems
            fellBack = true
            start = catalog.load(fallback).value
                ?? (noColor ? Theme.builtinMonochrome : Theme.builtinDefault)
        }
        problems += config.problems

        var settings = ReaderSettings(themes: [start], config: config.value, problems: problems,
                                      statusMessage: summary(of: problems, start: start, fellBack: fellBack))
        settings.pending = PendingThemes(catalog: catalog, fellBack: fellBack)
        return otherThemes ? settings.withOtherThemes() : settings
    }

    /// The catalog the other themes come from, until ``withOtherThemes()`` reads them.
    struct PendingThemes: Sendable {
        var catalog: ThemeCatalog
        var fellBack: Bool
    }

    var pending: PendingThemes?

    /// Whether themes other than the starting one are still to be read.
    package var hasPendingThemes: Bool { pending != nil }

    /// These settings with every usable theme, read now: the starting theme first, then
    /// the others in catalog order after it, and the problems of the other theme files
    /// added (and summarised in ``statusMessage``).
    ///
    /// ```swift
    /// let first = ReaderSettings.load(bundledThemes: "themes", otherThemes: false)
    /// first.themes.map(\.name)                      // ["default"]: enough to draw
    /// first.withOtherThemes().themes.map(\.name)    // ["default", "high-contrast", "light", "mono", "basic16"]
    /// ```
    package func withOtherThemes() -> ReaderSettings {
        guard let pending, let start = themes.first else { return self }
        let catalog = pending.catalog
        var settings = self
        settings.pending = nil
        let all = catalog.loadAll()
        let reported = Set(problems)
        settings.problems += all.problems.filter { !reported.contains($0) }
        var others = all.value.filter { $0.name != start.name }
        if let position = catalog.entries.firstIndex(where: { $0.name == start.name }) {
            let after = Set(catalog.entries[position...].map(\.name))
            others = others.filter { after.contains($0.name) } + others.filter { !after.contains($0.name) }
        }
        settings.themes = [start] + others
        settings.statusMessage = ReaderSettings.summary(of: settings.problems, start: start, fellBack: pending.fellBack)
        return settings
    }

    /// One line for the status line: the first problem (and how many more), or, when
    /// the wanted theme could not be used, which theme is used and why.
    static func summary(of problems: [ConfigProblem], start: Theme, fellBack: Bool) -> String? {
        var message = problems.statusSummary
        if fellBack, let first = problems.first {
            let name = first.file.split(separator: "/").last.map(String.init) ?? first.file
            let place = ConfigProblem(file: name, line: first.line, message: first.message).description
            message = "Using the \(start.name) theme: \(place)"
            if problems.count > 1 { message! += " (\(problems.count - 1) more; run byline themes)" }
        }
        return message
    }
}
