import BylineUI
import Foundation

/// A ``Terminal`` in memory, for running the reader's event loop in-process: it
/// plays a script of input and keeps every frame drawn and every byte sent raw.
///
/// ```swift
/// let terminal = MemoryTerminal(width: 80, height: 24, script: [.idle, .key(.character("j")), .key(.character("q"))])
/// let outcome = ReaderLoop.run(on: terminal, paths: [file], settings: …, worker: …, library: …)
/// assertWholeScreen(terminal.frames.last!, lines: [ … ])
/// ```
///
/// ``Step/idle`` waits until the loop has nothing left to wait for (it reads without a
/// timeout: analyses done, the library quiet) before the next step; after the last step
/// the terminal waits likewise, then reports its input closed (the reader quits).
@MainActor
package final class MemoryTerminal: Terminal {
    package enum Step: Sendable, Hashable {
        case event(InputEvent)
        /// Until the loop waits for a key with nothing in the background.
        case idle
        /// Until the last frame drawn holds this text (a background job's progress); the
        /// input closes if the loop waits for a key with nothing in the background first.
        case until(String)

        package static func key(_ key: Key) -> Step { .event(.key(key)) }
        package static func keys(_ text: String) -> [Step] { text.map { .event(.key(.character($0))) } }
        package static func resize(width: Int, height: Int) -> Step { .event(.resize(width: width, height: height)) }
    }

    package private(set) var width: Int
    package private(set) var height: Int
    package let colorDepth: ColorDepth
    package private(set) var frames: [ScreenBuffer] = []
    /// What ``sendRaw(_:)`` received, in order (OSC 52 sequences).
    package private(set) var sent: [String] = []
    package private(set) var mouseWheel = false
    /// The reads so far, with the timeout each asked for (-1: none).
    package private(set) var reads: [Int] = []
    private var script: [Step]

    package init(width: Int, height: Int, colorDepth: ColorDepth = .indexed256, script: [Step] = []) {
        self.width = width
        self.height = height
        self.colorDepth = colorDepth
        self.script = script
    }

    package func draw(_ buffer: ScreenBuffer) { frames.append(buffer) }

    package func sendRaw(_ text: String) { sent.append(text) }

    package func enableMouseWheel() { mouseWheel = true }

    package func read(timeoutMilliseconds: Int) -> InputEvent {
        reads.append(timeoutMilliseconds)
        // A loop that polls more than 10,000 times (100 s of background work) is stuck.
        guard reads.count < 10_000 else { return .closed }
        while let step = script.first {
            switch step {
            case .idle:
                guard timeoutMilliseconds < 0 else { return pause(timeoutMilliseconds) }
                script.removeFirst()
            case .until(let text):
                if frames.last?.lines().contains(where: { $0.contains(text) }) == true {
                    script.removeFirst()
                    continue
                }
                guard timeoutMilliseconds >= 0 else {
                    script.removeAll()
                    return .closed
                }
                return pause(timeoutMilliseconds)
            case .event(let event):
                script.removeFirst()
                if case .resize(let w, let h) = event { (width, height) = (w, h) }
                return event
            }
        }
        return timeoutMilliseconds < 0 ? .closed : pause(timeoutMilliseconds)
    }

    private func pause(_ milliseconds: Int) -> InputEvent {
        Thread.sleep(forTimeInterval: Double(min(milliseconds, 10)) / 1000)
        return .timeout
    }
}
