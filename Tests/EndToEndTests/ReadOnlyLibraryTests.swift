import BylineTestSupport
import Foundation
import Testing

/// A library in a folder its user cannot write to. Root can write anywhere, so under
/// root the commands run as `nobody` (setpriv); without either the test is skipped.
@Suite("A library in a read-only folder", .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
struct ReadOnlyLibraryTests {
    /// Runs byline as a user for whom permissions hold.
    func byline(_ arguments: [String]) throws -> ProcessRunner.Result {
        if getuid() != 0 { return try ProcessRunner.run(Binary.byline, arguments) }
        return try ProcessRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", Binary.byline] + arguments)
    }

    @Test("search opens it read-only, says so, and finds what it holds (exit 0)")
    func searchWorks() throws {
        let tmp = try TempFolder()
        let folder = tmp.path + "/lib"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if getuid() == 0 { chown(folder, 65534, 65534) }
        chmod(tmp.path, 0o755)
        let library = folder + "/library.sqlite"
        let seeds = Fixtures.root.appendingPathComponent("seeds").path
        let added = try byline(["add", "--library", library, seeds])
        #expect(added.status == 0, "\(added.stderr)")
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        let found = try byline(["search", "--library", library, "Kim"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stderr.contains("is read-only: searching works"), "\(found.stderr)")
        #expect(found.stdout.contains("Kim Jong Un has criticised"), "\(found.stdout)")
        let entity = try byline(["search", "--library", library, "--entity", "Kim Jong Un"])
        #expect(entity.status == 0, "\(entity.stderr)")
        // Nothing was created in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["library.sqlite"])
    }
}
