import BylineTestSupport
import Foundation
import Testing

/// Issue 14.5: an article too big for the memory at hand is reported by name and
/// skipped; the JSON of the others is whole.
@Suite("Analysis under a memory limit")
struct MemoryLimitTests {
    let byline = BylineBinary.path

    @Test func aFileTooBigForTheMemoryIsNamedAndTheNextOneIsAnalysed() throws {
        let tmp = try TempFolder()
        // 24 MB of ordinary article text; the address space is limited to 400 MB.
        var text = "Kim Jong Un met officials\n\n"
        let paragraph = "North Korean leader Kim Jong-un said “we will build it” in Pyongyang, KCNA reported.\n\n"
        text += String(repeating: paragraph, count: 24_000_000 / paragraph.utf8.count)
        let big = try tmp.write("big.txt", text)
        let paths = [Fixtures.seed, big, Fixtures.corpus(1)]
        let command = "ulimit -v 400000; exec \"$0\" analyze --json \"$@\""
        let r = try ProcessRunner.run("/bin/sh", ["-c", command, byline] + paths)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(big): too large for the memory at hand"), "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for (line, path) in zip(lines, [Fixtures.seed, Fixtures.corpus(1)]) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["path"] as? String == path)
        }
    }

    @Test func addSaysWhichFileIsTooBigAndIndexesTheOthers() throws {
        let tmp = try TempFolder()
        var text = "Kim Jong Un met officials\n\n"
        let paragraph = "North Korean leader Kim Jong-un said “we will build it” in Pyongyang, KCNA reported.\n\n"
        text += String(repeating: paragraph, count: 24_000_000 / paragraph.utf8.count)
        let big = try tmp.write("big.txt", text)
        let library = tmp.path + "/library.sqlite"
        let command = "ulimit -v 400000; exec \"$0\" add --library \"$@\""
        let r = try ProcessRunner.run("/bin/sh", ["-c", command, byline, library, Fixtures.seed, big, Fixtures.corpus(1)])
        // It aborted (status 134) before, indexing nothing.
        #expect(r.status == 1, "\(r.stdout) \(r.stderr)")
        #expect((r.stdout + r.stderr).contains("\(big): too large for the memory at hand"), "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.hasPrefix("2 added"), "\(r.stdout)")
    }

    @Test func outWritesWholeFilesOnly() throws {
        let tmp = try TempFolder()
        let out = tmp.path + "/out"
        let r = try ProcessRunner.run(byline, ["analyze", "--out", out, Fixtures.seed])
        #expect(r.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files == ["000_7d5d3ea8b2b77ef2.json"])
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + files[0]))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
    }
}
