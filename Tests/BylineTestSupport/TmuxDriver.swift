import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs programs without Foundation's `Process` (which hangs when a tmux server keeps
/// an inherited descriptor open): `posix_spawn`, an empty signal mask and default
/// handlers (so the child sees SIGWINCH), output to a file, `waitpid`.
package enum Spawn {
    package struct Result: Sendable {
        package var status: Int32
        package var output: String
    }

    /// Runs `arguments` (the first is looked up in PATH) and waits for it.
    package static func run(
        _ arguments: [String], environment: [String: String] = Spawn.environment(), stdin: String? = nil
    ) -> Result {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("byline-spawn-\(UUID().uuidString)").path
        defer { unlink(out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attr, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv { free(p) }; for p in envp { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, arguments[0], &actions, &attr, argv, envp)
        guard rc == 0 else { return Result(status: -1, output: "spawn failed: \(rc)") }
        // tmux commands answer at once; one that does not (a wedged server) is killed.
        let status = ChildWait.exitStatus(of: pid, timeout: 30)
        let output = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return Result(status: status, output: output)
    }

    /// A fixed environment: PATH, HOME, LANG=C.UTF-8, plus `extra`.
    package static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        for (k, v) in extra { env[k] = v }
        return env
    }
}

/// A private tmux server running one program, for end-to-end tests of the real binary.
///
/// ```swift
/// let tmux = try TmuxSession(command: [Binary.byline, Fixtures.seed], width: 80, height: 24)
/// defer { tmux.close() }
/// tmux.waitFor { $0.contains("Kim") }
/// tmux.send("j", "NPage", "q")
/// ```
package final class TmuxSession: @unchecked Sendable {
    package let socket: String
    package let statusFile: String

    /// tmux is on PATH.
    package static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// CI demands the tmux tests run (CI=true): a missing tmux is then a failure, not a skip.
    package static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Starts `command` in a new private server, `width` x `height`, with `environment`
    /// (TERM defaults to xterm-256color). The exit status is written to ``statusFile``.
    package init(command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
                delay: Double = 0) throws {
        socket = "byline-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status").path
        // A library of its own, so reading positions saved by one test never move
        // another's first screen.
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).sqlite").path
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "BYLINE_LIBRARY": library]
        for (k, v) in environment { env[k] = v }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let cmd = command.map(TmuxSession.quote).joined(separator: " ")
        let pause = delay > 0 ? "sleep \(delay); " : ""
        let script = "\(pause)env \(exports) \(cmd); echo $? > \(TmuxSession.quote(statusFile)); sleep 30"
        let r = Spawn.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                           "sh", "-c", script])
        if r.status != 0 { throw TmuxError(message: "tmux new-session failed: \(r.output)") }
        _ = tmux("set-option", "-g", "status", "off")
    }

    package struct TmuxError: Error, CustomStringConvertible {
        package var message: String
        package var description: String { message }
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    package func tmux(_ args: String...) -> Spawn.Result {
        Spawn.run(["tmux", "-L", socket] + args)
    }

    /// The pane's text (with `escapes`, its SGR sequences too).
    package func capture(escapes: Bool = false) -> String {
        escapes ? tmux("capture-pane", "-p", "-e").output : tmux("capture-pane", "-p").output
    }

    /// Polls the pane until `predicate` holds (at most `timeout` seconds); returns the
    /// last capture and whether it held.
    @discardableResult
    package func waitFor(timeout: Double = 5, escapes: Bool = false, _ predicate: (String) -> Bool) -> (screen: String, ok: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture(escapes: escapes)
        while !predicate(screen) {
            if Date() > deadline { return (screen, false) }
            usleep(30_000)
            screen = capture(escapes: escapes)
        }
        return (screen, true)
    }

    /// Sends keys by tmux name (`j`, `NPage`, `Enter`, `Tab`, `C-d`).
    package func send(_ keys: String...) {
        for k in keys { tmux("send-keys", "-t", "0", k) }
    }

    /// Sends text literally.
    package func type(_ text: String) {
        tmux("send-keys", "-t", "0", "-l", text)
    }

    /// The terminal modes the program has set in the pane, as tmux tracks them:
    /// alternate screen, cursor keys and keypad in application mode (keypad-transmit),
    /// cursor shown, mouse reporting, wrapping, insert and origin mode.
    ///
    /// ```swift
    /// tmux.modes()  // "alternate=1 cursor-keys=1 keypad=1 cursor=0 mouse=0 …"
    /// ```
    package func modes() -> String {
        let format = ["alternate=#{alternate_on}", "cursor-keys=#{keypad_cursor_flag}", "keypad=#{keypad_flag}",
                      "cursor=#{cursor_flag}", "mouse=#{mouse_any_flag}", "mouse-standard=#{mouse_standard_flag}",
                      "wrap=#{wrap_flag}", "insert=#{insert_flag}", "origin=#{origin_flag}"].joined(separator: " ")
        return tmux("display-message", "-p", "-t", "0", format).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    package func resize(width: Int, height: Int) {
        tmux("resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)")
    }

    /// Logs everything the program writes from now on to `path` (raw bytes).
    package func logOutput(to path: String) {
        tmux("pipe-pane", "-t", "0", "-o", "cat >> \(TmuxSession.quote(path))")
    }

    /// The program's exit status once it has exited (polls up to `timeout` seconds).
    package func exitStatus(timeout: Double = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let n = Int32(s.trimmingCharacters(in: .whitespacesAndNewlines)) { return n }
            usleep(30_000)
        }
        return nil
    }

    package func close() {
        tmux("kill-server")
        unlink(statusFile)
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).sqlite").path
        for suffix in ["", "-wal", "-shm"] { unlink(library + suffix) }
    }
}

/// The built `byline` executable, next to the test bundle's build folder.
package enum Binary {
    package static var byline: String {
        let fm = FileManager.default
        var dir = Bundle.main.bundleURL
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("byline").path
            if fm.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for config in ["debug", "release"] {
            let p = Fixtures.root.appendingPathComponent(".build/\(config)/byline").path
            if fm.isExecutableFile(atPath: p) { return p }
        }
        return Fixtures.root.appendingPathComponent(".build/debug/byline").path
    }
}
