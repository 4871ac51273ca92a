import Foundation
import TOMLKit

/// Reads theme files: one TOML table per ``ThemeElement``, each with `fg`, `bg` and
/// `attributes`, plus an optional `description` and `extends`.
///
/// ```swift
/// let text = """
///     description = "Blue people"
///     [PERSON]
///     fg = "#5fafff"
///     attributes = ["bold"]
///     """
/// let loaded = ThemeLoader.parse(text, name: "blue", file: "blue.toml")
/// loaded.value?.styles[.person]  // Style(fg: .rgb(95, 175, 255), attributes: .bold)
/// loaded.problems                // []
/// ```
///
/// A file with any problem gives no definition (nil) and the problems, each naming the
/// file and line: a half-read theme would draw some elements in unexpected colours.
package enum ThemeLoader {
    static let styleKeys = ["fg", "bg", "attributes"]
    static let topLevelKeys = ["description", "extends"]
    /// The most top-level keys a theme file may have: every element and
    /// `description` and `extends` fit several times over. A file with more (20,000
    /// generated elements, say) is refused with one problem before any is checked.
    package static let maximumElements = 256
    /// Problems listed at most per file; the rest are counted.
    package static let maximumProblems = 50

    /// Reads the theme file at `path`; its name is the file name without `.toml`.
    package static func load(path: String) -> Loaded<ThemeDefinition?> {
        switch TOMLDocument.read(path: path) {
        case .failure(let problem): return Loaded(nil, problems: [problem])
        case .success(let text): return parse(text, name: themeName(forPath: path), file: path)
        }
    }

    /// The theme name for a file: `themes/high-contrast.toml` → `high-contrast`.
    package static func themeName(forPath path: String) -> String {
        let file = lastPathComponent(path)
        return file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
    }

    /// `URL(fileURLWithPath: path).lastPathComponent`, without URL for the usual path
    /// (a file name after the last `/`): the reader names every theme file this way
    /// before its first screen.
    static func lastPathComponent(_ path: String) -> String {
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        if !name.isEmpty, name != ".", name != ".." { return String(name) }
        return URL(fileURLWithPath: path).lastPathComponent
    }

    /// Parses the text of a theme file.
    package static func parse(_ text: String, name: String, file: String) -> Loaded<ThemeDefinition?> {
        let document: TOMLDocument
        switch TOMLDocument.parse(text, file: file) {
        case .failure(let problem): return Loaded(nil, problems: [problem])
        case .success(let d): document = d
        }
        var problems: [ConfigProblem] = []
        let count = document.table.count
        guard count <= maximumElements else {
            return Loaded(nil, problems: [ConfigProblem(file: file, message:
                "\(count) elements; a theme has at most \(maximumElements) (Byline draws \(ThemeElement.allCases.count)), so this file is not read")])
        }
        var definition = ThemeDefinition(name: name, styles: [:], file: file)
        let elementNames = ThemeElement.allCases.map(\.rawValue)
        for key in document.keysInFileOrder(document.table, under: []) {
            guard problems.count < maximumProblems else { break }
            guard let value = document.table[key] else { continue }
            switch key {
            case "description", "extends":
                guard let string = value.string else {
                    problems.append(document.problem(at: [key], "'\(key)' must be a string, not \(value.typeDescription)"))
                    continue
                }
                if key == "description" {
                    definition.description = string
                } else {
                    definition.extends = string
                    definition.extendsLine = document.index.line(of: [key])
                }
            default:
                guard let element = ThemeElement(rawValue: key) else {
                    let hint = NameSuggestion.hint(for: key, in: elementNames + topLevelKeys)
                    problems.append(document.problem(at: [key], "unknown element '\(key)'\(hint)"))
                    continue
                }
                guard let table = value.table else {
                    problems.append(document.problem(
                        at: [key], "'\(key)' must be a table of fg, bg and attributes, not \(value.typeDescription)"))
                    continue
                }
                if let style = parseStyle(table, path: [key], in: document, problems: &problems) {
                    definition.styles[element] = style
                }
            }
        }
        if problems.count >= maximumProblems {
            problems.append(ConfigProblem(file: file, message: "more problems not listed (at most \(maximumProblems) are); the theme is not read"))
        }
        return problems.isEmpty ? Loaded(definition) : Loaded(nil, problems: problems)
    }

    private static func parseStyle(_ table: TOMLTable, path: [String], in document: TOMLDocument,
                                   problems: inout [ConfigProblem]) -> Style? {
        var style = Style()
        let before = problems.count
        for key in document.keysInFileOrder(table, under: path) {
            guard problems.count < maximumProblems else { break }
            guard let value = table[key] else { continue }
            let here = path + [key]
            switch key {
            case "fg", "bg":
                switch parseColor(value) {
                case .success(let color):
                    if key == "fg" { style.fg = color } else { style.bg = color }
                case .failure(let error):
                    problems.append(document.problem(at: here, "\(path.joined(separator: ".")).\(key): \(error.message)"))
                }
            case "attributes":
                let names: [String]
                if let one = value.string {
                    names = one.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                } else if let array = value.array {
                    var strings: [String] = []
                    for item in array {
                        guard let s = item.string else {
                            problems.append(document.problem(at: here, "attributes must be names such as \"bold\", not \(item.typeDescription)"))
                            continue
                        }
                        strings.append(s)
                    }
                    names = strings
                } else {
                    problems.append(document.problem(at: here, "attributes must be an array of names, not \(value.typeDescription)"))
                    continue
                }
                for name in names where problems.count < maximumProblems {
                    if let a = Attributes(name: name) {
                        style.attributes.insert(a)
                    } else {
                        let known = Attributes.named.map(\.name)
                        problems.append(document.problem(atValue: name, under: here,
                            "unknown attribute '\(name)'\(NameSuggestion.hint(for: name, in: known)); use \(known.joined(separator: ", "))"))
                    }
                }
            default:
                problems.append(document.problem(at: here, "unknown key '\(key)' in [\(path.joined(separator: "."))]\(NameSuggestion.hint(for: key, in: styleKeys)); use fg, bg and attributes"))
            }
        }
        return problems.count == before ? style : nil
    }

    /// A colour value: a string (name, index or `#rrggbb`) or an integer index.
    static func parseColor(_ value: TOMLValueConvertible) -> Result<Color, ColorError> {
        if let n = value.int {
            guard let color = Color(index: n) else { return .failure(ColorError("\(n) is not a colour index (0–255)")) }
            return .success(color)
        }
        guard let text = value.string else {
            return .failure(ColorError("a colour must be a string or an index, not \(value.typeDescription)"))
        }
        guard let color = Color(spec: text) else {
            return .failure(ColorError("'\(text)' is not a colour; use a name (red, bright-red, default, …), an index 0–255 or #rrggbb"))
        }
        return .success(color)
    }

    struct ColorError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
