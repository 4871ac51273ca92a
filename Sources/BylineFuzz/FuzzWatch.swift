import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches the workers of a fuzzing run: which input each is checking and since when.
/// An input that takes longer than `hangSeconds` is saved and the process aborted with
/// its number; a crash (a trap, a fault, an abort) prints the numbers of the inputs
/// being checked before the process dies, so `--from N --count 1` makes it again.
final class FuzzWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var current: [(input: Int, since: UInt64, bytes: [UInt8])?]
    private let hangSeconds: Double
    private let seed: UInt64
    private let saveFolder: String?
    private var thread: Thread?
    private var stopped = false

    init(jobs: Int, hangSeconds: Double, seed: UInt64, saveFolder: String?) {
        current = Array(repeating: nil, count: jobs)
        self.hangSeconds = hangSeconds
        self.seed = seed
        self.saveFolder = saveFolder
        FuzzCrashReport.install(jobs: jobs, seed: seed)
    }

    func begin(job: Int, input: Int, bytes: [UInt8]) {
        FuzzCrashReport.set(job: job, input: input)
        lock.lock()
        current[job] = (input, DispatchTime.now().uptimeNanoseconds, bytes)
        lock.unlock()
    }

    func end(job: Int) {
        FuzzCrashReport.set(job: job, input: -1)
        lock.lock()
        current[job] = nil
        lock.unlock()
    }

    func start() {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 1)
                lock.lock()
                if stopped { lock.unlock(); return }
                let now = DispatchTime.now().uptimeNanoseconds
                let hung = current.compactMap { $0 }.first { Double(now - $0.since) / 1e9 > hangSeconds }
                lock.unlock()
                if let hung {
                    if let saveFolder {
                        try? FileManager.default.createDirectory(atPath: saveFolder, withIntermediateDirectories: true)
                        _ = FileManager.default.createFile(atPath: saveFolder + "/\(seed)-\(hung.input)-hang", contents: Data(hung.bytes))
                    }
                    FileHandle.standardError.write(Data("byline-fuzz: input \(hung.input) of seed \(seed) ran over \(Int(hangSeconds)) s: taken for a hang\n".utf8))
                    abort()
                }
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }
}

/// What a crashing fuzzer says before it dies: a signal handler that writes, with
/// async-signal-safe calls only, the numbers of the inputs being checked.
enum FuzzCrashReport {
    nonisolated(unsafe) static var inputs: UnsafeMutablePointer<Int>?
    nonisolated(unsafe) static var jobs = 0
    nonisolated(unsafe) static var seed: UInt64 = 0

    static func install(jobs: Int, seed: UInt64) {
        let slots = UnsafeMutablePointer<Int>.allocate(capacity: jobs)
        slots.initialize(repeating: -1, count: jobs)
        inputs = slots
        self.jobs = jobs
        self.seed = seed
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT] {
            signal(sig) { sig in
                FuzzCrashReport.writeText("byline-fuzz: crashed (signal ")
                FuzzCrashReport.writeNumber(UInt64(sig))
                FuzzCrashReport.writeText(") on seed ")
                FuzzCrashReport.writeNumber(FuzzCrashReport.seed)
                FuzzCrashReport.writeText(", input")
                if let inputs = FuzzCrashReport.inputs {
                    for j in 0..<FuzzCrashReport.jobs where inputs[j] >= 0 {
                        FuzzCrashReport.writeText(" ")
                        FuzzCrashReport.writeNumber(UInt64(inputs[j]))
                    }
                }
                FuzzCrashReport.writeText(" (again alone: --seed S --from N --count 1 --save DIR)\n")
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    static func set(job: Int, input: Int) {
        inputs?[job] = input
    }

    static func writeText(_ text: StaticString) {
        _ = write(2, text.utf8Start, text.utf8CodeUnitCount)
    }

    static func writeNumber(_ value: UInt64) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var v = value
            var i = buffer.count
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0 && i > 0
            _ = write(2, buffer.baseAddress! + i, buffer.count - i)
        }
    }
}
