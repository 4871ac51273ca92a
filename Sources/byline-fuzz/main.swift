import BylineFuzz
import Foundation

// byline-fuzz: Byline's corpus-driven fuzzer (scripts/fuzz.sh builds it in release and
// runs it). Inputs are mutations of the repository's fixtures; each goes through parse,
// analysis, JSON, dump and layout, and the invariants of FuzzCheck are checked.
//
//   byline-fuzz [--count N] [--seed S] [--from N] [--jobs J] [--repository DIR] [--save DIR] [--hang SECONDS]

let usage = "usage: byline-fuzz [--count N] [--seed S] [--from N] [--jobs J] [--repository DIR] [--save DIR] [--hang SECONDS]"
var count = 10_000
var seed: UInt64 = 1
var from = 0
var jobs = 1
var repository = FileManager.default.currentDirectoryPath
var save: String? = "fuzz-failures"
var hang = 60.0
var arguments = Array(CommandLine.arguments.dropFirst())[...]
while let option = arguments.popFirst() {
    guard let value = arguments.popFirst() else {
        FileHandle.standardError.write(Data("byline-fuzz: \(option) needs a value\n\(usage)\n".utf8))
        exit(64)
    }
    switch option {
    case "--count": count = Int(value) ?? -1
    case "--seed": seed = UInt64(value) ?? 0
    case "--from": from = Int(value) ?? -1
    case "--jobs": jobs = Int(value) ?? 0
    case "--repository": repository = value
    case "--save": save = value == "-" ? nil : value
    case "--hang": hang = Double(value) ?? 0
    default:
        FileHandle.standardError.write(Data("byline-fuzz: unknown option \(option)\n\(usage)\n".utf8))
        exit(64)
    }
}
guard count >= 0, from >= 0, jobs >= 1, hang > 0 else {
    FileHandle.standardError.write(Data("byline-fuzz: bad value\n\(usage)\n".utf8))
    exit(64)
}

let corpus: FuzzCorpus
do {
    corpus = try FuzzCorpus(repository: repository)
} catch {
    FileHandle.standardError.write(Data("byline-fuzz: cannot read the fixtures under \(repository): \(error)\n".utf8))
    exit(2)
}
var run = FuzzRun(corpus: corpus, seed: seed, from: from, count: count, jobs: jobs)
run.saveFolder = save
run.hangSeconds = hang
print("byline-fuzz: seed \(seed), inputs \(from)..<\(from + count), \(corpus.seeds.count) seeds, \(jobs) job\(jobs == 1 ? "" : "s")")
let started = Date()
let report = run.run { done in
    let seconds = Date().timeIntervalSince(started)
    FileHandle.standardError.write(Data(String(format: "  %d inputs, %.0f s, %.0f inputs/s\n", done, seconds, Double(done) / max(seconds, 0.001)).utf8))
}

func kb(_ bytes: Int) -> String { String(format: "%.1f KB", Double(bytes) / 1024) }
print(String(format: "inputs: %d (%d refused by the parser as empty or binary), %.1f MB in all, mean %@, largest %@",
             report.inputs, report.refused, Double(report.bytes) / 1e6, kb(report.bytes / max(1, report.inputs)), kb(report.largest)))
print(String(format: "time: %.1f s, %.0f inputs/s", report.seconds, Double(report.inputs) / max(report.seconds, 0.001)))
print("slowest: " + report.slowest.map { String(format: "input %d %.3f s (%@)", $0.input, $0.seconds, kb($0.bytes)) }.joined(separator: "; "))
print("failures: \(report.failures.count)")
for failure in report.failures.prefix(50) {
    print("  input \(failure.input) (from \(failure.seedName), \(kb(failure.bytes.count))): " + failure.problems.prefix(3).joined(separator: "; "))
}
if !report.failures.isEmpty, let save { print("failing inputs saved in \(save)/") }
exit(report.failures.isEmpty ? 0 : 1)
