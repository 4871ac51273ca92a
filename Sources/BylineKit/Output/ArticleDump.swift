/// The article as plain text for a pipe (`byline dump`): title, date and source, then
/// the blocks wrapped by display width; captions and credits are marked.
///
/// ```text
/// Kim Jong Un has criticised the United States over its support of Ukraine…
/// 2024-11-18
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

    /// A dump at `width` columns: `ArticleDump(width: 72).render(article)`.
    public init(width: Int = 80) {
        self.width = max(10, width)
    }

    /// The article as lines of plain text, ending in a newline.
    public func render(_ article: Article) -> String {
        var lines: [String] = []
        let headline = article.blocks.first?.kind == .headline ? article.blocks.first?.text : nil
        let wrapper = LineWrapper(width: width)
        let title = headline ?? article.title
        lines += wrapper.wrap(title)
        lines.append(String(repeating: "=", count: min(width, DisplayWidth.of(title))))
        var meta: [String] = []
        if let date = article.date { meta.append(date.description) }
        if let author = article.author { meta.append("by " + author) }
        if let source = article.source { meta.append(source) }
        if !meta.isEmpty { lines += wrapper.wrap(meta.joined(separator: " · ")) }
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
            case .caption:
                let inner = LineWrapper(width: max(1, width - 8)).wrap(block.text)
                for (j, l) in inner.enumerated() { lines.append((j == 0 ? "[Photo] " : "        ") + l) }
            case .credit:
                let inner = LineWrapper(width: max(1, width - 9)).wrap(block.credit ?? block.text)
                for (j, l) in inner.enumerated() { lines.append((j == 0 ? "[Credit] " : "         ") + l) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
