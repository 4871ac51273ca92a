/// The line of each table header and key in a TOML text, so that problems found after
/// parsing (an unknown key, a bad colour) can name their line. TOMLKit keeps no source
/// positions for values, so this scans the text itself; it only has to be right for
/// valid TOML, since a syntax error is reported by the parser with its own line.
///
/// ```swift
/// let index = TOMLSourceIndex("theme = \"light\"\n\n[keys]\nquit = [\"x\"]\n")
/// index.line(of: ["keys", "quit"])                  // 4
/// index.line(ofValue: "x", under: ["keys", "quit"]) // 4
/// index.line(of: ["keys"])                          // 3
/// ```
///
/// Every look-up is a hash look-up or a binary search, so reporting a problem for each
/// of n keys stays linear in n (a theme of 20,000 elements took 15 s when each look-up
/// scanned every entry).
struct TOMLSourceIndex {
    /// The first line where each path is written out.
    private var firstLine: [[String]: Int] = [:]
    /// The first line of any entry under each path (the path itself included).
    private var firstLineUnder: [[String]: Int] = [:]
    /// The line of every entry, ascending.
    private var entryLines: [Int] = []
    private let lines: [Substring]

    private mutating func add(_ path: [String], line: Int) {
        entryLines.append(line)
        if firstLine[path] == nil { firstLine[path] = line }
        var prefix = path
        while !prefix.isEmpty, firstLineUnder[prefix] == nil {
            firstLineUnder[prefix] = line
            prefix.removeLast()
        }
    }

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var table: [String] = []
        var depth = 0  // brackets and braces still open from earlier lines (multi-line arrays)
        for (i, raw) in lines.enumerated() {
            let lineNumber = i + 1
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if depth > 0 {
                depth = max(0, depth + TOMLSourceIndex.bracketBalance(line))
                continue
            }
            if line.hasPrefix("[") {
                let isArray = line.hasPrefix("[[")
                let body = line.dropFirst(isArray ? 2 : 1)
                if let (parts, _) = TOMLSourceIndex.parseKey(body) {
                    table = parts
                    add(parts, line: lineNumber)
                }
                continue
            }
            guard let (keyParts, rest) = TOMLSourceIndex.parseKey(line),
                  rest.first == "=" else { continue }
            let value = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            let path = table + keyParts
            add(path, line: lineNumber)
            if value.hasPrefix("{") {
                for inner in TOMLSourceIndex.inlineKeys(value.dropFirst()) {
                    add(path + [inner], line: lineNumber)
                }
            }
            depth = max(0, TOMLSourceIndex.bracketBalance(value))
        }
    }

    /// The line where `path` is given: a header `[a]`, a key `b = …` in table `a`, a
    /// dotted key `a.b = …`, or a key in an inline table `a = { b = … }`. For a path that
    /// is not written out, the line of its nearest written ancestor; nil if none is.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = firstLine[path] ?? firstLineUnder[path] { return line }
            path.removeLast()
        }
        return nil
    }

    /// The line of the string `value` inside the value of `path` (an element of a
    /// multi-line array), else the line of `path`.
    func line(ofValue value: String, under path: [String]) -> Int? {
        guard let start = line(of: path) else { return nil }
        // The next entry's line: the first greater than `start` (binary search).
        var low = 0
        var high = entryLines.count
        while low < high {
            let mid = (low + high) / 2
            if entryLines[mid] <= start { low = mid + 1 } else { high = mid }
        }
        let end = low < entryLines.count ? entryLines[low] : lines.count + 1
        for n in start..<end where n - 1 < lines.count {
            let text = lines[n - 1]
            if text.contains("\"\(value)\"") || text.contains("'\(value)'") { return n }
        }
        return start
    }

    /// Parses a (possibly dotted, possibly quoted) key at the start of `text`; returns
    /// its parts and what follows it (spaces skipped). Nil when `text` does not start
    /// with a key.
    private static func parseKey(_ text: Substring) -> ([String], Substring)? {
        var parts: [String] = []
        var rest = text
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let first = rest.first else { return nil }
            if first == "\"" || first == "'" {
                let body = rest.dropFirst()
                guard let close = body.firstIndex(of: first) else { return nil }
                parts.append(String(body[..<close]))
                rest = body[body.index(after: close)...]
            } else {
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                guard !name.isEmpty else { return nil }
                parts.append(String(name))
                rest = rest.dropFirst(name.count)
            }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.first == "." { rest = rest.dropFirst(); continue }
            return (parts, rest.first == "]" ? rest.dropFirst().drop { $0 == "]" } : rest)
        }
    }

    /// The keys of the inline table whose text (after `{`) is `text`, one level deep.
    private static func inlineKeys(_ text: Substring) -> [String] {
        var keys: [String] = []
        var rest = text
        while let (parts, after) = parseKey(rest), after.first == "=", let key = parts.first {
            keys.append(key)
            // Skip the value: up to the next comma outside strings and brackets.
            var depth = 0
            var quote: Character?
            var escaped = false
            var index = after.index(after: after.startIndex)
            while index < after.endIndex {
                let c = after[index]
                if let q = quote {
                    if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "[" || c == "{" {
                    depth += 1
                } else if c == "]" || c == "}" {
                    if depth == 0 { return keys }
                    depth -= 1
                } else if c == ",", depth == 0 {
                    break
                }
                index = after.index(after: index)
            }
            guard index < after.endIndex else { break }
            rest = after[after.index(after: index)...]
        }
        return keys
    }

    /// Opened minus closed brackets and braces outside strings and comments.
    private static func bracketBalance(_ text: Substring) -> Int {
        var balance = 0
        var quote: Character?
        var escaped = false
        for c in text {
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                break
            } else if c == "[" || c == "{" {
                balance += 1
            } else if c == "]" || c == "}" {
                balance -= 1
            }
        }
        return balance
    }
}
