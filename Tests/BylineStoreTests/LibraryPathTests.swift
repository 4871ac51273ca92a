import BylineStore
import Foundation
import Testing

/// Every path names one index entry, however it is written.
@Suite("Library paths")
struct LibraryPathTests {
    @Test func plainAndUnusualFormsAgreeWithURLStandardisation() {
        let cwd = FileManager.default.currentDirectoryPath
        for path in ["/home/ann/news/a.txt", "news/a.txt", "./news/a.txt", "news/../news/a.txt", "/home//ann/a.txt",
                     "/home/ann/news/", "/home/ann/.hidden/a.txt", "/home/ann/.../a.txt", "/home/ann/a..txt",
                     "/home/ann/./a.txt", "/home/ann/x/../a.txt", "/", "a.txt", "..", "/home/ann/ü.txt"] {
            #expect(Library.absolute(path) == URL(fileURLWithPath: path).standardizedFileURL.path, "\(path) from \(cwd)")
        }
    }

    @Test func aRelativePathIsUnderTheCurrentFolder() {
        #expect(Library.absolute("news/a.txt") == FileManager.default.currentDirectoryPath + "/news/a.txt")
    }
}
