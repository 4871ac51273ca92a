import BylineKit
import Foundation

/// Turns the article's nodes into ``Block``s: paragraphs, subheadings (`headline`),
/// list items (`• `, `1. `), block quotes (`│ `), figure captions with their credit,
/// table rows; and collects the links with their block. Whitespace is collapsed as a
/// browser would; text inside `<pre>` keeps one block per line.
///
/// ```swift
/// var b = BlockBuilder(baseURL: URL(string: "https://example.org/news/"))
/// b.add(node)                 // <p>See <a href="a.html">this</a>.</p>
/// b.blocks                    // [.paragraph "See this."]
/// b.links                     // [ArticleLink(text: "this", url: "https://example.org/news/a.html", block: 0)]
/// ```
struct BlockBuilder {
    let baseURL: URL?
    private(set) var blocks: [Block] = []
    private(set) var links: [ArticleLink] = []
    private var text = String.UnicodeScalarView()
    private var pendingSpace = false
    private var prefix = ""
    private var quoteDepth = 0
    private var kind: Block.Kind = .paragraph
    private var credit: String?
    private var pendingLinks: [(text: String, url: String)] = []
    /// Blocks of 40 bytes or more shown so far (their bytes: hashing a String normalises
    /// it first) and the form each was shown in.
    private var seen: [[UInt8]: String] = [:]
    private var skippingList = false
    /// The last few blocks' text, before any list or quote mark: a block that only
    /// repeats the start of one of them is a cut copy ("… more" captions).
    private var recent: [String] = []
    /// Short photo credits already shown (`Photo: Jane Doe, AP`): a gallery repeats them.
    private var credits: Set<String> = []
    /// The heading being built sits inside a link (`<a href><h4>Other story</h4></a>`).
    private var headingInLink = false

    init(baseURL: URL?) { self.baseURL = baseURL }

    /// A block that is only one of these words labels an advertisement.
    static let adWords: Set<String> = ["ad", "advertising", "advertisement", "publicité", "werbung", "anzeige",
                                       "广告", "реклама", "anuncio", "publicidad", "sponsored"]
    /// A block that is only one of these is a control of the page, not its text.
    static let controlLines: Set<String> = ["comments", "comment", "skip to content", "skip to main content", "share",
                                            "share this", "share this article", "share this story", "print", "email",
                                            "back to top", "loading", "loading...", "close", "show more", "read more",
                                            "learn more"]

    static let breaking: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "table", "thead", "tbody", "tfoot", "tr", "caption", "hr", "br", "address", "details",
        "summary", "center", "form", "fieldset", "figure", "picture", "body", "nav", "hgroup",
    ]

    mutating func add(_ node: HTMLNode) {
        if node.dropped { return }
        if node.isText { append(node.text); return }
        switch node.tag {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            kind = .headline
            headingInLink = node.hasAncestor(["a"], depth: 3)
            children(node)
            flush()
            headingInLink = false
        case "li":
            flush()
            let ordered = node.parent?.tag == "ol"
            let number = ordered ? (node.parent?.children.filter { $0.tag == "li" }.firstIndex { $0 === node } ?? 0) + 1 : 0
            let saved = prefix
            prefix = ordered ? "\(number). " : "• "
            children(node)
            flush()
            prefix = saved
        case "blockquote":
            flush()
            quoteDepth += 1
            children(node)
            flush()
            quoteDepth -= 1
        case "figcaption":
            addCaption(node)
        case "pre":
            flush()
            for line in node.textContent.split(separator: "\n") {
                append(String(line))
                flush()
            }
        case "td", "th":
            if !text.isEmpty { pendingSpace = true }
            children(node)
            pendingSpace = true
        case "img":
            return
        case "a":
            if Self.isToggle(node) { return }
            children(node)
            if let href = node.attribute("href"), let url = resolve(href) {
                let words = node.textContent.collapsingWhitespace()
                if !words.isEmpty { pendingLinks.append((words, url)) }
            }
        case "p", "div", "span":
            if Self.isCaption(node) { addCaption(node); return }
            let breaks = node.tag != "span"
            if breaks { flush() }
            children(node)
            if breaks { flush() }
        default:
            let breaks = Self.breaking.contains(node.tag)
            if breaks { flush() }
            children(node)
            if breaks { flush() }
        }
    }

    private mutating func addCaption(_ node: HTMLNode) {
        flush()
        kind = .caption
        credit = node.first { ["credit", "copyright", "byline", "source", "photographer", "author"].contains(where: $0.classAndID.contains) }
            .map { $0.textContent.collapsingWhitespace() }
        children(node)
        flush()
    }

    /// A picture's caption written without `<figcaption>`: a `<p>` or `<div>` of text
    /// only, named a caption, beside a picture (`<div class="wp-caption"><img><p
    /// class="wp-caption-text">…</p></div>`). As a caption it is shown once however often
    /// the page repeats it.
    static func isCaption(_ node: HTMLNode) -> Bool {
        guard ByteMatch.containsAny(node.classAndID, ["caption"]), let parent = node.parent,
              !parent.descendants(["img", "picture"]).isEmpty else { return false }
        func inline(_ x: HTMLNode) -> Bool {
            x.children.allSatisfy { $0.isText || $0.dropped || (!ContentFinder.blockDescendants.contains($0.tag) && inline($0)) }
        }
        return !node.textContent.collapsingWhitespace().isEmpty && inline(node)
    }

    private mutating func children(_ node: HTMLNode) {
        for c in node.children { add(c) }
    }

    private mutating func append(_ s: String) {
        for scalar in s.unicodeScalars {
            if ByteMatch.isSpace(scalar) {
                pendingSpace = !text.isEmpty
            } else {
                if pendingSpace { text.append(" "); pendingSpace = false }
                text.append(scalar)
            }
        }
    }

    /// Ends the block being built, if it holds any text.
    mutating func flush() {
        defer {
            text = String.UnicodeScalarView()
            pendingSpace = false
            kind = .paragraph
            credit = nil
            pendingLinks = []
        }
        guard !text.isEmpty else { return }
        var body = String(text)
        if body.utf8.count <= 24, case let lower = body.lowercased(), Self.adWords.contains(lower) || Self.controlLines.contains(lower) { return }
        if isPromotion(body) || isTeaser(body) || isCutCopy(body) || isRepeatedCredit(body) { return }
        if kind == .paragraph, prefix.isEmpty, quoteDepth == 0, Self.isContributorLine(body) || Self.isReadingTime(body) { return }
        recent.append(body)
        if recent.count > 3 { recent.removeFirst() }
        // Galleries repeat a caption as a list item, a paragraph, a caption: keep the
        // first. A paragraph repeated as a paragraph is the author's and stays.
        if body.utf8.count >= 40 {
            let form = "\(kind.rawValue)|\(prefix)|\(quoteDepth)"
            let key = Array(body.utf8)
            if let earlier = seen[key], earlier != form || kind == .caption { return }
            seen[key] = form
        }
        var blockCredit: String?
        if kind == .caption {
            if let c = credit, !c.isEmpty, body.contains(c) {
                if !body.hasSuffix(c) {
                    body = body.replacingOccurrences(of: c, with: "").collapsingWhitespace() + " " + c
                }
                blockCredit = c
            } else {
                blockCredit = BlockClassifier.photoCredit(in: body)
            }
        }
        if kind == .paragraph {
            body = prefix + body
            if quoteDepth > 0 { body = String(repeating: "│ ", count: quoteDepth) + body }
        }
        let index = blocks.count
        blocks.append(Block(kind: kind, text: TextSanitizer.sanitize(body), credit: blockCredit.map(TextSanitizer.sanitize)))
        for l in pendingLinks {
            links.append(ArticleLink(text: TextSanitizer.sanitize(l.text), url: TextSanitizer.sanitize(l.url), block: index))
        }
    }

    /// Lines that point away from the article: "Related articles" and the list under it,
    /// "READ MORE: …", "Sign up for our newsletter".
    private mutating func isPromotion(_ body: String) -> Bool {
        if kind == .paragraph, body.utf8.count <= 600, body.utf8.first == UInt8(ascii: "I") || body.utf8.first == UInt8(ascii: "i"),
           case let lower = body.lowercased(), Self.longPromotionLines.contains(where: { lower.hasPrefix($0) }) { return true }
        if body.utf8.count > 160 { skippingList = false; return false }
        let lower = body.lowercased()
        let words = Self.wordCount(lower)
        if kind == .headline {
            skippingList = words <= 6 && Self.promotionHeadings.contains { lower.hasPrefix($0) }
            return skippingList
        }
        // "DON'T MISS" set as a paragraph of its own is a heading all the same.
        if prefix.isEmpty, words <= 4, Self.promotionHeadings.contains(lower.trimmingCharacters(in: [":", " ", "."])) {
            skippingList = true
            return true
        }
        if skippingList {
            if !prefix.isEmpty || (kind == .paragraph && words <= 14 && !body.hasSuffix(".")) { return true }
            skippingList = false
        }
        return words <= 16 && kind == .paragraph && Self.promotionLines.contains { lower.hasPrefix($0) }
    }

    /// An appeal that may run long: "If you enjoyed this article, we have a proposition …".
    static let longPromotionLines = ["if you enjoyed this", "if you liked this", "if you value our", "if you appreciate our"]

    /// The agency's or the desk's credit line under a story: "Jane Doe contributed to this
    /// report.", "(Reporting by Jane Doe; editing by John Roe)". Not the article's text.
    static func isContributorLine(_ body: String) -> Bool {
        guard body.utf8.count <= 400, let last = body.utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ")"),
              ByteMatch.containsAny(body, ["contributed", "eporting by"]) else { return false }
        let lower = body.lowercased().trimmingCharacters(in: [" ", ")", "("])
        if ["contributed to this report.", "contributed to this story.", "contributed to this article.", "contributed reporting."]
            .contains(where: lower.hasSuffix) { return true }
        if ByteMatch.containsAny(lower, [" contributed reporting from "]), lower.hasSuffix("."), wordCount(lower) <= 30 { return true }
        return (lower.hasPrefix("reporting by ") || lower.hasPrefix("additional reporting by "))
            && ByteMatch.containsAny(lower, ["editing by ", "writing by "])
    }

    /// "5 min read", "Reading time: 3 minutes": how long the page takes to read.
    static func isReadingTime(_ body: String) -> Bool {
        guard body.utf8.count <= 48, body.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let lower = body.lowercased()
        guard wordCount(lower) <= 6 else { return false }
        return ByteMatch.containsAny(lower, ["min read", "minute read", "minutes read", "reading time", "read time", "mins read"])
    }

    /// Links that only show or hide more of the page (`… more`, `less` after a cut
    /// caption): no address to go to, and a word that names the action.
    static func isToggle(_ a: HTMLNode) -> Bool {
        if let href = a.attribute("href")?.drop(while: { $0 == " " }), let first = href.first, first != "#",
           !((first == "j" || first == "J") && href.lowercased().hasPrefix("javascript:")) { return false }
        let words = a.textContent.collapsingWhitespace().lowercased().trimmingCharacters(in: [".", "…", " ", "+", "-"])
        return toggleWords.contains(words)
    }

    static let toggleWords: Set<String> = ["more", "less", "show more", "show less", "read more", "see more", "expand", "collapse"]

    /// A block that is the start of one just before it, cut: galleries show a caption in
    /// full and again shortened (`The storm reached…`), for a smaller screen. A paragraph
    /// repeated whole stays (it may be the author's refrain).
    private func isCutCopy(_ body: String) -> Bool {
        func stem(_ s: String) -> Substring {
            var t = Substring(s)
            while let last = t.last, last == "." || last == "…" || last == " " { t = t.dropLast() }
            return t
        }
        let cut = stem(body)
        guard cut.utf8.count >= 40 else { return false }
        // A list item the same as the one before: the gallery's short caption when the
        // caption was short enough to show whole.
        if !prefix.isEmpty, recent.last == body { return true }
        // A word or more shorter: a paragraph repeated in full is not a cut copy. The
        // bytes are compared: the copy is the page's own text, not another spelling of it.
        return recent.contains { stem($0).utf8.count > cut.utf8.count + 3 && $0.utf8.starts(with: cut.utf8) }
    }

    /// A short photo credit seen before in this article (`Photo: Jane Doe, AP` under each
    /// view of one picture).
    private mutating func isRepeatedCredit(_ body: String) -> Bool {
        guard body.utf8.count < 80, BlockClassifier.photoCredit(in: body) != nil else { return false }
        return !credits.insert(body).inserted
    }

    /// A paragraph or list item that is all one link, of a headline's length, points to
    /// another article ("Also read: …" lists, teasers between paragraphs); so does a
    /// heading inside a list item that is all one link ("More from …" lists of headlines).
    private func isTeaser(_ body: String) -> Bool {
        if kind == .headline, !prefix.isEmpty, headingInLink, quoteDepth == 0 {
            let words = Self.wordCount(body)
            return words >= 3 && words <= 25
        }
        guard kind == .paragraph || (kind == .headline && !prefix.isEmpty), pendingLinks.count == 1, quoteDepth == 0 else { return false }
        let words = Self.wordCount(body)
        let linked = pendingLinks[0].text.unicodeScalars.count
        return words >= 3 && words <= 25 && Double(linked) >= 0.9 * Double(body.unicodeScalars.count)
    }

    /// The words of a block's text, as runs between single spaces (the text's white
    /// space is already collapsed to one space), counted on its bytes.
    ///
    /// ```swift
    /// BlockBuilder.wordCount("Read more: the harbour")  // 4
    /// ```
    static func wordCount(_ s: String) -> Int {
        var count = 0
        var inWord = false
        for b in s.utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    static let promotionHeadings = ["related", "more on this", "more from", "don't miss", "don’t miss", "recommended",
                                    "read more", "read next", "you may also like", "you might also like", "trending",
                                    "most popular", "most read", "see also", "also read", "latest news", "top stories"]
    static let promotionLines = ["read more", "see more", "also read", "related:", "related article", "more:", "watch:",
                                 "click here", "sign up", "subscribe to", "follow us", "get fox business",
                                 "read the full", "advertisement", "story continues below", "continue reading",
                                 "like this story", "like this article", "tell us what you think"]

    private func resolve(_ href: String) -> String? {
        let h = href.trimmingSpaces()
        if h.isEmpty || h.hasPrefix("#") || h.lowercased().hasPrefix("javascript:") { return nil }
        if let u = URL(string: h, relativeTo: baseURL)?.absoluteURL, u.scheme != nil { return u.absoluteString }
        return h
    }
}
