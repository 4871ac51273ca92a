import Foundation

/// Where Byline keeps its files, following the XDG Base Directory specification.
///
/// Each base folder comes from its `XDG_*` variable when that holds an absolute path
/// (the specification says to ignore relative ones), else from `$HOME`:
///
/// ```swift
/// let paths = XDGPaths(environment: ["HOME": "/home/ana"])
/// paths.configFile.path         // "/home/ana/.config/byline/config.toml"
/// paths.stateDirectory.path     // "/home/ana/.local/state/byline"
/// XDGPaths(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "/etc/ana"])
///     .userThemesDirectory.path // "/etc/ana/byline/themes"
/// ```
///
/// Computing a path creates nothing: whoever writes creates the folder then (the library,
/// in ``dataDirectory``, is the only file Byline writes; its folders are made 0700).
package struct XDGPaths: Sendable, Hashable {
    /// `$XDG_CONFIG_HOME`, default `~/.config`.
    package var configHome: URL
    /// `$XDG_STATE_HOME`, default `~/.local/state`.
    package var stateHome: URL
    /// `$XDG_DATA_HOME`, default `~/.local/share`.
    package var dataHome: URL
    /// `$XDG_CACHE_HOME`, default `~/.cache`.
    package var cacheHome: URL

    /// Reads the `XDG_*` variables and `HOME` from `environment`. Without `HOME`, the
    /// home folder is the current user's home as Foundation knows it.
    package init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home: URL
        if let h = environment["HOME"], h.hasPrefix("/") {
            home = URL(fileURLWithPath: h, isDirectory: true)
        } else {
            home = FileManager.default.homeDirectoryForCurrentUser
        }
        func base(_ variable: String, _ fallback: String) -> URL {
            if let value = environment[variable], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return home.appendingPathComponent(fallback, isDirectory: true)
        }
        configHome = base("XDG_CONFIG_HOME", ".config")
        stateHome = base("XDG_STATE_HOME", ".local/state")
        dataHome = base("XDG_DATA_HOME", ".local/share")
        cacheHome = base("XDG_CACHE_HOME", ".cache")
    }

    /// `$XDG_CONFIG_HOME/byline`: the configuration file and user themes.
    package var configDirectory: URL { configHome.appendingPathComponent("byline", isDirectory: true) }
    /// `$XDG_STATE_HOME/byline`: state kept between runs (unused: the reading state is
    /// in the library, under ``dataDirectory``).
    package var stateDirectory: URL { stateHome.appendingPathComponent("byline", isDirectory: true) }
    /// `$XDG_DATA_HOME/byline`: data the user asked Byline to keep.
    package var dataDirectory: URL { dataHome.appendingPathComponent("byline", isDirectory: true) }
    /// `$XDG_CACHE_HOME/byline`: files that can be rebuilt at any time.
    package var cacheDirectory: URL { cacheHome.appendingPathComponent("byline", isDirectory: true) }

    /// `$XDG_CONFIG_HOME/byline/config.toml`.
    package var configFile: URL { configDirectory.appendingPathComponent("config.toml") }
    /// `$XDG_CONFIG_HOME/byline/themes`: user themes, which override bundled ones of the
    /// same name.
    package var userThemesDirectory: URL { configDirectory.appendingPathComponent("themes", isDirectory: true) }
}
