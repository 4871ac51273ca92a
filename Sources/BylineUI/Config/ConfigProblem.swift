/// Something wrong in a theme or configuration file: which file, which line, and what.
/// Byline reports it and carries on with what it could read.
///
/// ```swift
/// let p = ConfigProblem(file: "~/.config/byline/config.toml", line: 4,
///                       message: "unknown action 'line_dwn' (did you mean 'line_down'?)")
/// p.description  // "~/.config/byline/config.toml:4: unknown action 'line_dwn' (did you mean 'line_down'?)"
/// ```
package struct ConfigProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it (or as Byline found it).
    package var file: String
    /// 1-based line, when the problem is at a place in the file.
    package var line: Int?
    /// 1-based column, when known (TOML syntax errors).
    package var column: Int?
    /// What is wrong, for a person.
    package var message: String

    package init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form compilers use, so editors can jump to it.
    package var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if line != nil, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}

extension Array where Element == ConfigProblem {
    /// One line for the reader's status line: the first problem, and how many more.
    /// Nil when there is none.
    ///
    /// ```swift
    /// problems.statusSummary  // "config.toml:4: unknown action 'x' (and 2 more problems; run byline themes)"
    /// ```
    package var statusSummary: String? {
        guard let first else { return nil }
        let name = first.file.split(separator: "/").last.map(String.init) ?? first.file
        let head = ConfigProblem(file: name, line: first.line, column: first.column, message: first.message).description
        if count == 1 { return head }
        return "\(head) (and \(count - 1) more problem\(count == 2 ? "" : "s"); run byline themes to see them)"
    }
}
