import BylineKit
import BylineTestSupport
import Foundation
import Testing
@testable import BylineStore

@Suite("Listing article files for the index")
struct FolderScannerTests {
    @Test func findsWhatArticleLoaderFinds() throws {
        let tmp = try TempFolder()
        for name in ["a.txt", "B.MD", "z.txt", "Ärger.txt", "émeute.md", "10.txt", "9.txt", ".hidden.txt", ".hiddendir/x.txt",
                     "sub/c.markdown", "sub/deeper/d.text", "README.md", "LICENSE.txt", "SOURCE.md", "notes.pdf", "noext",
                     "dot.", "sub/README.txt"] {
            try tmp.write(name, "# T\n\nText.\n")
        }
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: tmp.path + "/link-to-sub", withDestinationPath: tmp.path + "/sub")
        try fm.createSymbolicLink(atPath: tmp.path + "/link.txt", withDestinationPath: tmp.path + "/a.txt")
        try fm.createSymbolicLink(atPath: tmp.path + "/broken.txt", withDestinationPath: tmp.path + "/nowhere")
        let scanned = try #require(FolderScanner.scan(tmp.path)).map(\.path)
        #expect(scanned == ArticleLoader().articleFiles(in: [tmp.path]).files)
        #expect(scanned.contains(tmp.path + "/link-to-sub/deeper/d.text"))
        #expect(!scanned.contains { $0.contains("README") || $0.contains("hidden") || $0.hasSuffix(".pdf") })
    }

    @Test func corpusIsListedInTheSameOrder() throws {
        let folder = Fixtures.path("corpus")
        let scanned = try #require(FolderScanner.scan(folder))
        #expect(scanned.map(\.path) == ArticleLoader().articleFiles(in: [folder]).files)
        #expect(scanned.allSatisfy { $0.stamp.size > 0 })
    }

    @Test func aMissingFolderIsNil() {
        #expect(FolderScanner.scan("/nonexistent-\(UUID().uuidString)") == nil)
    }
}

@Suite("Stored dates")
struct ISODateTests {
    @Test func parsesWhatArticleDateParses() {
        for text in ["2024-11-18", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-1-18", "2024/11/18",
                     "20241118xx", "", "２０２４-11-18", "2024-13-01"] {
            #expect(ISODate.parse(text) == ArticleDate(iso: text), "\(text)")
        }
        #expect(ISODate.parse(nil) == nil)
    }
}
