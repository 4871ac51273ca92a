/// Something odd in an article that Byline read anyway, with the line it is on when
/// known: `x.txt:1: impossible date 2023-02-30; the article is read without a date`.
public struct ParseWarning: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        let name = path == "-" ? "standard input" : path
        if let line { return "\(name):\(line): \(message)" }
        return "\(name): \(message)"
    }
}
