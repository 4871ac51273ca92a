import BylineTestSupport
import Foundation
import Testing

@Suite("The byline command line")
struct CommandLineTests {
    let byline = BylineBinary.path

    @Test func versionAndHelp() throws {
        let v = try ProcessRunner.run(byline, ["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.first?.isNumber == true)
        for command in ["analyze", "dump", "read", "add", "search", "themes"] {
            let h = try ProcessRunner.run(byline, [command, "--help"])
            #expect(h.status == 0, "\(command) --help")
            #expect(h.stdout.contains("USAGE"), "\(command) --help")
        }
        let help = try ProcessRunner.run(byline, ["--help"])
        #expect(help.stdout.contains("seeds/"))
    }

    @Test func analyzeJSONIsOneValidObjectPerArticle() throws {
        let paths = [Fixtures.seed, Fixtures.corpus(1), Fixtures.corpus(5)]
        let r = try ProcessRunner.run(byline, ["analyze", "--json"] + paths)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        for (line, path) in zip(lines, paths) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["path"] as? String == path)
            #expect(object?["file"] as? String == URL(fileURLWithPath: path).lastPathComponent)
            #expect(object?["entities"] is [Any])
            #expect(object?["quotes"] is [Any])
            let blocks = object?["blocks"] as? [[String: Any]]
            #expect((blocks?.count ?? 0) > 3)
            #expect(blocks?.allSatisfy { ["headline", "paragraph", "caption", "credit"].contains($0["kind"] as? String ?? "") } == true)
        }
        let seed = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(seed?["date"] as? String == "2024-11-18")
    }

    @Test func analyzeOutWritesOneFilePerArticleNamedAfterIt() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("byline-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try ProcessRunner.run(byline, ["analyze", "--json", "--out", out, Fixtures.path("corpus")])
        #expect(r.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files.count == 71)
        #expect(files.first == "001_magnitogorsk-apartment-building-collapses-after-explosion.json")
        for f in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + f))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(f) is valid JSON")
        }
        #expect(r.stdout.split(separator: "\n").count == 71)
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let r = try ProcessRunner.run(byline, ["analyze", "--json", "/nonexistent/a.txt", Fixtures.seed])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nonexistent/a.txt: no such file"))
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func standardInput() throws {
        let r = try ProcessRunner.run(byline, ["analyze", "--json", "-"], stdinFile: Fixtures.seed)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"path\": \"-\""))
        #expect(r.stdout.contains("\"date\": \"2024-11-18\""))
    }

    @Test func dumpWrapsByDisplayWidth() throws {
        let r = try ProcessRunner.run(byline, ["dump", "--width", "40", Fixtures.seed])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(r.stdout.contains("[Photo] Kim Jong Un in Pyongyang."))
        #expect(r.stdout.contains("[Credit] PA"))
        #expect(!r.stdout.contains("2024-11-18"), "the date line only with --metadata")
        let meta = try ProcessRunner.run(byline, ["dump", "--metadata", "--width", "40", Fixtures.seed])
        #expect(meta.status == 0)
        #expect(meta.stdout.split(separator: "\n").contains("2024-11-18"))
    }

    @Test func usageErrorsExitWithStatus64() throws {
        let r = try ProcessRunner.run(byline, ["analyze"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error"))
    }
}
