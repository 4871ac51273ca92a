@testable import BylineKit
import BylineTestSupport
import Foundation
import Testing

/// The byte-buffer JSON writer (issue 16) against the writer it replaced, which escaped
/// one Unicode scalar at a time: the same bytes for every string and every article.
@Suite("JSON writer: the same bytes as the scalar-by-scalar writer")
struct JSONWriterTests {
    /// The replaced writer's string escaping, scalar by scalar: the reference.
    static func reference(_ s: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        func escape(_ v: UInt32) {
            out += Array("\\u".utf8) + Array(String(format: "%04x", v).utf8)
        }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x20..<0x7F: out.append(UInt8(v))
            default:
                if TextSanitizer.isUnsafe(scalar) || v == 0xFEFF {
                    if v > 0xFFFF {
                        escape(0xD800 + ((v - 0x10000) >> 10))
                        escape(0xDC00 + ((v - 0x10000) & 0x3FF))
                    } else {
                        escape(v)
                    }
                } else {
                    out += Array(String(scalar).utf8)
                }
            }
        }
        out.append(0x22)
        return out
    }

    static func written(_ s: String) -> [UInt8] {
        var w = JSONWriter()
        w.string(s)
        return w.output
    }

    /// Every class of scalar the escaping treats apart, at every position within an
    /// eight-byte word and next to each other.
    @Test func everyEscapedClassAtEveryAlignment() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
                        "\u{A9}", "\u{61C}", "\u{600}", "\u{200E}", "\u{200F}", "\u{200D}", "\u{2028}", "\u{2029}",
                        "\u{202A}", "\u{202E}", "\u{202F}", "\u{2066}", "\u{2069}", "\u{206A}", "\u{201C}", "\u{2014}",
                        "\u{FEFF}", "\u{FEFE}", "\u{1F600}", "\u{10FE80}", "\u{10FEFF}", "\u{10FE7F}", "é", "日"]
        for special in specials {
            for before in 0..<10 {
                let s = String(repeating: "a", count: before) + special + "bcdefghijkl" + special + special
                #expect(Self.written(s) == Self.reference(s), "\(Array(special.unicodeScalars.map(\.value)))")
            }
        }
        #expect(Self.written("") == Self.reference(""))
        let all = specials.joined()
        #expect(Self.written(all) == Self.reference(all))
    }

    /// Runs longer than a piece (64 KB) are cut where the writer hands bytes to the sink;
    /// the line is still the same.
    @Test func aLongStringHandedOverInPiecesIsTheSameLine() {
        let long = String(repeating: "plain text “quoted” \u{2028} — ", count: 10_000)
        var pieces: [[UInt8]] = []
        var w = JSONWriter(sink: { pieces.append($0) })
        w.string(long)
        w.flush()
        #expect(pieces.count > 3)
        #expect(Array(pieces.joined()) == Self.reference(long))
    }

    @Test func integersAsDecimalDigits() {
        for n in [0, 7, 10, 99, 100, 12_345, Int.max, -1, -40, Int.min] {
            var w = JSONWriter()
            w.integer(n)
            #expect(w.text == String(n))
        }
    }

    /// The whole line of every corpus article a test may read and of the samples: each
    /// string the line holds (title, paths, block texts, entity and quotation texts and
    /// names) written as the reference writes it, in the documented order.
    @Test func corpusArticlesGiveTheReferenceLine() throws {
        let samples = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.root.path + "/seeds")) ?? []
        let paths = Fixtures.corpusArticles + samples.filter { $0.hasSuffix(".txt") }.map { Fixtures.root.path + "/seeds/" + $0 }
        #expect(paths.count > 40)
        let analyzer = ArticleAnalyzer()
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let analyzed = analyzer.analyze(ArticleParser.parse(text: text, path: path).article)
            #expect(Array(analyzed.jsonLine().utf8) == Self.referenceLine(analyzed), "\(path)")
        }
    }

    /// The article's line as the replaced writer made it.
    static func referenceLine(_ analyzed: AnalyzedArticle) -> [UInt8] {
        var out: [UInt8] = []
        func raw(_ s: String) { out += Array(s.utf8) }
        func str(_ s: String?) { if let s { out += reference(s) } else { raw("null") } }
        func key(_ k: String) { str(k); raw(": ") }
        let a = analyzed.article
        raw("{")
        key("file"); str(PathBytes.lossy(a.fileName)); raw(", ")
        key("path"); str(PathBytes.lossy(a.path)); raw(", ")
        key("title"); str(a.title); raw(", ")
        key("date"); str(a.date?.description); raw(", ")
        key("author"); str(a.author); raw(", ")
        key("source"); str(a.source); raw(", ")
        key("site"); str(a.source); raw(", ")
        key("url"); str(a.url); raw(", ")
        key("credit"); str(a.credit); raw(", ")
        key("blocks"); raw("[")
        raw(a.blocks.map { b in
            "{" + text(key: "kind", b.kind.rawValue) + ", " + text(key: "text", b.text) + ", "
                + text(key: "credit", b.credit) + "}"
        }.joined(separator: ", "))
        raw("], ")
        key("links"); raw("[")
        raw(a.links.map { l in
            "{" + text(key: "text", l.text) + ", " + text(key: "url", l.url) + ", \"block\": \(l.block)}"
        }.joined(separator: ", "))
        raw("], ")
        key("entities"); raw("[")
        raw(analyzed.entities.map { e in
            "{" + text(key: "text", e.text) + ", " + text(key: "type", e.type.rawValue) + ", "
                + text(key: "canonical", e.canonical)
                + ", \"block\": \(e.location.block), \"start\": \(e.location.start), \"end\": \(e.location.end)}"
        }.joined(separator: ", "))
        raw("], ")
        key("quotes"); raw("[")
        raw(analyzed.quotes.map { q in
            "{" + text(key: "text", q.text) + ", " + text(key: "speaker", q.speaker) + ", \"partial\": \(q.partial)"
                + ", \"block\": \(q.location.block), \"start\": \(q.location.start), \"end\": \(q.location.end)}"
        }.joined(separator: ", "))
        raw("]}")
        return out
    }

    static func text(key: String, _ value: String?) -> String {
        String(decoding: reference(key), as: UTF8.self) + ": "
            + (value.map { String(decoding: reference($0), as: UTF8.self) } ?? "null")
    }
}

