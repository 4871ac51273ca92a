import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program started in the background (posix_spawn, output to files), for tests that
/// act on it while it runs: kill it in the middle of its work, then check what it left.
///
/// ```swift
/// let update = try BackgroundProcess(BylineBinary.path, ["update", "--library", db])
/// update.kill(SIGKILL)
/// update.wait()   // 137
/// ```
package final class BackgroundProcess {
    package let pid: pid_t
    private let folder: String
    private var status: Int32?

    package init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var env = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8"]
        for (k, v) in environment { env[k] = v }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder + "/out", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, folder + "/err", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv { free(p) }; for p in envp { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw ProcessRunner.SpawnError(description: "cannot run \(executable): \(String(cString: strerror(rc)))") }
        self.pid = pid
    }

    deinit {
        if status == nil { kill(SIGKILL); wait() }
        try? FileManager.default.removeItem(atPath: folder)
    }

    package func kill(_ signal: Int32) { _ = Glibc.kill(pid, signal) }

    /// Waits (at most `timeout` seconds, then kills it) and returns the exit status
    /// (128 + the signal for a killed process).
    @discardableResult
    package func wait(timeout: Double = 60) -> Int32 {
        if let status { return status }
        let s = ChildWait.exitStatus(of: pid, timeout: timeout)
        status = s
        return s
    }

    package var stdout: String { (try? String(contentsOfFile: folder + "/out", encoding: .utf8)) ?? "" }
    package var stderr: String { (try? String(contentsOfFile: folder + "/err", encoding: .utf8)) ?? "" }
}
