import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for a spawned child with a deadline, so that a wedged program (a tmux client
/// whose server stopped answering, a byline that never exits) fails its test instead of
/// hanging the whole run. After `timeout` seconds the child is killed.
///
/// ```swift
/// let status = ChildWait.exitStatus(of: pid, timeout: 60)   // 0, 1, … or 128 + signal
/// ```
package enum ChildWait {
    /// The exit status (128 + the signal for a killed child); 137 when it had to be
    /// killed after `timeout` seconds.
    package static func exitStatus(of pid: pid_t, timeout: Double) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var pause: UInt32 = 500
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r == -1 && errno != EINTR { return -1 }
            if Date() > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                break
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
