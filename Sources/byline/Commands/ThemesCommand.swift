import ArgumentParser
import BylineKit
import BylineUI
import Foundation

/// `byline themes`: the bundled and user themes, each with a sample line in its colours
/// on a terminal; also checks the configuration file and every theme, reporting each
/// problem on standard error (exit status 1 when there is any).
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the bundled and user themes, and check them and the configuration file.",
        discussion: """
        On a terminal, each theme is shown with a sample line in its colours (not when \
        NO_COLOR is set); otherwise one line per theme: name, origin, description. The \
        theme the reader would start with is marked with *. Problems in the configuration \
        file or in any theme are printed on standard error as file:line: message, and the \
        exit status is then 1. User themes go in $XDG_CONFIG_HOME/byline/themes/ (default \
        ~/.config/byline/themes/) and override bundled themes of the same name. Bundled \
        themes: \(ThemeOptions.themesSearchDescription)
        """
    )

    @OptionGroup var appearance: ThemeOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = XDGPaths(environment: environment)
        let bundled = ThemeOptions.bundledThemes(environment: environment)
        let catalog = ThemeCatalog(bundledDirectory: bundled, userDirectory: paths.userThemesDirectory.path)
        let settings = appearance.loadSettings(environment: environment)
        let starting = settings.themes.first?.name

        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let styled = isatty(STDOUT_FILENO) == 1 && !noColor
        let depth = ThemesCommand.colorDepth(environment: environment)
        let nameWidth = max(12, catalog.entries.map(\.name.count).max() ?? 0)

        for entry in catalog.entries {
            let definition = catalog.definition(entry.name).value
            var origin = entry.origin.rawValue
            if let hidden = entry.overrides, hidden != .builtin { origin += ", overrides \(hidden.rawValue)" }
            let mark = entry.name == starting ? "*" : " "
            let description = definition?.description ?? (definition == nil ? "(has problems, see below)" : "")
            let name = entry.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let originColumn = origin.padding(toLength: max(9, origin.count), withPad: " ", startingAt: 0)
            Console.line("\(mark) \(name) \(originColumn) \(description)")
            if styled, let theme = settings.themes.first(where: { $0.name == entry.name }) ?? catalog.load(entry.name).value {
                Console.line(ThemesCommand.sample(theme, depth: depth))
            }
        }
        if let starting, let option = appearance.theme, ThemeCatalog.isPath(option), catalog.entry(named: starting) == nil,
           let theme = settings.themes.first {
            // --theme PATH: a theme from a file outside the catalog.
            Console.line("* \(starting.padding(toLength: nameWidth, withPad: " ", startingAt: 0)) file      \(option)")
            if styled { Console.line(ThemesCommand.sample(theme, depth: depth)) }
        }
        if styled {
            Console.line("""

                * the theme the reader starts with. Bundled themes: \(bundled ?? "not found (compiled-in default and mono only)")
                User themes: \(paths.userThemesDirectory.path)/NAME.toml (same name overrides a bundled theme)
                Choose with --theme NAME, theme = "NAME" in \(paths.configFile.path), or T in the reader.
                """)
        }
        // Every problem, each once: the configuration file, the chosen theme, every theme.
        var seen = Set<ConfigProblem>()
        for problem in settings.problems where seen.insert(problem).inserted {
            Diagnostics.error(problem)
        }
        if !seen.isEmpty { throw ExitCode(1) }
    }

    /// A line of sample words, each in its element's style as the reader shows it at
    /// `depth` (attributes added where colours cannot tell elements apart); the entity
    /// types are named as the help's legend names them.
    static func sample(_ theme: Theme, depth: ColorDepth) -> TerminalText {
        let theme = theme.downsampled(to: depth)
        let words: [(ThemeElement, String)] = [
            (.headline, "Headline"), (.date, "2024-11-18"), (.text, "text"), (.quotation, "\u{201C}quote\u{201D}"),
            (.person, "person"), (.org, "organisation"), (.place, "place"), (.norp, "nationality"), (.dateEntity, "date"),
            (.chosen, "chosen"), (.searchMatch, "match"), (.listSelection, "selected"), (.statusLine, "status"),
        ]
        let gap = theme[.text].sgr(depth: depth) + " "
        var text = TerminalText()
        text.appendAllowingSGR("    " + words.map { theme[$0.0].sgr(depth: depth) + $0.1 }.joined(separator: gap) + Style.sgrReset)
        return text
    }

    /// How many colours the terminal shows, from TERM and COLORTERM.
    static func colorDepth(environment: [String: String]) -> ColorDepth {
        let term = environment["TERM"] ?? ""
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if term.isEmpty || term == "dumb" || term.hasPrefix("vt1") || term.hasPrefix("vt2") { return .monochrome }
        if colorTerm == "truecolor" || colorTerm == "24bit" || term.contains("256") || term.contains("direct") {
            return .indexed256
        }
        return .ansi16
    }
}
