import BylineKit
import BylineTestSupport
import Foundation
import Testing

@Suite("File sizes as FileManager gives them")
struct FileSizeTests {
    @Test func sizeOfAFileALinkAndNothing() throws {
        let tmp = try TempFolder()
        let file = try tmp.write("a.txt", String(repeating: "x", count: 4211))
        #expect(FileSize.of(file) == 4211)
        // A symbolic link's own size (lstat), as attributesOfItem(atPath:) gives it: the
        // reader then reads a linked large file whole rather than in two steps.
        let link = tmp.path + "/link.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        let expected = try FileManager.default.attributesOfItem(atPath: link)[.size] as? Int
        #expect(FileSize.of(link) == expected)
        #expect(FileSize.of(link) == file.utf8.count)
        #expect(FileSize.of(tmp.path + "/missing.txt") == nil)
    }
}
