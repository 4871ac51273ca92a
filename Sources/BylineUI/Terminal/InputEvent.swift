/// What the terminal sent: a key, a new size, or nothing (a timeout).
///
/// ```swift
/// switch terminal.read(timeoutMilliseconds: -1) {
/// case .key(let key): state.handle(key)
/// case .resize(let w, let h): state.resize(width: w, height: h)
/// case .timeout: break
/// case .closed: state.perform(.quit)
/// }
/// ```
package enum InputEvent: Sendable, Hashable {
    case key(Key)
    case resize(width: Int, height: Int)
    case timeout
    /// Input is gone (end of file on the terminal).
    case closed
}
