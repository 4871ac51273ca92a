import BylineTestSupport
import BylineUI
import Testing

@Suite("A cell is a small plain value that keeps its grapheme's bytes")
struct CellTests {
    @Test("no reference inside: copying cells copies memory")
    func plainValue() {
        #expect(_isPOD(Cell.self))
        #expect(MemoryLayout<Cell>.stride <= 32)
    }

    @Test("every kind of grapheme comes back as it went in, to the byte",
          arguments: ["a", " ", "é", "e\u{301}", "東", "🇯🇵", "a\u{301}\u{302}\u{303}\u{304}",
                      "👨‍👩‍👧‍👦", "🏳️‍🌈", "\u{1F468}\u{200D}\u{1F4BB}", ""])
    func roundTrip(grapheme: String) {
        let cell = Cell(grapheme: grapheme, style: .plain, element: .text)
        #expect(Array(cell.grapheme.utf8) == Array(grapheme.utf8))
        #expect(cell.withUTF8 { Array($0) } == Array(grapheme.utf8))
        if let c = grapheme.first, grapheme.count == 1 {
            #expect(Cell(c, style: .plain, element: .text) == cell)
        }
    }

    @Test("two spellings of one letter are two cells (the terminal gets the bytes drawn); a long cluster is kept once")
    func spellings() {
        let composed = Cell(grapheme: "é", style: .plain, element: .text)
        let decomposed = Cell(grapheme: "e\u{301}", style: .plain, element: .text)
        #expect(composed != decomposed)
        let family = "👨‍👩‍👧‍👦"
        #expect(Cell(grapheme: family, style: .plain, element: .text) == Cell(grapheme: family, style: .plain, element: .text))
        let other = "👨‍👩‍👧‍👧"
        #expect(Cell(grapheme: family, style: .plain, element: .text) != Cell(grapheme: other, style: .plain, element: .text))
        #expect(Cell(grapheme: other, style: .plain, element: .text).grapheme == other)
    }

    @Test("the ASCII fast path: one byte, or nil")
    func ascii() {
        #expect(Cell(grapheme: "x", style: .plain, element: .text).asciiByte == UInt8(ascii: "x"))
        #expect(Cell(grapheme: "東", style: .plain, element: .text).asciiByte == nil)
        #expect(Cell.continuation(of: .blank).asciiByte == nil)
        #expect(Cell.continuation(of: .blank).grapheme == "")
    }
}
