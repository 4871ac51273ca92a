import BylineKit
import BylineTestSupport
import Foundation
import Testing

/// Walking folders: every real file once, whatever the symbolic links; what is left out
/// is said, naming the link.
@Suite("Walking folders for articles")
struct ArticleWalkTests {
    let fm = FileManager.default

    func link(_ tmp: TempFolder, _ name: String, to target: String) throws {
        try fm.createSymbolicLink(atPath: tmp.path + "/" + name, withDestinationPath: target)
    }

    @Test func twoLinksToTheFolderItselfEndAndListTheArticleOnce() throws {
        let tmp = try TempFolder()
        try tmp.write("a.txt", "Title\n\nBody.\n")
        try link(tmp, "s1", to: ".")
        try link(tmp, "s2", to: ".")
        let walk = ArticleWalk(paths: [tmp.path])
        #expect(walk.files.map(\.path) == [tmp.path + "/a.txt"])
        #expect(walk.errors.isEmpty)
        #expect(walk.skipped.map(\.description) == [
            "\(tmp.path)/s1: skipped: symbolic link to \(tmp.path), a folder already searched",
            "\(tmp.path)/s2: skipped: symbolic link to \(tmp.path), a folder already searched",
        ])
    }

    @Test func aLinkUpFromASubfolderIsACycleToo() throws {
        let tmp = try TempFolder()
        try tmp.write("a.txt", "A\n\nBody.\n")
        try tmp.write("sub/b.txt", "B\n\nBody.\n")
        try link(tmp, "self", to: ".")
        try link(tmp, "sub/up", to: "../")
        let walk = ArticleWalk(paths: [tmp.path])
        #expect(walk.files.map(\.path) == [tmp.path + "/a.txt", tmp.path + "/sub/b.txt"])
        #expect(Set(walk.skipped.map(\.path)) == [tmp.path + "/self", tmp.path + "/sub/up"])
    }

    @Test func realPathsComeFirstAndLinksToListedFilesAreSaid() throws {
        let tmp = try TempFolder()
        for name in ["a.txt", "B.MD", "z.txt", "Ärger.txt", "émeute.md", "10.txt", "9.txt", ".hidden.txt", ".hiddendir/x.txt",
                     "sub/c.markdown", "sub/deeper/d.text", "README.md", "LICENSE.txt", "SOURCE.md", "notes.pdf", "noext",
                     "dot.", "sub/README.txt"] {
            try tmp.write(name, "# T\n\nText.\n")
        }
        try tmp.write("other/e.txt", "E\n\nText.\n")
        // "link-to-sub" sorts before "sub": the real folder is still the one listed.
        try link(tmp, "link-to-sub", to: tmp.path + "/sub")
        try link(tmp, "link.txt", to: tmp.path + "/a.txt")
        try link(tmp, "broken.txt", to: tmp.path + "/nowhere")
        try link(tmp, "0-elsewhere", to: tmp.path + "/other")
        let root = tmp.path
        let walk = ArticleWalk(paths: [root + "/sub", root])
        #expect(walk.files.map(\.path) == [
            root + "/sub/c.markdown", root + "/sub/deeper/d.text",
            root + "/10.txt", root + "/9.txt", root + "/B.MD", root + "/a.txt",
            root + "/other/e.txt", root + "/z.txt", root + "/Ärger.txt", root + "/émeute.md",
        ])
        #expect(walk.errors.isEmpty)
        #expect(walk.skipped.map(\.description) == [
            "\(root)/sub: skipped: folder already searched",
            "\(root)/0-elsewhere: skipped: symbolic link to \(root)/other, a folder already searched",
            "\(root)/broken.txt: skipped: broken symbolic link",
            "\(root)/link-to-sub: skipped: symbolic link to \(root)/sub, a folder already searched",
            "\(root)/link.txt: skipped: same file as \(root)/a.txt",
        ])
        // The loader lists the same files.
        #expect(ArticleLoader().articleFiles(in: [root + "/sub", root]).files == walk.files.map(\.path))
    }

    @Test func aFolderReachedOnlyThroughALinkIsListedThere() throws {
        let outside = try TempFolder()
        try outside.write("x.txt", "X\n\nText.\n")
        let tmp = try TempFolder()
        try tmp.write("a.txt", "A\n\nText.\n")
        try link(tmp, "archive", to: outside.path)
        let walk = ArticleWalk(paths: [tmp.path])
        #expect(walk.files.map(\.path) == [tmp.path + "/a.txt", tmp.path + "/archive/x.txt"])
        #expect(walk.skipped.isEmpty)
    }

    @Test func aFileOrFolderGivenTwiceIsListedOnce() throws {
        let tmp = try TempFolder()
        let a = try tmp.write("a.txt", "A\n\nText.\n")
        let walk = ArticleWalk(paths: [a, tmp.path, tmp.path + "/"])
        #expect(walk.files.map(\.path) == [a])
        #expect(walk.errors.isEmpty)
        #expect(walk.skipped.map(\.description) == [
            "\(tmp.path)/a.txt: skipped: listed already",
            "\(tmp.path)/: skipped: folder already searched as \(tmp.path)",
        ])
    }

    @Test func hardLinksAreOneFile() throws {
        let tmp = try TempFolder()
        let a = try tmp.write("a.txt", "A\n\nText.\n")
        try fm.linkItem(atPath: a, toPath: tmp.path + "/b.txt")
        let walk = ArticleWalk(paths: [tmp.path])
        #expect(walk.files.map(\.path) == [a])
        #expect(walk.skipped.map(\.description) == ["\(tmp.path)/b.txt: skipped: same file as \(a)"])
    }

    @Test func aFolderHoldingOnlyALoopHoldsNoArticles() throws {
        let tmp = try TempFolder()
        try link(tmp, "self", to: ".")
        try link(tmp, "loop.txt", to: "loop.txt")
        let walk = ArticleWalk(paths: [tmp.path])
        #expect(walk.files.isEmpty)
        // (The extensions listed are those of the formats registered: other tests in this
        // process register web pages and feeds.)
        #expect(walk.errors == [ArticleError(path: tmp.path, problem: .noArticles)])
        #expect(walk.skipped.map(\.description) == [
            "\(tmp.path)/loop.txt: skipped: symbolic link loop",
            "\(tmp.path)/self: skipped: symbolic link to \(tmp.path), a folder already searched",
        ])
    }

    @Test func deepFoldersDoNotExhaustTheStack() throws {
        let tmp = try TempFolder()
        var path = tmp.path
        for _ in 0..<400 {
            path += "/d"
            try fm.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        try "T\n\nText.\n".write(toFile: path + "/deep.txt", atomically: false, encoding: .utf8)
        let walk = ArticleWalk(paths: [tmp.path])
        #expect(walk.files.map(\.path) == [path + "/deep.txt"])
    }

    @Test func aFIFOInAFolderIsReportedAndNeverOpened() throws {
        let tmp = try TempFolder()
        try tmp.write("a.txt", "A\n\nText.\n")
        #expect(mkfifo(tmp.path + "/pipe.txt", 0o600) == 0)
        let walk = ArticleWalk(paths: [tmp.path])
        #expect(walk.files.map(\.path) == [tmp.path + "/a.txt"])
        #expect(walk.errors.map(\.description) == ["\(tmp.path)/pipe.txt: is a FIFO (named pipe), not a file"])
    }
}
