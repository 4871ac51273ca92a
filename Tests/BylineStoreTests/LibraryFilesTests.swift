import BylineTestSupport
import Foundation
import Testing
@testable import BylineStore

/// The library holds a reading history: its files are the user's alone.
@Suite("Library file permissions")
struct LibraryFilesTests {
    func mode(_ path: String) -> Int {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_mode & 0o777) : -1
    }

    @Test("a new library: missing folders 0700, the database and its -wal and -shm 0600, whatever the umask")
    func newLibrary() throws {
        let tmp = try TempFolder()
        let path = tmp.path + "/a/b/library.sqlite"
        let old = umask(0o022)
        defer { umask(old) }
        let library = try Library(path: path)
        try library.setRead(true, for: "/news/a.txt")
        #expect(mode(tmp.path + "/a") == 0o700)
        #expect(mode(tmp.path + "/a/b") == 0o700)
        // While it is open: SQLite gives the -wal and -shm files the database's mode.
        for file in [path, path + "-wal", path + "-shm"] { #expect(mode(file) == 0o600, "\(file)") }
    }

    @Test("an existing library readable by others is made private on open; a folder chosen with --library is left alone")
    func existingLibrary() throws {
        let tmp = try TempFolder()
        let path = tmp.path + "/shared/library.sqlite"
        _ = try Library(path: path)
        chmod(tmp.path + "/shared", 0o755)
        chmod(path, 0o644)
        let library = try Library(path: path)
        #expect(try library.count() == 0)
        #expect(mode(path) == 0o600)
        #expect(mode(tmp.path + "/shared") == 0o755)
    }

    @Test("Byline's own data folder ($XDG_DATA_HOME/byline) is made 0700 on open; a read-only file stays read-only")
    func ownFolder() throws {
        let tmp = try TempFolder()
        let folder = tmp.path + "/data/byline"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0o755)
        let path = folder + "/library.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        chmod(path, 0o444)
        LibraryFiles.makePrivate(database: path, environment: ["HOME": tmp.path, "XDG_DATA_HOME": tmp.path + "/data"])
        #expect(mode(folder) == 0o700)
        #expect(mode(path) == 0o400)
        #expect(mode(tmp.path + "/data") == 0o755)
    }
}
