import BylineKit
import Foundation
import TOMLKit

/// A parsed TOML file with what is needed to report problems in it: the file name and
/// the line of each key. Shared by the theme and configuration loaders.
struct TOMLDocument {
    let file: String
    let table: TOMLTable
    let index: TOMLSourceIndex

    /// Parses `text`; a syntax error becomes a problem at the parser's line and column.
    static func parse(_ text: String, file: String) -> Result<TOMLDocument, ConfigProblem> {
        do {
            let table = try TOMLTable(string: text)
            return .success(TOMLDocument(file: file, table: table, index: TOMLSourceIndex(text)))
        } catch let error as TOMLParseError {
            let begin = error.source.begin
            return .failure(ConfigProblem(
                file: file, line: begin.line > 0 ? begin.line : nil, column: begin.column > 0 ? begin.column : nil,
                message: "TOML syntax error: \(error.description)"))
        } catch {
            return .failure(ConfigProblem(file: file, message: "TOML syntax error: \(error)"))
        }
    }

    /// The largest theme or configuration file read (the bundled themes are under 2 KB).
    static let maximumSize = 1 << 20

    /// Reads the file at `path` as UTF-8 text; a problem when it is missing, a folder,
    /// larger than ``maximumSize`` or not text.
    static func read(path: String) -> Result<String, ConfigProblem> {
        // Opened by the bytes of its name (``PathBytes``): a name that is not UTF-8
        // names its file too.
        let data: Data
        do {
            data = try FileReader.read(path, limit: maximumSize)
        } catch {
            let message: String
            switch error.problem {
            case .notFound: message = "no such file"
            case .tooLarge(let bytes, _):
                message = "is \(bytes) bytes; a theme or configuration file is at most \(maximumSize) bytes, so it is not read"
            case .noArticles, .unreadable("is a folder"): message = "is a folder, not a file"
            case .notAFile(let what): message = "is \(what), not a file"
            case .unreadable(let why): message = "cannot be read: \(why)"
            case .linkLoop: message = "is a symbolic link loop"
            case .empty, .binary, .notAnArticle: message = "cannot be read"
            }
            return .failure(ConfigProblem(file: path, message: message))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ConfigProblem(file: path, message: "is not UTF-8 text"))
        }
        return .success(text)
    }

    /// A problem at the line of `path`.
    func problem(at path: [String], _ message: String) -> ConfigProblem {
        ConfigProblem(file: file, line: index.line(of: path), message: message)
    }

    /// A problem at the line of the string `value` inside `path`'s value.
    func problem(atValue value: String, under path: [String], _ message: String) -> ConfigProblem {
        ConfigProblem(file: file, line: index.line(ofValue: value, under: path), message: message)
    }

    /// The keys of `table` in the order they appear in the file (TOMLKit sorts them).
    func keysInFileOrder(_ table: TOMLTable, under path: [String]) -> [String] {
        // Each key's line looked up once, not at every comparison of the sort.
        table.keys.map { (line: index.line(of: path + [$0]) ?? .max, key: $0) }
            .sorted { ($0.line, $0.key) < ($1.line, $1.key) }
            .map(\.key)
    }
}

extension TOMLValueConvertible {
    /// "a string", "an integer", … for messages.
    var typeDescription: String {
        switch type {
        case .int: return "an integer"
        case .array: return "an array"
        default: return "a \(type.description)"
        }
    }
}
