import TOMLKit

/// Reads the configuration file into a ``Config``.
///
/// ```swift
/// let loaded = ConfigLoader.parse("mouse = true\n[keys]\nline_down = [\"j\", \"x\"]\n", file: "config.toml")
/// loaded.value.mouse                                // true
/// loaded.value.keyMap.action(for: .character("x"))  // .lineDown
/// ```
///
/// A problem (an unknown setting, a value of the wrong type, an unknown action or key
/// name, two actions on one key) is reported with the file and line, and only the
/// setting or binding at fault is skipped: the rest of the file still applies.
package enum ConfigLoader {
    /// Every setting the file can hold, in the order the manual lists them.
    package static let settings = ["theme", "sidebar_open", "max_text_width", "mouse", "layout", "list_open", "list_width", "sidebar_width", "history", "clipboard", "keys"]
    /// The narrowest `max_text_width` accepted (as `--max-width`).
    package static let minimumTextWidth = 10

    /// Reads the configuration file at `path`. A missing file is no problem unless
    /// `required` (the user named it with `--config`): the standard settings apply.
    package static func load(path: String, required: Bool = false) -> Loaded<Config> {
        switch TOMLDocument.read(path: path) {
        case .failure(let problem):
            if !required, problem.message == "no such file" { return Loaded(.standard) }
            return Loaded(.standard, problems: [problem])
        case .success(let text):
            return parse(text, file: path)
        }
    }

    /// Parses the text of a configuration file.
    package static func parse(_ text: String, file: String) -> Loaded<Config> {
        let document: TOMLDocument
        switch TOMLDocument.parse(text, file: file) {
        case .failure(let problem): return Loaded(.standard, problems: [problem])
        case .success(let d): document = d
        }
        var config = Config.standard
        var problems: [ConfigProblem] = []
        func wrongType(_ key: String, _ expected: String, _ value: TOMLValueConvertible) {
            report(&problems, file: document.file, document.problem(at: [key], "'\(key)' must be \(expected), not \(value.typeDescription)"))
        }
        for key in document.keysInFileOrder(document.table, under: []) {
            guard let value = document.table[key] else { continue }
            switch key {
            case "theme":
                if let s = value.string, !s.isEmpty {
                    config.theme = s
                    config.themeLine = document.index.line(of: [key])
                } else { wrongType(key, "a theme name or path", value) }
            case "sidebar_open":
                if let b = value.bool { config.sidebarOpen = b } else { wrongType(key, "true or false", value) }
            case "layout":
                if let s = value.string, let a = PaneLayout.Arrangement(rawValue: s) {
                    config.layout = a
                } else { wrongType(key, "\"columns\" or \"stacked\"", value) }
            case "clipboard":
                if let b = value.bool { config.clipboard = b } else { wrongType(key, "true or false", value) }
            case "list_open":
                if let b = value.bool { config.listOpen = b } else { wrongType(key, "true or false", value) }
            case "list_width", "sidebar_width":
                if let n = value.int, n >= PaneLayout.minimumSideWidth, n <= 500 {
                    if key == "list_width" { config.listWidth = n } else { config.sidebarWidth = n }
                } else {
                    wrongType(key, "a number of columns from \(PaneLayout.minimumSideWidth) to 500", value)
                }
            case "mouse":
                if let b = value.bool { config.mouse = b } else { wrongType(key, "true or false", value) }
            case "history":
                if let b = value.bool { config.history = b } else { wrongType(key, "true or false", value) }
            case "max_text_width":
                if let n = value.int, n >= 0 {
                    config.maxTextWidth = n == 0 ? 0 : max(n, minimumTextWidth)
                    if n > 0, n < minimumTextWidth {
                        report(&problems, file: document.file, document.problem(at: [key], "max_text_width \(n) is too narrow to read; using \(minimumTextWidth)"))
                    }
                } else {
                    wrongType(key, "a number of columns (0 for no limit)", value)
                }
            case "keys":
                if let table = value.table {
                    config.keyMap = keyMap(from: table, in: document, problems: &problems)
                } else {
                    wrongType(key, "a table of action = keys", value)
                }
            default:
                report(&problems, file: document.file, document.problem(at: [key], "unknown setting '\(key)'\(NameSuggestion.hint(for: key, in: settings)); settings: \(settings.joined(separator: ", "))"))
            }
        }
        return Loaded(config, problems: summarised(problems, file: file))
    }

    /// Problems listed at most per configuration file; the rest are counted (a file
    /// of 16,000 unknown actions would otherwise take seconds to report).
    package static let maximumProblems = 50

    /// Adds a problem, or past ``maximumProblems`` a placeholder that costs nothing to
    /// make (no line looked up, no name suggested); ``summarised(_:file:)`` counts them.
    static func report(_ problems: inout [ConfigProblem], file: String, _ make: @autoclosure () -> ConfigProblem) {
        problems.append(problems.count < maximumProblems ? make() : ConfigProblem(file: file, message: ""))
    }

    /// The problems with the placeholders past ``maximumProblems`` replaced by one line
    /// that counts them.
    static func summarised(_ problems: [ConfigProblem], file: String) -> [ConfigProblem] {
        let listed = problems.filter { !$0.message.isEmpty }
        let more = problems.count - listed.count
        guard more > 0 else { return problems }
        return listed + [ConfigProblem(file: file, message: "\(more) more problem\(more == 1 ? "" : "s") not listed (at most \(maximumProblems) are)")]
    }

    /// ``KeyMap/standard`` with the bindings of a `[keys]` table applied: each action
    /// named gets exactly the keys given, and a key given to an action leaves the action
    /// it had by default.
    static func keyMap(from table: TOMLTable, in document: TOMLDocument, problems: inout [ConfigProblem]) -> KeyMap {
        var bindings: [(action: Action, keys: [Key])] = []
        var claimedBy: [Key: Action] = [:]
        let actionNames = Action.allCases.map(\.rawValue)
        for name in document.keysInFileOrder(table, under: ["keys"]) {
            guard let value = table[name] else { continue }
            let path = ["keys", name]
            guard let action = Action(rawValue: name) else {
                report(&problems, file: document.file, document.problem(at: path, "unknown action '\(name)'\(NameSuggestion.hint(for: name, in: actionNames)); see docs/configuration.md for the list"))
                continue
            }
            var keyNames: [String] = []
            if let s = value.string {
                keyNames = [s]
            } else if let array = value.array {
                for item in array {
                    if let s = item.string { keyNames.append(s) } else {
                        report(&problems, file: document.file, document.problem(at: path, "keys for \(name) must be key names such as \"j\" or \"ctrl-d\", not \(item.typeDescription)"))
                    }
                }
            } else {
                report(&problems, file: document.file, document.problem(at: path, "\(name) must be a key name or an array of key names, not \(value.typeDescription)"))
                continue
            }
            var keys: [Key] = []
            for keyName in keyNames {
                guard let key = Key(name: keyName) else {
                    report(&problems, file: document.file, document.problem(atValue: keyName, under: path, "unknown key '\(keyName)' for \(name); keys are written like j, G, space, enter, tab, shift-tab, esc, up, pgdn, home, backspace, f1, ctrl-d"))
                    continue
                }
                if let other = claimedBy[key] {
                    if other != action {
                        report(&problems, file: document.file, document.problem(atValue: keyName, under: path, "key '\(key.name)' is bound to both \(other.rawValue) and \(name); it stays on \(other.rawValue)"))
                    }
                    continue
                }
                claimedBy[key] = action
                keys.append(key)
            }
            bindings.append((action, keys))
        }
        var map = KeyMap.standard
        for (action, keys) in bindings { map.bind(action, to: keys) }
        keepEssentialKeys(in: &map, document: document, claimedBy: claimedBy, problems: &problems)
        return map
    }

    /// Actions a reader can never be left without: with no key to quit, only Ctrl-C
    /// ends it; with no key for help, nothing says which keys remain.
    static let essentialActions: [Action] = [.quit, .help]

    /// Gives ``essentialActions`` left without a key (`quit = []`, or their keys given
    /// to other actions) their default keys back, with a problem that names the file
    /// and the line that took them.
    static func keepEssentialKeys(in map: inout KeyMap, document: TOMLDocument, claimedBy: [Key: Action],
                                  problems: inout [ConfigProblem]) {
        for action in essentialActions where map.keys(for: action).isEmpty {
            let defaults = KeyMap.standard.keys(for: action)
            let names = defaults.map(\.name).joined(separator: " and ")
            let why = action == .quit ? "without one only Ctrl-C leaves the reader" : "without one nothing shows which keys do what"
            let taken = defaults.compactMap { key in claimedBy[key].map { (key: key, by: $0) } }
            let problem: ConfigProblem
            if document.table["keys"]?.table?[action.rawValue] != nil || taken.isEmpty {
                problem = document.problem(at: ["keys", action.rawValue], "\(action.rawValue) must keep a key (\(why)); it keeps \(names)")
            } else {
                let given = taken.map { "\($0.by.rawValue) (\($0.key.name))" }.joined(separator: " and ")
                problem = document.problem(atValue: taken[0].key.name, under: ["keys", taken[0].by.rawValue],
                    "\(action.rawValue) must keep a key (\(why)), but its keys are given to \(given); \(names) stay\(defaults.count == 1 ? "s" : "") on \(action.rawValue)")
            }
            problems.append(problem)
            map.bind(action, to: defaults)
        }
    }
}
