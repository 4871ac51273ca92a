import BylineKit
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

    static func page(head: String = "", body: String) throws -> Article {
        let page = """
        <html><head><title>Storage draft - Working Group</title>\(head)</head><body>\(body)<div class="story">
        <p>The working group published a new draft of the storage protocol on Monday, with changes to the way clients discover servers.</p>
        <p>Clients that cannot reach the discovery server fall back to the address the user typed, the draft says, as before.</p>
        </div></body></html>
        """
        return try HTMLExtractor.extract(data: Data(page.utf8), path: "m.html").article
    }

    @Test("the page's author line is found wherever it stands, a <footer> or an <aside> included, and left out of the text")
    func authorLineInAFooter() throws {
        let a = try Self.page(body: #"<footer class="post-meta"><span class="author">Ann Poe</span></footer>"#)
        #expect(a.author == "Ann Poe")
        #expect(!a.blocks.contains { $0.text.contains("Ann Poe") })
        let b = try Self.page(body: #"<aside><p class="byline">By Lee Moss</p></aside>"#)
        #expect(b.author == "Lee Moss")
    }

    @Test("an author line of 100 characters or more as written (spaces counted, as Readability counts them) is not taken; a part of it named for the author is")
    func authorLineLengthCountsTheSpacesAsWritten() throws {
        let padding = String(repeating: " ", count: 90)
        let a = try Self.page(body: #"<div class="byline-block">\#(padding)<span class="author-name">Ann Poe</span>\#(padding)<span>Storage editor</span></div>"#)
        #expect(a.author == "Ann Poe")
    }

    @Test("a JSON-LD author written as a bare string comes after the page's author line, which Readability reads first")
    func bareJSONLDAuthorComesAfterTheAuthorLine() throws {
        let ld = #"<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "author": "Storage Desk"}</script>"#
        let a = try Self.page(head: ld, body: #"<p class="byline">By Ann Poe</p>"#)
        #expect(a.author == "Ann Poe")
        let b = try Self.page(head: ld, body: "")
        #expect(b.author == "Storage Desk")
        let objects = #"<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "author": [{"@type": "Person", "name": "Lee Moss"}]}</script>"#
        let c = try Self.page(head: objects, body: #"<p class="byline">By Ann Poe</p>"#)
        #expect(c.author == "Lee Moss")
    }
}
