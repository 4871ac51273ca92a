/// Checks on bytes a program wrote, for tests that nothing could act on a terminal.
///
/// ```swift
/// TerminalBytes.unsafe(r.stdoutBytes + r.stderrBytes)   // [] when clean
/// ```
package enum TerminalBytes {
    /// Descriptions of every byte or sequence in `bytes` that a terminal would act on:
    /// C0 controls but line feed and tab (ESC, BEL, CR…), DEL, C1 controls (UTF-8 C2 80–9F and
    /// raw 80–9F bytes outside a UTF-8 sequence), bidirectional controls (U+061C,
    /// U+200E/F, U+202A–202E, U+2066–2069).
    package static func unsafe(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        for (i, s) in text.unicodeScalars.enumerated() {
            let v = s.value
            let bad = (v < 0x20 && v != 0x0A && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x061C || v == 0x200E
                || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            if bad { found.append("U+\(String(v, radix: 16, uppercase: true)) at scalar \(i)") }
        }
        return found
    }
}
