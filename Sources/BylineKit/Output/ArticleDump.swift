/// The article as plain text for a pipe (`byline dump`): the title, then the blocks
/// wrapped by display width; captions and credits are marked. As a reader mode shows
/// an article, the text is the article's own: the date, author and site (which `analyze
/// --json` gives) come as a line under the title only with `metadata` (`dump --metadata`).
///
/// ```text
/// Kim Jong Un has criticised the United States over its support of Ukraine…
/// =========================================================================
///
/// [Photo] Kim Jong Un has criticised the United States over its support of
///         Ukraine against a prolonged Russian invasion. Photograph: Korean
///         Central News Agency/Korea News Service/AP
///
/// North Korean leader Kim Jong-un has renewed his call for a “limitless”
/// ```
public struct ArticleDump: Sendable {
    /// The widest line, in columns (at least 10).
    public var width: Int
    /// Whether a line of date, author and site follows the title
    /// (`2024-11-18 · by Jane Doe · The Daily News`).
    public var metadata: Bool

    /// A dump at `width` columns: `ArticleDump(width: 72).render(article)`;
    /// `ArticleDump(width: 72, metadata: true)` adds the date/author/site line.
    public init(width: Int = 80, metadata: Bool = false) {
        self.width = max(10, width)
        self.metadata = metadata
    }

    /// The article as lines of plain text, ending in a newline.
    public func render(_ article: Article) -> String {
        var lines: [String] = []
        let headline = article.blocks.first?.kind == .headline ? article.blocks.first?.text : nil
        let wrapper = LineWrapper(width: width)
        let title = headline ?? article.title
        lines += wrapper.wrap(title)
        lines.append(String(repeating: "=", count: min(width, DisplayWidth.of(title))))
        if metadata {
            var meta: [String] = []
            if let date = article.date { meta.append(date.description) }
            if let author = article.author { meta.append("by " + author) }
            if let source = article.source { meta.append(source) }
            if !meta.isEmpty { lines += wrapper.wrap(meta.joined(separator: " · ")) }
        }
        for (i, block) in article.blocks.enumerated() {
            if i == 0 && headline != nil { continue }
            lines.append("")
            switch block.kind {
            case .headline:
                // A subheading: as written, underlined (case kept, so words compare).
                let wrapped = wrapper.wrap(block.text)
                lines += wrapped
                lines.append(String(repeating: "-", count: min(width, wrapped.map(DisplayWidth.of).max() ?? 0)))
            case .paragraph:
                lines += wrapper.wrap(block.text)
            case .caption: lines += labelled("[Photo]", block.text)
            case .credit: lines += labelled("[Credit]", block.credit ?? block.text)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `[Photo] text…` with the text wrapped beside the label; where the label leaves
    /// too little room (a wide character needs two columns), the label on a line of its
    /// own and the text at the full width, so no line is ever wider than `width`.
    func labelled(_ label: String, _ text: String) -> [String] {
        let indent = label.count + 1
        guard width - indent >= 12 else { return [label] + LineWrapper(width: width).wrap(text) }
        let inner = LineWrapper(width: width - indent).wrap(text)
        return inner.enumerated().map { j, l in (j == 0 ? label + " " : String(repeating: " ", count: indent)) + l }
    }
}
