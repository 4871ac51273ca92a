import BylineKit
import Foundation
import Testing

@Suite("Paths by their bytes")
struct PathBytesTests {
    @Test func validUTF8IsTheStringItself() {
        for text in ["a.txt", "Ärger.txt", "東京/記事.md", "👍🏽.txt", ""] {
            #expect(PathBytes.string(Array(text.utf8)) == text)
            #expect(PathBytes.bytes(text) == Array(text.utf8))
        }
    }

    @Test func everyByteSequenceComesBackExactly() {
        var state: UInt64 = 12345
        func next() -> UInt8 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let samples: [[UInt8]] = [
            [0xE9], [0xFF, 0xFE], [0xC3], [0xE2, 0x82], [0xF4, 0x8F, 0xBA, 0x80],   // a real U+10FE80
            [0xF4, 0x90, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], Array("ok".utf8) + [0x80] + Array("é".utf8),
        ]
        for bytes in samples + (0..<2000).map({ _ in (0..<Int(next() % 12)).map { _ in max(next(), 1) } }) {
            let path = PathBytes.string(bytes)
            #expect(PathBytes.bytes(path) == bytes, "\(bytes)")
            #expect(!TextSanitizer.sanitize(path).unicodeScalars.contains(where: PathBytes.isByteScalar))
            #expect(!PathBytes.lossy(path).unicodeScalars.contains(where: PathBytes.isByteScalar))
            PathBytes.withCString(path) { c in
                #expect(strlen(c) == bytes.count)
                #expect((0..<bytes.count).allSatisfy { UInt8(bitPattern: c[$0]) == bytes[$0] })
            }
        }
    }

    @Test func badBytesAreShownAsReplacementCharacters() {
        let path = PathBytes.string(Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        #expect(PathBytes.lossy(path) == "caf\u{FFFD}.txt")
        #expect(TextSanitizer.sanitize("x/" + path) == "x/caf\u{FFFD}.txt")
    }
}
