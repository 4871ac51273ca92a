import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program and captures its output, for end-to-end tests.
///
/// Uses `posix_spawn` + `waitpid` with output in temporary files, never Foundation's
/// `Process` with a `Pipe` (which can hang when a grandchild keeps a descriptor open),
/// and resets the signal mask and handlers so the child sees SIGWINCH and SIGTERM.
///
/// ```swift
/// let r = try ProcessRunner.run(BylineBinary.path, ["analyze", "--json", Fixtures.seed])
/// r.status   // 0
/// r.stdout   // one JSON line
/// ```
package enum ProcessRunner {
    package struct Result: Sendable {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        /// The bytes exactly as written (for checking that no escape sequence got out).
        package var stdoutBytes: [UInt8] = []
        package var stderrBytes: [UInt8] = []
    }

    package struct SpawnError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Runs `executable` with `arguments`; standard input comes from `stdinFile`
    /// (default /dev/null). `environment` adds to or replaces variables of a minimal
    /// fixed environment (PATH, HOME, LANG=C.UTF-8). Arguments are passed by their bytes
    /// (``PathBytes``), so a test can give a file name that is not UTF-8.
    package static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        stdinFile: String = "/dev/null"
    ) throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outPath = dir.appendingPathComponent("out").path
        let errPath = dir.appendingPathComponent("err").path

        var env = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": dir.path, "LANG": "C.UTF-8", "TERM": "xterm-256color"]
        for (k, v) in environment { env[k] = v }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinFile, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attr, &noSignals)
        posix_spawnattr_setsigdefault(&attr, &allSignals)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { PathBytes.withCString($0) { strdup($0) } } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv { free(p) }; for p in envp { free(p) } }

        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attr, argv, envp)
        guard rc == 0 else { throw SpawnError(description: "cannot run \(executable): \(String(cString: strerror(rc)))") }
        // No byline command takes two minutes on the test inputs: one that does is hung.
        let exit = ChildWait.exitStatus(of: pid, timeout: 120)
        let out = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data())
        let err = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data())
        return Result(status: exit, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      stdoutBytes: out, stderrBytes: err)
    }
}

/// The `byline` executable built for the tests: walks up from the test bundle to the
/// build folder (`.build/<triple>/debug/byline`).
package enum BylineBinary {
    package static var path: String {
        var url = Bundle.main.bundleURL
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("byline").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url = url.deletingLastPathComponent()
        }
        // Fall back to the debug build in the checkout.
        return Fixtures.root.appendingPathComponent(".build/debug/byline").path
    }
}
