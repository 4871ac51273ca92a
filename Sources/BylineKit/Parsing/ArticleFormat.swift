/// The file formats Byline reads, all parsed into the same ``Article`` model.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// The plain-text news format: an optional ` date YYYY-MM-DD HEADLINE` first line,
    /// paragraphs separated by blank lines.
    case newsText
    /// Markdown with optional YAML front matter (`title`, `date`, `author`, `source`).
    case markdown

    /// File extensions of the formats BylineKit reads itself.
    public static let builtInExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    /// File extensions Byline treats as articles when it scans a folder: the built-in
    /// ones and those of the formats in ``ArticleFormatRegistry`` (`html`, `htm`, …).
    public static var articleExtensions: Set<String> { ArticleFormatRegistry.extensions }

    /// Picks the format from the extension, then from the content: front matter or a
    /// leading `# ` heading means Markdown.
    ///
    /// ```swift
    /// ArticleFormat.detect(path: "a.md", text: "…")            // .markdown
    /// ArticleFormat.detect(path: "-", text: "---\ntitle: x\n---\n")  // .markdown
    /// ArticleFormat.detect(path: "a.txt", text: " date 2019-01-04 …") // .newsText
    /// ```
    public static func detect(path: String, text: String) -> ArticleFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") {
            return text.hasPrefix("---\n") && MarkdownParser.frontMatterEnd(in: text) != nil ? .markdown : .newsText
        }
        if text.hasPrefix("---\n"), MarkdownParser.frontMatterEnd(in: text) != nil { return .markdown }
        if text.hasPrefix("# ") { return .markdown }
        return .newsText
    }
}
