import BylineKit
import Testing

@Suite("Display width and wrapping")
struct TextLayoutTests {
    @Test func widths() {
        #expect(DisplayWidth.of("Kim") == 3)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("🇰🇷") == 2)
        #expect(DisplayWidth.of("“’–—…") == 5)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func wrapsAtSpacesWithinTheWidth() {
        let w = LineWrapper(width: 12)
        #expect(w.wrap("North Korean leader Kim") == ["North Korean", "leader Kim"])
        #expect(w.lines(in: "North Korean leader Kim") == [0..<12, 13..<23])
    }

    @Test func cutsOnlyWordsLongerThanTheLine() {
        #expect(LineWrapper(width: 4).wrap("abcdefghij ab") == ["abcd", "efgh", "ij", "ab"])
    }

    @Test func wideCharactersCountTwoColumns() {
        let lines = LineWrapper(width: 5).wrap("東京都庁 東京")
        #expect(lines == ["東京", "都庁", "東京"])
        for l in lines { #expect(DisplayWidth.of(l) <= 5) }
    }

    @Test func noLineIsWiderThanTheWidth() {
        let text = "Kim Jong Un has criticised the 東京 United States over its support of Ukraine 👍🏽 against e\u{301}e\u{301} a prolonged Russian invasion."
        for width in 1...60 {
            let lines = LineWrapper(width: width).wrap(text)
            for l in lines { #expect(DisplayWidth.of(l) <= max(width, 2), "width \(width): \(l)") }
            #expect(lines.joined(separator: " ").filter { $0 != " " } == text.filter { $0 != " " }, "width \(width)")
        }
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(LineWrapper(width: 10).lines(in: "") == [0..<0])
        #expect(LineWrapper(width: 10).wrap("   ") == [""])
    }
}
