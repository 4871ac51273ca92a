/// One node of a parsed page: an element (lower-case tag, attributes, children) or text
/// (entities already decoded by gumbo). Built by ``HTMLDocument``; extraction marks
/// nodes as dropped and scores them in place.
///
/// ```swift
/// let doc = HTMLDocument(html: "<p class=lead>Hi &amp; bye</p>")
/// doc.body?.children[0].tag            // "p"
/// doc.body?.children[0].textContent    // "Hi & bye"
/// ```
public final class HTMLNode {
    /// Lower-case tag name; empty for a text node.
    public let tag: String
    /// The text of a text node (whitespace as in the page).
    public let text: String
    public private(set) var attributes: [(name: String, value: String)]
    public internal(set) var children: [HTMLNode] = []
    public internal(set) weak var parent: HTMLNode?
    /// Set by extraction: the node and its subtree are not article text.
    var dropped = false
    /// Readability-style content score, when the node is a candidate.
    var score: Double = 0
    var scored = false

    init(tag: String, attributes: [(name: String, value: String)]) {
        self.tag = tag
        self.text = ""
        self.attributes = attributes
    }

    init(text: String) {
        self.tag = ""
        self.text = text
        self.attributes = []
    }

    public var isText: Bool { tag.isEmpty }

    public func attribute(_ name: String) -> String? {
        for a in attributes where a.name == name { return a.value }
        return nil
    }

    /// `class` and `id` together, lower-cased, for the class-name heuristics.
    lazy var classAndID: String = ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()

    /// The text of the subtree (dropped nodes skipped), whitespace as in the page.
    public var textContent: String {
        if isText { return text }
        var out = ""
        appendText(to: &out)
        return out
    }

    func appendText(to out: inout String) {
        if dropped { return }
        if isText { out += text; return }
        for c in children { c.appendText(to: &out) }
    }

    /// Every element below this one, depth first, in document order.
    func descendants(_ tags: Set<String>) -> [HTMLNode] {
        var out: [HTMLNode] = []
        func walk(_ n: HTMLNode) {
            for c in n.children where !c.isText && !c.dropped {
                if tags.contains(c.tag) { out.append(c) }
                walk(c)
            }
        }
        walk(self)
        return out
    }

    /// The first element (self included) for which `match` holds, depth first.
    func first(where match: (HTMLNode) -> Bool) -> HTMLNode? {
        if !isText && match(self) { return self }
        for c in children where !c.isText {
            if let f = c.first(where: match) { return f }
        }
        return nil
    }

    /// Whether an ancestor has one of these tags (up to `depth` levels; 0 for all).
    func hasAncestor(_ tags: Set<String>, depth: Int = 0) -> Bool {
        var n = parent
        var level = 0
        while let p = n {
            if depth > 0 && level == depth { return false }
            if tags.contains(p.tag) { return true }
            n = p.parent
            level += 1
        }
        return false
    }
}
