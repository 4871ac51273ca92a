/// Something odd in an article that Byline read anyway, with the line it is on when
/// known: `x.txt:1: impossible date 2023-02-30; the article is read without a date`.
public struct ParseWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file, as given (`-` for standard input).
    public var path: String
    /// The line the oddity is on, when known.
    public var line: Int?
    /// What was odd (`impossible date 2023-02-30; the article is read without a date`).
    public var message: String

    /// A warning: `ParseWarning(path: "old.txt", line: 1, message: "impossible date 2023-02-30")`.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, or `path: message` without a line.
    public var description: String {
        let name = path == "-" ? "standard input" : path
        if let line { return "\(name):\(line): \(message)" }
        return "\(name): \(message)"
    }
}
