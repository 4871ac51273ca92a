import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("y: quotations to the clipboard (OSC 52)")
struct ClipboardTests {
    @Test("OSC 52 carries the text base64-encoded (RFC 4648 test vectors)")
    func encoding() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (plain, encoded) in vectors {
            #expect(Clipboard.osc52(plain) == "\u{1B}]52;c;\(encoded)\u{07}")
        }
        #expect(Clipboard.osc52("“Kim”") == "\u{1B}]52;c;4oCcS2lt4oCd\u{07}")
    }

    @Test("y after ' copies the words, the speaker and the title, and says so")
    func copies() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        s.handle(.character("'"))
        _ = s.takeEffects()
        s.handle(.character("y"))
        #expect(s.takeEffects() == [.copyToClipboard(text: "“limitless” — Kim Jong-un, “Kim renews call”")])
        #expect(s.statusMessage == "Copied quote 1 of 2 (Kim Jong-un) to the clipboard")
    }

    @Test("y with nothing marked, or with clipboard = false, sends nothing and says why")
    func nothingSent() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        _ = s.takeEffects()
        s.handle(.character("y"))
        #expect(s.takeEffects().isEmpty)
        #expect(s.statusMessage == "Mark a quotation first (' or the sidebar s)")
        var off = ReaderState(articles: [ScreenSamples.news], options: ReaderOptions(clipboard: false), width: 80, height: 24)
        off.handle(.character("'"))
        _ = off.takeEffects()
        off.handle(.character("y"))
        #expect(off.takeEffects().isEmpty)
        #expect(off.statusMessage == "Copying is off (clipboard = false in the configuration)")
    }

    @Test("escape sequences in a quotation are made visible before they are copied")
    func sanitised() {
        let a = ScreenSamples.article(path: "x.txt", title: "T\u{1B}]0;x\u{07}", paragraphs: ["She said “hi\u{1B}[2J”."],
                                      entities: [], quotes: [(0, "hi\u{1B}[2J", "Jane Roe")])
        var s = ReaderState(articles: [a], width: 80, height: 24)
        s.handle(.character("'"))
        _ = s.takeEffects()
        s.handle(.character("y"))
        guard case .copyToClipboard(let text)? = s.takeEffects().first else { Issue.record("nothing copied"); return }
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test("the help's first screen shows the legend's place: the copy key is listed with the quotations")
    func listedInHelp() {
        let s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        #expect(s.helpLines.contains { $0.hasPrefix("  y ") && $0.hasSuffix("copy_quote") })
    }
}
