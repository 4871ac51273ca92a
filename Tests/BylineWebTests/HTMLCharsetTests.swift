import BylineWeb
import Foundation
import Testing

@Suite("Web page character sets")
struct HTMLCharsetTests {
    @Test func latin1LabelIsReadAsWindows1252() {
        // 0x93/0x94 are curly quotes in Windows-1252 (C1 controls in strict Latin-1); 0xE9 is é.
        let bytes = Data("<meta charset=\"ISO-8859-1\"><p>".utf8) + Data([0x93, 0x63, 0x61, 0x66, 0xE9, 0x94])
        let d = HTMLCharset.decode(bytes)
        #expect(d.charset == "windows-1252")
        #expect(d.text.hasSuffix("<p>“café”"))
    }

    @Test func aLabelThatLiesIsOverruledByValidUTF8() {
        let d = HTMLCharset.decode(Data("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>café – “ok”".utf8))
        #expect(d.charset == "utf-8")
        #expect(d.text.hasSuffix("café – “ok”"))
        #expect(d.note?.contains("labelled iso-8859-1") == true)
    }

    @Test func unlabelledBytesThatAreNotUTF8FallBackToWindows1252() {
        let d = HTMLCharset.decode(Data("<p>caf".utf8) + Data([0xE9]))
        #expect(d.text == "<p>café")
    }

    @Test func byteOrderMarksWin() {
        let utf16 = Data([0xFF, 0xFE]) + "<p>Zürich".data(using: .utf16LittleEndian)!
        #expect(HTMLCharset.decode(utf16).text == "<p>Zürich")
        let utf8 = Data([0xEF, 0xBB, 0xBF]) + Data("<meta charset=windows-1252><p>Zürich".utf8)
        #expect(HTMLCharset.decode(utf8).text.hasSuffix("<p>Zürich"))
    }

    @Test func anHTTPHeaderCharsetComesBeforeTheMetaTag() {
        let bytes = Data("<meta charset=utf-8><p>".utf8) + Data([0xC0, 0xE0])  // not UTF-8
        #expect(HTMLCharset.decode(bytes, declared: "windows-1251").text.hasSuffix("<p>Аа"))
    }
}
