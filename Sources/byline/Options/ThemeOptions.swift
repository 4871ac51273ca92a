import ArgumentParser
import BylineUI
import Foundation

/// `--theme` and `--config`, for any command that opens the reader:
///
/// ```swift
/// struct ReadCommand: ParsableCommand {
///     @OptionGroup var appearance: ThemeOptions
///     func run() throws {
///         let settings = appearance.loadSettings()
///         // settings.themes, settings.keyMap, settings.config (sidebarOpen, maxTextWidth,
///         // mouse, …), settings.statusMessage (problems, for the status line)
///     }
/// }
/// ```
struct ThemeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The theme to start with: a name from `byline themes`, or a path to a theme file.",
        valueName: "name-or-path"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp(
        "The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, that is ~/.config/byline/config.toml).",
        valueName: "path"))
    var config: String?

    /// Where the bundled themes are looked for, for help texts.
    static let themesSearchDescription = ResourceLocator.searchDescription(folder: "themes", environmentVariable: "BYLINE_THEMES")

    /// The bundled `themes/` folder, if found.
    static func bundledThemes(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        ResourceLocator.locate(folder: "themes", environmentVariable: "BYLINE_THEMES", environment: environment)
    }

    /// Reads the configuration file and the themes. Never fails: problems are in
    /// `problems` and, summarised, in `statusMessage`. With `otherThemes` false only the
    /// starting theme is read (see ``ReaderSettings/withOtherThemes()``).
    func loadSettings(environment: [String: String] = ProcessInfo.processInfo.environment,
                      otherThemes: Bool = true) -> ReaderSettings {
        ThemeOptions.loadSettings(theme: theme, config: config, environment: environment, otherThemes: otherThemes)
    }

    /// ``loadSettings(environment:otherThemes:)`` for a theme and a configuration file
    /// given without the argument parser.
    static func loadSettings(theme: String?, config: String?,
                             environment: [String: String] = ProcessInfo.processInfo.environment,
                             otherThemes: Bool = true, remembered: String? = nil) -> ReaderSettings {
        ReaderSettings.load(theme: theme, configFile: config, bundledThemes: bundledThemes(environment: environment),
                            environment: environment, otherThemes: otherThemes, remembered: remembered)
    }
}
