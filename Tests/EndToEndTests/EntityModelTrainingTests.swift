import BylineTestSupport
import Foundation
import Testing

/// The learned entity layer's training script (scripts/entities/train_model.py): the same
/// rows give the same weights, bit for bit, and the shipped weights say where they come from.
@Suite("Entity model training")
struct EntityModelTrainingTests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func trainingATinyFixedSetGivesTheRecordedWeights() throws {
        // .ci/run installs python3; the script needs nothing beyond its standard library.
        let python = try #require(Self.python, "python3 is needed to test the training script")
        let script = Fixtures.root.appendingPathComponent("scripts/entities/train_model.py").path
        let r = try ProcessRunner.run(python, [script, "--self-check"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let expected = try String(contentsOfFile: Fixtures.root.appendingPathComponent(
            "scripts/entities/testdata/tiny-weights.sha256").path, encoding: .utf8).split(separator: " ").first.map(String.init)
        #expect(expected.map { r.stdout.contains("weights sha256 \($0)") } == true, "\(r.stdout)")
    }

    @Test func shippedWeightsCarryTheirNoticeWordForWord() throws {
        let notice = try String(contentsOfFile: Fixtures.root.appendingPathComponent("NOTICE").path, encoding: .utf8)
        let data = try String(contentsOfFile: Fixtures.root.appendingPathComponent(
            "Sources/BylineKit/Entities/EntityModelData.swift").path, encoding: .utf8)
        let lines = notice.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "=== Entity model ==="))
        let body = lines[(start + 1)...].prefix { !$0.hasPrefix("=== ") }.filter { !$0.isEmpty }
        for line in body {
            #expect(data.contains("// " + line), "EntityModelData.swift lacks NOTICE's line: \(line)")
        }
        #expect(data.contains("static let weights = \"\"\""))
    }
}
