@testable import BylineWeb
import Foundation
import Testing

@Suite("Page metadata: title and author from <meta> as Readability reads them")
struct PageMetadataTests {
    static func article(_ head: String) throws -> (title: String, author: String?) {
        let page = """
        <html><head><title>Storage draft - Working Group</title>\(head)</head><body><div class="story">
        <p>The working group published a new draft of the storage protocol on Monday, with changes to the way clients discover servers.</p>
        </div></body></html>
        """
        let a = try HTMLExtractor.extract(data: Data(page.utf8), path: "m.html").article
        return (a.title, a.author)
    }

    @Test("Dublin Core written with a dot (DC.Creator, DC.Title) names the author and the title")
    func dottedDublinCore() throws {
        let a = try Self.article(#"<meta name="DC.Creator" content="Jong, Michiel de"><meta name="DC.Title" content="remoteStorage">"#)
        #expect(a.author == "Jong, Michiel de")
        #expect(a.title == "remoteStorage")
    }

    @Test("of two Dublin Core tags for the same field the later one wins, as in Readability; of two og:title the first")
    func theLaterTagWins() throws {
        let a = try Self.article("""
            <meta name="DC.creator" content="Name Author"><meta property="dc:creator" content="Property Author">
            <meta name="DC.Creator" content="Kooman, F."><meta name="dc.creator" content="Last Author">
            """)
        #expect(a.author == "Last Author")
        let og = try Self.article(#"<meta property="og:title" content="Storage draft"><meta property="og:title" content="Storage draft - Working Group">"#)
        #expect(og.title == "Storage draft")
    }
}
