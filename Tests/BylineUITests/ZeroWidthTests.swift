import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Zero-width characters in the text")
struct ZeroWidthTests {
    /// Web pages put a zero-width space, a word joiner or a byte-order mark between
    /// letters (`ab\u{200B}c`): each is a grapheme of its own with no width, which must
    /// not be joined to the letter on its left as if it were an accent.
    @Test("zero-width spaces, joiners and marks after a letter draw nothing and break nothing")
    func zeroWidthAfterALetter() {
        let text = "Zero\u{200B}width \u{2060}joiner\u{FEFF} mark\u{0301} hy\u{AD}phen zwj\u{200D} end\u{200B}"
        var s = ReaderState(articles: [ScreenSamples.article(title: "Zero width", paragraphs: [text])], width: 60, height: 6)
        let screen = s.render()
        // The ones that join (an accent, a soft hyphen, a zero-width joiner) stay in their
        // letter's cell; the ones that do not are left out.
        assertWholeScreen(screen, lines: [
            " Zero width",
            "",
            " 2024-11-18",
            "",
            " Zerowidth joiner mark\u{0301} hy\u{AD}phen zwj\u{200D} end",
            " Zero width                               L1/5 100%  ? help",
        ])
    }
}
