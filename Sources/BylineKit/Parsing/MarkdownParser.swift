/// Parses Markdown articles with optional YAML front matter.
///
/// ```markdown
/// ---
/// title: Mayor of Gdańsk stabbed
/// date: 2019-01-14
/// author: Jane Doe
/// source: Wikinews
/// ---
/// # Mayor of Gdańsk stabbed
///
/// An individual has been **arrested** after [Paweł Adamowicz](https://…) …
/// ```
///
/// Headings become headline blocks, an image alone in its paragraph becomes a caption,
/// list items and block quotes become paragraphs; inline markup (emphasis, links, code
/// ticks, HTML tags) is removed so that offsets refer to the text a reader sees.
struct MarkdownParser {
    var path: String

    /// The index just past the closing `---` (or `...`) line of front matter.
    static func frontMatterEnd(in text: String) -> String.Index? {
        guard text.hasPrefix("---\n") else { return nil }
        var index = text.index(text.startIndex, offsetBy: 4)
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<lineEnd].trimmingSpaces()
            if line == "---" || line == "..." {
                return lineEnd == text.endIndex ? lineEnd : text.index(after: lineEnd)
            }
            index = lineEnd == text.endIndex ? lineEnd : text.index(after: lineEnd)
        }
        return nil
    }

    func parse(_ text: String) -> ParsedArticle {
        var warnings: [ParseWarning] = []
        var meta: [String: String] = [:]
        var body = Substring(text)
        var bodyFirstLine = 1

        if let end = Self.frontMatterEnd(in: text) {
            let block = text[text.index(text.startIndex, offsetBy: 4)..<end]
            var lineNumber = 2
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                defer { lineNumber += 1 }
                let t = line.trimmingSpaces()
                if t.isEmpty || t == "---" || t == "..." || t.hasPrefix("#") { continue }
                guard let colon = t.firstIndex(of: ":") else {
                    warnings.append(ParseWarning(path: path, line: lineNumber, message: "front matter line is not `key: value`; ignored"))
                    continue
                }
                let key = t[..<colon].trimmingSpaces().lowercased()
                var value = String(t[t.index(after: colon)...].trimmingSpaces())
                if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
                    value = String(value.dropFirst().dropLast())
                }
                meta[key] = value
                if key == "date", !value.isEmpty, ArticleDate(iso: value.prefix(10)) == nil {
                    warnings.append(ParseWarning(path: path, line: lineNumber,
                        message: "impossible date \(value); the article is read without a date"))
                }
            }
            bodyFirstLine = text[..<end].filter { $0 == "\n" }.count + 1
            body = text[end...]
        }

        var blocks: [Block] = []
        var paragraph: [Substring] = []
        var inFence = false
        func flush() {
            guard !paragraph.isEmpty else { return }
            let raw = paragraph.joined(separator: " ")
            paragraph.removeAll()
            if let alt = Self.loneImageAlt(raw) {
                let caption = Self.plain(alt)
                if !caption.isEmpty {
                    blocks.append(Block(kind: .caption, text: caption, credit: BlockClassifier.photoCredit(in: caption)))
                }
                return
            }
            let text = Self.plain(Substring(raw))
            guard !text.isEmpty else { return }
            if let credit = BlockClassifier.photoCredit(in: text) {
                blocks.append(Block(kind: .caption, text: text, credit: credit))
            } else {
                blocks.append(Block(kind: .paragraph, text: text))
            }
        }
        _ = bodyFirstLine
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            var t = line.trimmingSpaces()
            if t.hasPrefix("```") || t.hasPrefix("~~~") { flush(); inFence.toggle(); continue }
            if inFence { if !t.isEmpty { paragraph.append(t) }; continue }
            if t.isEmpty { flush(); continue }
            if t.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == " " }) && t.filter({ $0 != " " }).count >= 3 {
                flush(); continue  // horizontal rule
            }
            if t.first == "#" {
                let hashes = t.prefix { $0 == "#" }
                let rest = t.dropFirst(hashes.count)
                if hashes.count <= 6, rest.isEmpty || rest.first == " " {
                    flush()
                    var heading = rest.trimmingSpaces()
                    while heading.last == "#" { heading = heading.dropLast().trimmingSpaces() }
                    let text = Self.plain(heading)
                    if !text.isEmpty { blocks.append(Block(kind: .headline, text: text)) }
                    continue
                }
            }
            while t.first == ">" { t = t.dropFirst().trimmingSpaces() }
            if let item = Self.listItemText(t) { flush(); paragraph.append(item); continue }
            paragraph.append(t)
        }
        flush()

        var wire: String? = nil
        if let last = blocks.last, last.kind == .paragraph, let split = BlockClassifier.wireCredit(in: last.text) {
            blocks.removeLast()
            if let bodyText = split.body { blocks.append(Block(kind: .paragraph, text: bodyText)) }
            blocks.append(Block(kind: .credit, text: split.creditText, credit: split.agency))
            wire = split.agency
        }

        let metaTitle = meta["title"].map { TextSanitizer.sanitize($0) }.flatMap { $0.isEmpty ? nil : $0 }
        if let metaTitle, blocks.first?.kind != .headline {
            blocks.insert(Block(kind: .headline, text: metaTitle), at: 0)
        }
        let title = metaTitle ?? (blocks.first { $0.kind == .headline }?.text)
            ?? ArticleParser.derivedTitle(blocks: blocks, path: path)
        let article = Article(
            path: path, title: title,
            date: meta["date"].flatMap { ArticleDate(iso: $0.prefix(10)) },
            author: meta["author"].flatMap { $0.isEmpty ? nil : TextSanitizer.sanitize($0) },
            source: meta["source"].flatMap { $0.isEmpty ? nil : TextSanitizer.sanitize($0) },
            credit: wire, blocks: blocks)
        return ParsedArticle(article: article, warnings: warnings)
    }

    /// `- item`, `* item`, `+ item`, `12. item` → the item's text.
    static func listItemText(_ t: Substring) -> Substring? {
        if let f = t.first, "-*+".contains(f), t.dropFirst().first == " " { return t.dropFirst(2).trimmingSpaces() }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = t.dropFirst(digits.count)
            if rest.first == "." || rest.first == ")", rest.dropFirst().first == " " { return rest.dropFirst(2).trimmingSpaces() }
        }
        return nil
    }

    /// The alt text of a paragraph that is only an image: `![A caption](pic.jpg)`.
    static func loneImageAlt(_ raw: String) -> Substring? {
        guard raw.hasPrefix("!["), raw.hasSuffix(")"), let close = raw.firstIndex(of: "]"),
              raw[raw.index(after: close)...].hasPrefix("("), !raw[raw.index(after: close)...].dropFirst().contains("](")
        else { return nil }
        return raw[raw.index(raw.startIndex, offsetBy: 2)..<close]
    }

    /// Inline Markdown to the text a reader sees.
    ///
    /// ```swift
    /// MarkdownParser.plain("**Mr Kim** said [this](http://x) `now`")  // "Mr Kim said this now"
    /// ```
    static func plain(_ s: Substring) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var i = s.startIndex
        let end = s.endIndex
        func previousIsWord() -> Bool { out.last.map { $0.isLetter || $0.isNumber } ?? false }
        // The next `]`, `)`, `>` and space from a point, each remembered and searched for
        // again only once passed: a thousand unclosed `[` read the text once, not a
        // thousand times.
        var brackets = NextIndex(s, "]"), parens = NextIndex(s, ")")
        var angles = NextIndex(s, ">"), spaces = NextIndex(s, " ")
        while i < end {
            let c = s[i]
            switch c {
            case "\\":
                let n = s.index(after: i)
                if n < end, "\\`*_{}[]()#+-.!<>\"'".contains(s[n]) { out.append(s[n]); i = s.index(after: n) } else { out.append(c); i = n }
            case "!" where s[s.index(after: i)...].hasPrefix("["):
                i = s.index(after: i)  // an inline image: keep its alt text like a link's
            case "[":
                if let close = brackets.from(i), s[s.index(after: close)...].hasPrefix("("),
                   let paren = parens.from(close) {
                    out += plain(s[s.index(after: i)..<close])
                    i = s.index(after: paren)
                } else { out.append(c); i = s.index(after: i) }
            case "*", "`":
                i = s.index(after: i)
            case "_":
                let n = s.index(after: i)
                let nextIsWord = n < end && (s[n].isLetter || s[n].isNumber)
                if previousIsWord() && nextIsWord { out.append(c) }
                i = n
            case "<":
                if let close = angles.from(i), let n = s[s.index(after: i)...].first,
                   n.isLetter || n == "/",
                   (spaces.from(i).map { $0 >= close } ?? true) || s[i..<close].hasPrefix("<a ") || s[i..<close].hasPrefix("<img ") {
                    let inner = s[s.index(after: i)..<close]
                    if inner.hasPrefix("http") { out += inner }  // <https://…> autolink
                    i = s.index(after: close)
                } else { out.append(c); i = s.index(after: i) }
            default:
                out.append(c)
                i = s.index(after: i)
            }
        }
        // Collapse the double spaces left by removed markup.
        var collapsed = ""
        collapsed.reserveCapacity(out.utf8.count)
        var lastSpace = false
        for ch in out {
            if ch == " " { if !lastSpace { collapsed.append(ch) }; lastSpace = true } else { collapsed.append(ch); lastSpace = false }
        }
        return String(collapsed.trimmingSpaces())
    }
}

/// The first index of a character at or after a point of a text, for points that only
/// move forward: the answer is kept until the point passes it, so the text is read once
/// in all.
///
/// ```swift
/// var next = NextIndex("a]b]", "]")
/// next.from(text.startIndex)   // the index of the first `]`, found by reading `a]`
/// ```
struct NextIndex {
    private let text: Substring
    private let target: Character
    /// The last answer, and the point up to which it holds (`nil`: none to the end).
    private var found: Substring.Index?
    private var searchedFrom: Substring.Index?

    init(_ text: Substring, _ target: Character) {
        self.text = text
        self.target = target
    }

    mutating func from(_ i: Substring.Index) -> Substring.Index? {
        if let start = searchedFrom, start <= i {
            guard let f = found else { return nil }  // none after an earlier point
            if f >= i { return f }
        }
        found = text[i...].firstIndex(of: target)
        searchedFrom = i
        return found
    }
}
