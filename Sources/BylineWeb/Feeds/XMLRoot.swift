import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The root element of an XML document, from its first bytes: what tells a feed saved
/// as `news.xml` (`rss`, `rdf:RDF`, `feed`) from any other XML file (`svg`, `project`).
///
/// Foundation's `XMLParser` reads the prefix and stops at the first start tag, so the
/// XML declaration, comments, processing instructions, a doctype with its internal
/// subset and the encoding (a byte-order mark, UTF-16, the declaration's) are read as
/// XML reads them; nothing is tokenized here. About 20 µs for a 4 KB prefix.
///
/// ```swift
/// XMLRoot.name(of: Data("<?xml version=\"1.0\"?><!-- a > b --><rss version=\"2.0\">".utf8))   // "rss"
/// XMLRoot.isFeed("rdf:RDF")   // true
/// XMLRoot.name(of: Data("Plain text".utf8))                                                // nil
/// ```
package enum XMLRoot {
    /// The qualified name of the first element (`rdf:RDF`), or nil when the bytes break
    /// off or are not XML before one.
    package static func name(of prefix: Data) -> String? {
        let finder = Finder()
        let parser = XMLParser(data: prefix)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = finder
        parser.parse()
        return finder.root
    }

    /// Whether a root element's name is a feed's: RSS 0.9x/2.0 `rss`, RSS 1.0 `rdf:RDF`
    /// (any prefix), Atom `feed`, and the Channel Definition Format's `CHANNEL`, which
    /// ``FeedParser`` reads as feedparser does.
    package static func isFeed(_ name: String) -> Bool {
        let local = name.split(separator: ":").last.map { $0.lowercased() } ?? ""
        return local == "rss" || local == "rdf" || local == "feed" || local == "channel"
    }

    private final class Finder: NSObject, XMLParserDelegate {
        var root: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            root = elementName
            parser.abortParsing()
        }
    }
}
