import BylineKit
import BylineTestSupport
import Foundation
import Testing

@Suite("Bad input gets a clear message naming the file")
struct BadInputTests {
    let loader = ArticleLoader()

    func message(_ path: String) -> String? {
        do { _ = try loader.load(path: path); return nil } catch { return error.description }
    }

    @Test func missingFile() {
        #expect(message("/no/such/article.txt") == "/no/such/article.txt: no such file or folder")
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func unreadableFile() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("secret.txt", "Title\n\nBody.")
        chmod(path, 0)
        #expect(message(path) == "\(path): cannot read: permission denied")
    }

    @Test func folderGivenAsAFile() throws {
        let tmp = try TempFolder()
        #expect(message(tmp.path) == "\(tmp.path): cannot read: is a folder")
    }

    @Test func folderWithNoArticles() throws {
        let tmp = try TempFolder()
        try tmp.write("notes.pdf", "x")
        try tmp.write("README.md", "# About this folder")
        let (files, errors) = loader.articleFiles(in: [tmp.path])
        #expect(files.isEmpty)
        // (Formats other tests in this process register, web pages and feeds, add theirs after these.)
        #expect(errors.count == 1 && errors[0].description.hasPrefix("\(tmp.path): folder holds no articles (.txt, .md, .markdown"))
    }

    @Test func foldersAreSearchedRecursivelyInNameOrder() throws {
        let tmp = try TempFolder()
        try tmp.write("b.txt", "B\n\nb.")
        try tmp.write("a/z.md", "# Z")
        try tmp.write(".hidden.txt", "H\n\nh.")
        let (files, errors) = loader.articleFiles(in: [tmp.path])
        #expect(errors.isEmpty)
        #expect(files == [tmp.path + "/a/z.md", tmp.path + "/b.txt"])
    }

    @Test func emptyAndBlankFiles() throws {
        let tmp = try TempFolder()
        let empty = try tmp.write("empty.txt", "")
        let blank = try tmp.write("blank.txt", "  \n\n \t\n")
        #expect(message(empty) == "\(empty): empty file, no article text")
        #expect(message(blank) == "\(blank): empty file, no article text")
    }

    @Test func binaryFile() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        #expect(message(path) == "\(path): binary file (NUL byte at offset 8), not an article")
    }

    @Test func invalidUTF8IsDecodedWithReplacementAndSaidSo() throws {
        let tmp = try TempFolder()
        var bytes = Data("Title\n\nCaf".utf8)
        bytes.append(contentsOf: [0xE9, 0x20, 0xFF])
        bytes.append(Data(" ok.".utf8))
        let path = try tmp.write("latin1.txt", bytes)
        let parsed = try loader.load(path: path)
        #expect(parsed.article.blocks[1].text == "Caf\u{FFFD} \u{FFFD} ok.")
        #expect(parsed.warnings.map(\.description) == ["\(path): invalid UTF-8; bad bytes are shown as \u{FFFD}"])
    }

    @Test func fiftyMegabyteFileIsRefusedWithoutReadingIt() throws {
        let tmp = try TempFolder()
        let path = tmp.path + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 50 * 1024 * 1024)  // sparse: instant
        try handle.close()
        #expect(message(path) == "\(path): file is 52.4 MB; articles over 33.6 MB are not read")
    }

    @Test func aFIFOIsSaidToBeOneAndNeverBlocks() throws {
        let tmp = try TempFolder()
        let path = tmp.path + "/pipe.txt"
        #expect(mkfifo(path, 0o600) == 0)
        // No writer: opening it for reading without O_NONBLOCK would wait forever.
        #expect(message(path) == "\(path): is a FIFO (named pipe), not a file")
        #expect((try? loader.loadHead(path: path)) == nil)
    }

    @Test func aDeviceIsSaidToBeOne() {
        #expect(message("/dev/zero") == "/dev/zero: is a device, not a file")
        #expect(message("/dev/null") == "/dev/null: is a device, not a file")
    }

    @Test func aSymbolicLinkLoopIsSaidToBeOne() throws {
        let tmp = try TempFolder()
        let path = tmp.path + "/loop.txt"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "loop.txt")
        #expect(message(path) == "\(path): symbolic link loop")
        #expect(loader.articleFiles(in: [path]).errors.map(\.description) == ["\(path): symbolic link loop"])
    }

    @Test func aNameThatIsNotUTF8OpensByItsBytes() throws {
        let tmp = try TempFolder()
        // "café.txt" in Latin-1: E9 alone is not UTF-8.
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let full = Array(tmp.path.utf8) + [UInt8(ascii: "/")] + name
        let written = (full + [0]).withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { creat($0.baseAddress!, 0o644) }
        }
        #expect(written >= 0)
        _ = Array("Title\n\nBody of a Latin-1 named file.\n".utf8).withUnsafeBytes { write(written, $0.baseAddress, $0.count) }
        close(written)

        let (files, errors) = loader.articleFiles(in: [tmp.path])
        #expect(errors.isEmpty)
        #expect(files.count == 1)
        let path = try #require(files.first)
        #expect(PathBytes.bytes(path) == full)
        #expect(PathBytes.lossy(path) == tmp.path + "/caf\u{FFFD}.txt")
        #expect(TextSanitizer.sanitize(path) == tmp.path + "/caf\u{FFFD}.txt")
        let parsed = try loader.load(path: path)
        #expect(parsed.article.blocks.last?.text == "Body of a Latin-1 named file.")
        #expect(try loader.loadHead(path: path).complete)
    }

    @Test func oneMegabyteLineIsOneParagraph() throws {
        let tmp = try TempFolder()
        let line = String(repeating: "word ", count: 200_000)
        let path = try tmp.write("long.txt", "Title\n\n" + line + "\n\nEnd.")
        let a = try loader.load(path: path).article
        #expect(a.blocks.count == 3)
        #expect(a.blocks[1].text.utf8.count == 999_999)
    }
}

@Suite("Reading the head of a large article")
struct ArticleHeadTests {
    @Test func headIsCutAtAParagraphBreakAndMarkedIncomplete() throws {
        let tmp = try TempFolder()
        let paragraph = "Kim Jong Un said “more”. Ça va, 東京.\n\n"
        let path = try tmp.write("big.txt", " date 2024-11-18 Headline\n\n" + String(repeating: paragraph, count: 2000))
        let head = try ArticleLoader().loadHead(path: path, bytes: 4096)
        #expect(!head.complete)
        #expect(head.parsed.article.title == "Headline")
        #expect(head.parsed.article.date?.description == "2024-11-18")
        #expect(head.parsed.article.blocks.dropFirst().allSatisfy { $0.text == "Kim Jong Un said “more”. Ça va, 東京." })
        let full = try ArticleLoader().load(path: path).article
        #expect(full.blocks.count == 2001)
        #expect(Array(full.blocks.prefix(head.parsed.article.blocks.count)) == head.parsed.article.blocks)
    }

    @Test func smallFileIsReadWhole() throws {
        let head = try ArticleLoader().loadHead(path: Fixtures.seed)
        #expect(head.complete)
        #expect(head.parsed.article.credit == "PA")
    }
}
