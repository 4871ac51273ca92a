import Dispatch
import Foundation

/// A fuzzing run: inputs `from ..< from + count` of a seed, each made from a corpus seed
/// by ``FuzzMutator`` and checked by ``FuzzCheck``, on `jobs` threads.
///
/// Input `n` depends only on the seed, `n` and the corpus, so any input can be made
/// again alone (`--from n --count 1 --save DIR`). A crash prints the numbers of the
/// inputs being checked (``FuzzCrashReport``); an input that runs longer than
/// `hangSeconds` is saved and the run aborted.
///
/// ```swift
/// let run = FuzzRun(corpus: corpus, seed: 1, from: 0, count: 1000)
/// let report = run.run()
/// report.failures   // [] when every invariant held
/// ```
package struct FuzzRun: Sendable {
    package var corpus: FuzzCorpus
    package var seed: UInt64
    package var from: Int
    package var count: Int
    package var jobs: Int
    package var mutator = FuzzMutator()
    /// An input running longer than this is taken for a hang: saved, and the run stops.
    package var hangSeconds = 60.0
    /// Where failing (and hanging) inputs are written, if anywhere.
    package var saveFolder: String?

    package init(corpus: FuzzCorpus, seed: UInt64, from: Int = 0, count: Int, jobs: Int = 1) {
        self.corpus = corpus
        self.seed = seed
        self.from = from
        self.count = count
        self.jobs = max(1, jobs)
    }

    /// An input that broke an invariant.
    package struct Failure: Sendable {
        package var input: Int
        package var seedName: String
        package var path: String
        package var problems: [String]
        package var bytes: [UInt8]
    }

    /// What a run did.
    package struct Report: Sendable {
        package var inputs = 0
        package var refused = 0
        package var bytes = 0
        package var largest = 0
        package var seconds = 0.0
        package var failures: [Failure] = []
        /// The slowest inputs: (input, seconds, bytes), slowest first.
        package var slowest: [(input: Int, seconds: Double, bytes: Int)] = []

        mutating func merge(_ other: Report) {
            inputs += other.inputs
            refused += other.refused
            bytes += other.bytes
            largest = max(largest, other.largest)
            failures += other.failures
            slowest = Array((slowest + other.slowest).sorted { $0.seconds > $1.seconds }.prefix(5))
        }
    }

    /// Input `n`: its bytes, the path it is parsed under and the seed it came from.
    package func input(_ n: Int) -> (bytes: [UInt8], path: String, seedName: String) {
        var rng = FuzzRandom(seed: seed, input: n)
        let first = corpus.seeds[rng.below(corpus.seeds.count)]
        let other = corpus.seeds[rng.below(corpus.seeds.count)]
        let bytes = rng.oneIn(50) ? first.bytes : mutator.mutate(first.bytes, other: other.bytes, using: &rng)
        return (bytes, "fuzz-\(n).\(first.pathExtension)", first.name)
    }

    /// Runs every input; `progress` is called now and then with the inputs done so far
    /// (from one thread at a time).
    package func run(progress: (@Sendable (Int) -> Void)? = nil) -> Report {
        let started = DispatchTime.now().uptimeNanoseconds
        let watch = FuzzWatch(jobs: jobs, hangSeconds: hangSeconds, seed: seed, saveFolder: saveFolder)
        watch.start()
        let reports = FuzzSlots(count: jobs)
        let done = FuzzCounter()
        let check = FuzzCheck()
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            var report = Report()
            var n = from + job
            while n < from + count {
                let (bytes, path, seedName) = input(n)
                let t0 = DispatchTime.now().uptimeNanoseconds
                watch.begin(job: job, input: n, bytes: bytes)
                let outcome = check.run(bytes, path: path, variant: n)
                let problems = outcome.problems
                watch.end(job: job)
                if outcome.refused { report.refused += 1 }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                report.inputs += 1
                report.bytes += bytes.count
                report.largest = max(report.largest, bytes.count)
                if report.slowest.count < 5 || seconds > report.slowest[report.slowest.count - 1].seconds {
                    report.slowest.append((n, seconds, bytes.count))
                    report.slowest.sort { $0.seconds > $1.seconds }
                    if report.slowest.count > 5 { report.slowest.removeLast() }
                }
                if !problems.isEmpty {
                    report.failures.append(Failure(input: n, seedName: seedName, path: path, problems: problems, bytes: bytes))
                    save(bytes, name: "\(seed)-\(n)-" + path.replacingOccurrences(of: "fuzz-\(n)", with: "input"))
                }
                let total = done.add(1)
                if total % 10_000 == 0 { progress?(total) }
                n += jobs
            }
            reports.set(job, report)
        }
        watch.stop()
        var report = Report()
        for r in reports.values { report.merge(r) }
        report.failures.sort { $0.input < $1.input }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    func save(_ bytes: [UInt8], name: String) {
        guard let saveFolder else { return }
        try? FileManager.default.createDirectory(atPath: saveFolder, withIntermediateDirectories: true)
        let path = saveFolder + "/" + name
        if !FileManager.default.createFile(atPath: path, contents: Data(bytes)) {
            FileHandle.standardError.write(Data("byline-fuzz: \(path): cannot be written\n".utf8))
        }
    }
}

/// A counter shared by the worker threads.
final class FuzzCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add(_ n: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += n
        return value
    }
}

/// One result per worker, each slot written by its worker only, read after all finish.
final class FuzzSlots: @unchecked Sendable {
    private var storage: [FuzzRun.Report?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ report: FuzzRun.Report) {
        lock.lock()
        storage[i] = report
        lock.unlock()
    }

    var values: [FuzzRun.Report] { storage.compactMap { $0 } }
}
