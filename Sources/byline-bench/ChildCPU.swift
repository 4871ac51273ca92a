import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to its end with its standard output sent to a file (or /dev/null) and
/// returns the CPU time the child used (user + system), read from `wait4`'s resource
/// usage of that one child: what the program itself cost, not this process.
///
/// ```swift
/// let cpu = try ChildCPU.run("/usr/bin/wc", ["-w", "a.txt"])   // nanoseconds
/// ```
enum ChildCPU {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The child's user + system CPU time in nanoseconds; throws when it cannot start or
    /// does not exit with status 0.
    static func run(_ program: String, _ arguments: [String], stdoutPath: String = "/dev/null") throws -> UInt64 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw Failure(description: "\(program): cannot start: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw Failure(description: "\(program): wait4 failed") }
        }
        guard status == 0 else { throw Failure(description: "\(program) \(arguments.first ?? ""): exit status \(status >> 8)") }
        func nanos(_ t: timeval) -> UInt64 { UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_usec) * 1000 }
        return nanos(usage.ru_utime) + nanos(usage.ru_stime)
    }
}
