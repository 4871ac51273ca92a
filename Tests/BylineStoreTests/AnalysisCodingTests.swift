import BylineKit
@testable import BylineStore
import Testing

@Suite("The stored form of an analysis")
struct AnalysisCodingTests {
    @Test func mentionsAndQuotationsComeBackAsTheyWereStored() throws {
        let entities = [
            EntityMention(text: "Mr Kim", type: .person, canonical: "Kim Jong-un", location: TextLocation(block: 2, start: 0, end: 6)),
            EntityMention(text: "Zürich\tcentre", type: .place, canonical: "Zürich", location: TextLocation(block: 3, start: 10, end: 23)),
            EntityMention(text: "e\u{301}cole \\ back", type: .org, canonical: "É", location: TextLocation(block: 0, start: 1, end: 13)),
        ]
        let quotes = [
            Quotation(text: "We will never give up", speaker: "Kim Jong-un", partial: false, location: TextLocation(block: 0, start: 3, end: 24)),
            Quotation(text: "two\nlines, ending in a carriage return\r", speaker: nil, partial: true, location: TextLocation(block: 4, start: 0, end: 40)),
            Quotation(text: "«Ça va»\u{0301}", speaker: "M. Dupont", partial: false, location: TextLocation(block: 5, start: 2, end: 9)),
        ]
        let text = AnalysisCoding.encode(entities: entities, quotes: quotes)
        let decoded = try #require(AnalysisCoding.decode(text))
        #expect(decoded.entities == entities)
        #expect(decoded.quotes == quotes)
    }

    @Test("the stored text keeps its form, byte for byte: libraries written by earlier versions read the same")
    func theStoredFormIsUnchanged() {
        let entities = [
            EntityMention(text: "Mr Kim", type: .person, canonical: "Kim Jong-un", location: TextLocation(block: 2, start: 0, end: 6)),
            EntityMention(text: "Zürich\tcentre\\", type: .place, canonical: "Zürich", location: TextLocation(block: 1_234_567, start: 10, end: 23)),
        ]
        let quotes = [
            Quotation(text: "two\nlines", speaker: nil, partial: true, location: TextLocation(block: 0, start: 0, end: 9)),
            Quotation(text: "«Ça va»", speaker: "M. Dupont", partial: false, location: TextLocation(block: 5, start: 2, end: 9)),
        ]
        #expect(AnalysisCoding.encode(entities: entities, quotes: quotes) == """
            E\tPERSON\t2\t0\t6\tKim Jong-un\tMr Kim
            E\tPLACE\t1234567\t10\t23\tZürich\tZürich\\tcentre\\\\
            Q\t1\t0\t0\t9\t\ttwo\\nlines
            Q\t0\t5\t2\t9\tM. Dupont\t«Ça va»

            """)
        #expect(AnalysisCoding.encode(entities: [], quotes: []) == "")
    }

    @Test(arguments: ["E\tPERSON\t1\t2\t3\tKim", "X\t0\t1\t2\t3\ta\tb", "E\tNOBODY\t1\t2\t3\ta\tb", "E\tPERSON\tone\t2\t3\ta\tb"])
    func textInAnotherFormDecodesToNothing(text: String) {
        #expect(AnalysisCoding.decode(text) == nil)
    }

    @Test func anEmptyAnalysisIsEmpty() throws {
        let decoded = try #require(AnalysisCoding.decode(""))
        #expect(decoded.entities.isEmpty && decoded.quotes.isEmpty)
    }
}
