import CGumbo

/// A page parsed by gumbo (the HTML5 parsing algorithm, so broken markup parses as a
/// browser would) and copied into ``HTMLNode``s. Comments are left out; nothing in the
/// page is run or fetched.
///
/// ```swift
/// let doc = HTMLDocument(html: "<title>T</title><p>One<p>Two")
/// doc.title                       // "T"
/// doc.body?.children.map(\.tag)   // ["p", "p"]
/// ```
package struct HTMLDocument {
    package let root: HTMLNode

    package init(html: String) {
        var html = html
        root = html.withUTF8 { buffer in
            var options = kGumboDefaultOptions
            options.max_errors = 0
            let raw = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            let output = gumbo_parse_with_options(&options, raw.assumingMemoryBound(to: CChar.self), buffer.count)!
            defer { gumbo_destroy_output(&options, output) }
            let root = HTMLNode(tag: "#document", attributes: [])
            Self.copyChildren(of: output.pointee.document, into: root)
            return root
        }
    }

    package var html: HTMLNode? { root.children.first { $0.tag == "html" } }
    package var head: HTMLNode? { html?.children.first { $0.tag == "head" } }
    package var body: HTMLNode? { html?.children.first { $0.tag == "body" } }

    /// The `<title>`'s text, whitespace collapsed.
    package var title: String? {
        guard let t = head?.first(where: { $0.tag == "title" }) ?? root.first(where: { $0.tag == "title" }) else { return nil }
        let s = t.textContent.collapsingWhitespace()
        return s.isEmpty ? nil : s
    }

    private static func copyChildren(of node: UnsafeMutablePointer<GumboNode>, into parent: HTMLNode) {
        let vector: GumboVector
        switch node.pointee.type {
        case GUMBO_NODE_DOCUMENT: vector = node.pointee.v.document.children
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE: vector = node.pointee.v.element.children
        default: return
        }
        parent.children.reserveCapacity(Int(vector.length))
        for i in 0..<Int(vector.length) {
            let child = vector.data[i]!.assumingMemoryBound(to: GumboNode.self)
            switch child.pointee.type {
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let element = child.pointee.v.element
                let n = HTMLNode(tag: tagName(element), attributes: attributes(element.attributes))
                n.parent = parent
                parent.children.append(n)
                copyChildren(of: child, into: n)
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                let n = HTMLNode(text: String(cString: child.pointee.v.text.text))
                n.parent = parent
                parent.children.append(n)
            default:
                continue
            }
        }
    }

    private static func tagName(_ element: GumboElement) -> String {
        if element.tag != GUMBO_TAG_UNKNOWN, let name = gumbo_normalized_tagname(element.tag) {
            return String(cString: name)
        }
        var piece = element.original_tag
        guard piece.data != nil, piece.length > 0 else { return "unknown" }
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data else { return "unknown" }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: piece.length)
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    private static func attributes(_ vector: GumboVector) -> [(name: String, value: String)] {
        guard vector.length > 0 else { return [] }
        var out: [(name: String, value: String)] = []
        out.reserveCapacity(Int(vector.length))
        for i in 0..<Int(vector.length) {
            let a = vector.data[i]!.assumingMemoryBound(to: GumboAttribute.self)
            out.append((String(cString: a.pointee.name), String(cString: a.pointee.value)))
        }
        return out
    }
}

extension StringProtocol {
    /// Runs of whitespace (NBSP included) as one space, trimmed.
    func collapsingWhitespace() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for s in unicodeScalars {
            if ByteMatch.isSpace(s) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
