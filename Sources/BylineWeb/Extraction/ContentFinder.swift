/// Finds the node holding a page's article, in the way reader modes do (the scoring of
/// Mozilla's Readability, Apache-2.0, re-written here): paragraphs score their parent
/// and grandparent by length and commas; class names such as `article` or `comment`
/// weigh for or against; links lower a node's score by their share of its text; the best
/// node is taken with the siblings that score close to it.
///
/// ```swift
/// var finder = ContentFinder(flags: .all)
/// let nodes = finder.content(of: document)   // [the article's node, its kept siblings]
/// ```
struct ContentFinder {
    struct Flags: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Flags(rawValue: 1)
        static let weightClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let all: Flags = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    var flags: Flags
    /// The author line found in the page (`By Jane Doe`) when metadata named none.
    var byline: String?
    var title: String?

    static let alwaysDropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "input",
        "button", "select", "textarea", "option", "link", "meta", "head", "nav", "aside", "dialog", "footer",
        "menu", "audio", "video", "source", "map", "area", "title",
    ]
    /// Left out as a whole, but looked into for the author line first.
    static let mayHoldByline: Set<String> = ["aside", "footer", "nav", "menu", "dialog"]
    /// Never text, not even an author line: left out before anything is looked at.
    static let neverText: Set<String> = ["script", "style", "noscript", "template", "head", "meta", "link", "title"]
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "consent", "newsletter", "share-bar", "sharebar", "promo", "advert", "ad-slot",
        "adslot", "ad-container", "adsbygoogle", "sponsored", "breadcrumb", "author-bio", "about-author", "author-box",
    ]
    /// Names left out even when a page is read again with fewer filters (its first
    /// reading found too little text): comments, consent banners, breadcrumbs and the
    /// author's biography box are never the article.
    static let neverArticle = ["comment", "disqus", "replies", "respond", "cookie", "consent", "gdpr", "newsletter",
                               "breadcrumb", "author-bio", "about-author", "author-box"]
    static let maybeCandidate = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                           "post", "text", "blog", "story"]
    static let negative = ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                           "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
                           "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "cookie", "newsletter",
                           "subscribe", "popup", "modal"]
    static let blockChildren: Set<String> = ["a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
                                             "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6"]
    static let scored: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]

    /// Marks what is never article text, then returns the article's nodes in order.
    mutating func content(of document: HTMLDocument, hasAuthor: Bool) -> [HTMLNode] {
        guard let body = document.body else { return [] }
        prepare(body, hasAuthor: hasAuthor)
        let candidates = score(body)
        guard var top = candidates.max(by: { $0.score < $1.score }), top !== body else {
            clean(body)
            return [body]
        }
        top = climb(from: top, candidates: candidates, body: body)
        var nodes: [HTMLNode] = []
        if let parent = top.parent {
            let threshold = max(10, top.score * 0.2)
            let topClass = top.attribute("class") ?? ""
            for sibling in parent.children where !sibling.dropped {
                if sibling === top { nodes.append(sibling); continue }
                if sibling.isText { continue }
                let bonus = !topClass.isEmpty && sibling.attribute("class") == topClass ? top.score * 0.2 : 0
                if sibling.scored && sibling.score + bonus >= threshold {
                    nodes.append(sibling)
                } else if sibling.tag == "p" || isParagraphLike(sibling) {
                    let length = sibling.measures.length
                    let density = linkDensity(sibling)
                    if length > 80 && density < 0.25 {
                        nodes.append(sibling)
                    } else if length <= 80, case let text = sibling.textContent.collapsingWhitespace(),
                              !text.isEmpty && density == 0 && (text.contains(". ") || text.hasSuffix(".")) {
                        nodes.append(sibling)
                    }
                }
            }
        } else {
            nodes = [top]
        }
        for n in nodes { clean(n) }
        return nodes
    }

    // MARK: - Preparing: what is never article text

    private mutating func prepare(_ node: HTMLNode, hasAuthor: Bool) {
        var removedTitle = false
        let wantsByline = !hasAuthor
        func walk(_ n: HTMLNode) {
            for c in n.children where !c.isText && !c.dropped {
                if Self.neverText.contains(c.tag) || isHidden(c) { c.dropped = true; continue }
                let match = c.classAndID
                // The author line is looked for before anything else is left out, in
                // document order, as Readability does: it may stand in a <footer> or an
                // <aside>, which are never article text themselves.
                if wantsByline && byline == nil && takeByline(c, match: match) { c.dropped = true; continue }
                if Self.alwaysDropped.contains(c.tag) {
                    if wantsByline && byline == nil && Self.mayHoldByline.contains(c.tag) { findByline(in: c) }
                    c.dropped = true
                    continue
                }
                if let role = c.attribute("role"), Self.unlikelyRoles.contains(role.lowercased()) { c.dropped = true; continue }
                if !removedTitle, c.tag == "h1" || c.tag == "h2", let title,
                   ArticleTitle.similarity(title, c.textContent.collapsingWhitespace()) > 0.75 {
                    removedTitle = true
                    c.dropped = true
                    continue
                }
                if isUnlikely(c, match: match) {
                    c.dropped = true
                    continue
                }
                walk(c)
            }
        }
        walk(node)
    }

    /// Takes `n` as the page's author line if it is one: named for it (`byline`, `author`,
    /// `rel=author`, `itemprop=author`) and under 100 characters as written, spaces
    /// included, as Readability counts them (a line padded out to 100 is not taken, a part
    /// of it may be). The name inside it (`itemprop=name`) is preferred to the whole line.
    private mutating func takeByline(_ n: HTMLNode, match: String) -> Bool {
        guard isByline(n, match: match) else { return false }
        let raw = n.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !raw.isEmpty, raw.utf16.count < 100 else { return false }
        let name = n.children.lazy.compactMap { $0.isText ? nil : $0.first { ($0.attribute("itemprop") ?? "").contains("name") } }.first
        let text = (name ?? n).textContent.collapsingWhitespace()
        guard !text.isEmpty else { return false }
        byline = text
        return true
    }

    /// Looks for the author line inside a node that is left out as a whole (a <footer>,
    /// an <aside>), skipping what the walk would have left out before reaching it.
    private mutating func findByline(in n: HTMLNode) {
        for c in n.children where !c.isText && !c.dropped {
            if Self.neverText.contains(c.tag) || isHidden(c) { continue }
            let match = c.classAndID
            if takeByline(c, match: match) { c.dropped = true; return }
            if isUnlikely(c, match: match) { continue }
            findByline(in: c)
            if byline != nil { return }
        }
    }

    /// Named as what is not the article (`sidebar`, `comment`…; with fewer filters only
    /// comments and consent banners), and not also as what may be (`article`, `main`…).
    private func isUnlikely(_ c: HTMLNode, match: String) -> Bool {
        let unlikelyNames = flags.contains(.stripUnlikely) ? Self.unlikely : Self.neverArticle
        return c.tag != "a" && c.tag != "body" && c.tag != "article" && c.tag != "main"
            && !match.trimmingSpaces().isEmpty && ByteMatch.containsAny(match, unlikelyNames)
            && !ByteMatch.containsAny(match, Self.maybeCandidate) && !c.hasAncestor(["table", "code"])
    }

    private func isHidden(_ n: HTMLNode) -> Bool {
        if n.attribute("hidden") != nil { return true }
        if n.attribute("aria-hidden") == "true", !ByteMatch.containsAny(n.attribute("class") ?? "", ["fallback-image"]) { return true }
        // `display: none` in any case and spacing, tested on the bytes (ASCII letters folded).
        if let style = n.attribute("style") {
            let compact = String(decoding: style.utf8.lazy.filter { $0 != 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
                                 as: UTF8.self)
            if ByteMatch.containsAny(compact, ["display:none", "visibility:hidden"]) { return true }
        }
        return false
    }

    private func isByline(_ n: HTMLNode, match: String) -> Bool {
        if n.attribute("rel") == "author" || (n.attribute("itemprop") ?? "").contains("author") { return true }
        return ByteMatch.containsAny(match, ["byline", "author", "dateline", "writtenby", "p-author"])
    }

    // MARK: - Scoring

    private func isParagraphLike(_ n: HTMLNode) -> Bool {
        guard n.tag == "div" || n.tag == "section" || n.tag == "article" else { return false }
        return !n.children.contains { !$0.isText && !$0.dropped && Self.blockChildren.contains($0.tag) }
    }

    static let runContainers: Set<String> = ["div", "article", "main", "center", "font", "span"]
    static let phrasing: Set<String> = ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i",
                                        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
                                        "time", "u", "var", "wbr", "font", "del", "ins", "label", "abbr", "big",
                                        "strike", "tt", "nobr"]

    /// The text a container holds directly, cut at `<br>` and at block children: what a
    /// browser shows as paragraphs although the page has no `<p>` for them.
    private func inlineRuns(_ n: HTMLNode) -> [String] {
        var runs: [String] = []
        var current = ""
        func end() {
            let t = current.collapsingWhitespace()
            if !t.isEmpty { runs.append(t) }
            current = ""
        }
        for c in n.children where !c.dropped {
            if c.isText { current += c.text }
            else if c.tag == "br" { end() }
            else if Self.phrasing.contains(c.tag) { c.appendText(to: &current) }
            else { end() }
        }
        end()
        return runs
    }

    private func score(_ body: HTMLNode) -> [HTMLNode] {
        var candidates: [HTMLNode] = []
        func add(length: Int, commas: Int, from first: HTMLNode?) {
            if length < 25 { return }
            let points = 2.0 + Double(commas) + Double(min(length / 100, 3))
            var ancestor = first
            var level = 0
            while let a = ancestor, level < 5, a.tag != "#document", a.tag != "html" {
                if !a.scored {
                    a.scored = true
                    a.score = initialScore(a)
                    candidates.append(a)
                }
                a.score += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                ancestor = a.parent
                level += 1
            }
        }
        func walk(_ n: HTMLNode) {
            for c in n.children where !c.isText && !c.dropped {
                if Self.scored.contains(c.tag) {
                    let m = c.measures
                    add(length: m.length, commas: m.commas, from: c.parent)
                } else if Self.runContainers.contains(c.tag) {
                    // A <div> of text is a paragraph of its parent; text beside blocks
                    // inside a <div> is a paragraph of the <div>.
                    let paragraphLike = isParagraphLike(c)
                    for run in inlineRuns(c) {
                        let commas = run.unicodeScalars.reduce(0) { $0 + ($1 == "," || $1 == "，" || $1 == "、" ? 1 : 0) }
                        add(length: run.unicodeScalars.count, commas: commas, from: paragraphLike ? c.parent : c)
                    }
                }
                walk(c)
            }
        }
        walk(body)
        for c in candidates { c.score *= 1 - linkDensity(c) }
        return candidates
    }

    private func initialScore(_ n: HTMLNode) -> Double {
        var s: Double
        switch n.tag {
        case "div": s = 5
        case "pre", "td", "blockquote": s = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
        default: s = 0
        }
        return s + classWeight(n)
    }

    func classWeight(_ n: HTMLNode) -> Double {
        guard flags.contains(.weightClasses) else { return 0 }
        var w = 0.0
        for value in [n.attribute("class"), n.attribute("id")] {
            guard let v = value?.lowercased(), !v.isEmpty else { continue }
            if ByteMatch.containsAny(v, Self.negative) { w -= 25 }
            if ByteMatch.containsAny(v, Self.positive) { w += 25 }
        }
        return w
    }

    func linkDensity(_ n: HTMLNode) -> Double {
        let m = n.measures
        return m.length > 0 ? m.linkLength / Double(m.length) : 0
    }

    /// Moves from the best-scoring node to an ancestor that holds more of the article.
    private func climb(from start: HTMLNode, candidates: [HTMLNode], body: HTMLNode) -> HTMLNode {
        var top = start
        let best = candidates.sorted { $0.score > $1.score }.prefix(5)
        var alternatives: [[HTMLNode]] = []
        for c in best.dropFirst() where c.score / top.score >= 0.75 {
            var chain: [HTMLNode] = []
            var p = c.parent
            while let x = p { chain.append(x); p = x.parent }
            alternatives.append(chain)
        }
        if alternatives.count >= 3 {
            var p = top.parent
            while let x = p, x !== body {
                if alternatives.filter({ $0.contains { $0 === x } }).count >= 3 { top = x; break }
                p = x.parent
            }
        }
        if !top.scored { top.scored = true; top.score = initialScore(top) }
        var parent = top.parent
        var last = top.score
        let threshold = last / 3
        while let p = parent, p !== body, p.tag != "#document" {
            if !p.scored { parent = p.parent; continue }
            if p.score < threshold { break }
            if p.score > last { top = p; break }
            last = p.score
            parent = p.parent
        }
        while let p = top.parent, p !== body, p.tag != "#document",
              p.children.filter({ !$0.isText && !$0.dropped }).count == 1 {
            top = p
        }
        return top
    }

    // MARK: - Cleaning inside the article

    private func clean(_ root: HTMLNode) {
        // Share bars and the like: short, and named for it.
        for n in root.descendants(["div", "section", "span", "ul", "p", "header"]) where !n.dropped {
            let match = n.classAndID
            if ByteMatch.containsAny(match, ["share", "social"]),
               n.measures.length < 500 { n.dropped = true }
        }
        // Lists of other articles: named for it and mostly links, even when the name also
        // says "article" (`article-related-stories`), which spares them from the first cut.
        for n in root.descendants(["div", "section", "ul", "ol"]) where !n.dropped {
            if ByteMatch.containsAny(n.classAndID, ["related"]), linkDensity(n) > 0.5 { n.dropped = true }
        }
        for h in root.descendants(["h1", "h2"]) where classWeight(h) < 0 || linkDensity(h) > 0.33 { h.dropped = true }
        guard flags.contains(.cleanConditionally) else { return }
        for tag in ["form", "fieldset", "table", "ul", "ol", "div", "section", "header", "figure"] {
            for n in root.descendants([tag]).reversed() where !n.dropped {
                if shouldRemove(n) { n.dropped = true }
            }
        }
    }

    static let blockDescendants: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
                                               "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6"]

    /// A `<div>` holding only text and inline markup, nothing block-level at any depth:
    /// a paragraph written without `<p>`. Named a caption (`media-caption`), it is the
    /// picture's caption, kept although `media` weighs against it: reader modes read such
    /// a `<div>` as a `<p>`, which is never cleaned away as a container would be.
    private func isTextDiv(_ n: HTMLNode) -> Bool {
        guard n.tag == "div" else { return false }
        func inline(_ x: HTMLNode) -> Bool {
            x.children.allSatisfy { $0.isText || $0.dropped || (!Self.blockDescendants.contains($0.tag) && inline($0)) }
        }
        return inline(n)
    }

    /// A list whose every item holds one picture (a gallery, captions included): kept
    /// although it has more images than paragraphs.
    private func isGallery(_ list: HTMLNode) -> Bool {
        let items = list.descendants(["li"])
        return !items.isEmpty && items.allSatisfy { $0.descendants(["img", "picture"]).count == 1 }
    }

    private func shouldRemove(_ n: HTMLNode) -> Bool {
        if n.hasAncestor(["code", "pre"]) { return false }
        if n.tag == "table", !n.descendants(["th", "caption"]).isEmpty { return false }
        if n.tag == "figure" {
            return n.descendants(["img", "picture", "figcaption"]).isEmpty && n.measures.length < 25
        }
        if ByteMatch.containsAny(n.classAndID, ["caption"]), isTextDiv(n) { return false }
        let weight = classWeight(n)
        if weight < 0 { return true }
        let measures = n.measures
        let length = measures.length
        // One walk for the counts and lengths Readability takes of the descendants.
        var listLength = 0, p = 0, img = 0, li = -100, headingLength = 0
        n.forEachDescendant { d in
            switch d.tag {
            case "ul", "ol": listLength += d.measures.length
            case "p": p += 1
            case "img": img += 1
            case "li": li += 1
            case "h1", "h2", "h3", "h4", "h5", "h6": headingLength += d.measures.length
            default: break
            }
        }
        var isList = n.tag == "ul" || n.tag == "ol"
        if !isList, length > 0 { isList = Double(listLength) / Double(length) > 0.9 }
        if measures.commas >= 10 { return false }
        let headingDensity = length == 0 ? 0 : Double(headingLength) / Double(length)
        let inFigure = n.hasAncestor(["figure"])
        let density = linkDensity(n)
        if isList && isGallery(n) { return false }
        if img > 1 && Double(p) / Double(img) < 0.5 && !inFigure { return true }
        if !isList && li > p { return true }
        if !isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure { return true }
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        return false
    }
}
