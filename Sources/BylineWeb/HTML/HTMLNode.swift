/// One node of a parsed page: an element (lower-case tag, attributes, children) or text
/// (entities already decoded by gumbo). Built by ``HTMLDocument``; extraction marks
/// nodes as dropped and scores them in place.
///
/// ```swift
/// let doc = HTMLDocument(html: "<p class=lead>Hi &amp; bye</p>")
/// doc.body?.children[0].tag            // "p"
/// doc.body?.children[0].textContent    // "Hi & bye"
/// ```
package final class HTMLNode {
    /// Lower-case tag name; empty for a text node.
    package let tag: String
    /// The text of a text node (whitespace as in the page).
    package let text: String
    package private(set) var attributes: [(name: String, value: String)]
    package internal(set) var children: [HTMLNode] = []
    /// The element holding this node. `unowned`, not `weak`: a weak reference gives every
    /// node a side table, and every retain and release of a node then takes the runtime's
    /// slow path (a tenth of the extraction's time). The document's root holds the tree, so
    /// a parent lives as long as its children are used; after that, reading it traps.
    package internal(set) unowned var parent: HTMLNode?
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

    package var isText: Bool { tag.isEmpty }

    package func attribute(_ name: String) -> String? {
        for a in attributes where a.name == name { return a.value }
        return nil
    }

    /// Text measures of the subtree (dropped nodes skipped), computed once when first
    /// asked for: extraction asks after it has dropped what is never article text.
    struct Measures {
        /// Unicode scalars with whitespace runs counted as one.
        var length = 0
        /// The same, inside `<a>` elements (`#` links count 0.3).
        var linkLength = 0.0
        var commas = 0
    }

    private var cachedMeasures: Measures?

    var measures: Measures {
        if let m = cachedMeasures { return m }
        var m = Measures()
        if isText {
            var inSpace = false
            for s in text.unicodeScalars {
                let space = s.value == 0x20 || s.value == 0x0A || s.value == 0x09 || s.value == 0x0D || s.value == 0xA0
                if space { if !inSpace { m.length += 1 }; inSpace = true } else { m.length += 1; inSpace = false }
                if s == "," || s == "，" || s == "、" { m.commas += 1 }
            }
        } else if !dropped {
            for c in children where !c.dropped {
                let cm = c.measures
                m.length += cm.length
                m.linkLength += cm.linkLength
                m.commas += cm.commas
            }
            if tag == "a" {
                m.linkLength = Double(m.length) * ((attribute("href") ?? "").hasPrefix("#") ? 0.3 : 1)
            }
        }
        cachedMeasures = m
        return m
    }

    /// Clears what an extraction marked (dropped, scores, measures) in the subtree, so
    /// the page can be read again with other filters without parsing it again.
    func resetExtraction() {
        dropped = false
        score = 0
        scored = false
        cachedMeasures = nil
        for c in children where !c.isText { c.resetExtraction() }
    }

    /// `class` and `id` together, lower-cased, for the class-name heuristics.
    lazy var classAndID: String = ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()

    /// The text of the subtree (dropped nodes skipped), whitespace as in the page.
    package var textContent: String {
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

    /// Calls `visit` with every element under this one that ``descendants(_:)`` would walk
    /// (not dropped, not under a dropped one), in document order, without making an array.
    ///
    /// ```swift
    /// var paragraphs = 0
    /// node.forEachDescendant { if $0.tag == "p" { paragraphs += 1 } }
    /// ```
    func forEachDescendant(_ visit: (HTMLNode) -> Void) {
        for c in children where !c.isText && !c.dropped {
            visit(c)
            c.forEachDescendant(visit)
        }
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
