/// Makes the fuzzer's inputs from seeds: byte flips, splices of two seeds, inserted
/// controls, escape sequences, quotation marks and runs of capitalised words,
/// truncation, repetition, deleted ranges and inserted line breaks, each input a few of
/// these at once. Inputs stay under ``maximumBytes``.
///
/// ```swift
/// var rng = FuzzRandom(seed: 1, input: 0)
/// let bytes = FuzzMutator().mutate(seed.bytes, other: other.bytes, using: &rng)
/// ```
package struct FuzzMutator: Sendable {
    /// No input is larger than this (repetition stops there).
    package var maximumBytes: Int

    package init(maximumBytes: Int = 256 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// Pieces worth inserting: controls and escape sequences, every kind of quotation
    /// mark, capitals, structure the parsers look for, and awkward Unicode.
    static let pieces: [[UInt8]] = [
        "\u{1B}[2J", "\u{1B}]52;c;ZXZpbA==\u{7}", "\u{1B}]0;title\u{7}", "\u{1B}P1$qm\u{1B}\\", "\u{7}", "\u{8}", "\r",
        "\u{9B}31m", "\u{85}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{2028}", "\u{FEFF}", "\u{0}", "\t", "\u{7F}",
        "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "\"\"", "“‘", "’”", "''",
        " said ", " said Mr ", ", said ", ": “", "” — ", " according to ", "He said: \"",
        "Alpha Beta Gamma Delta Epsilon Zeta ", "Mr Kim Jong Un President Joe Biden ", "UNITED NATIONS SECURITY COUNCIL ",
        "Kim", "Mr", "Dr.", "U.S.", "the", " of the ", " and ", "New York", "Kim Jong-un", "O'Neil", "McArthur",
        "\n", "\n\n", "\r\n", "\n\n\n\n", " date ", " date 2024-11-18 ", " date 2023-02-30 ", "2024-13-45",
        " Photograph: AP", "Photograph:", "– PA", "— Reuters", "-", "---\n", "---\ntitle: x\n---\n", "# ", "## ", "> ",
        "- ", "1. ", "![", "](", "[", "]", "(", ")", "*", "**", "_", "`", "```", "\\", "<a href=x>", "</p>", "&amp;",
        "e\u{301}", "\u{301}\u{301}\u{301}\u{301}", "👍🏽", "👨‍👩‍👧", "東京", "한국", "العربية", "ﷺ", "\u{10FFFF}", "\u{E000}",
        ".", ",", ";", ":", "?", "!", "…", "...", " ", "  ", "\u{A0}", "\u{3000}",
    ].map { Array($0.utf8) }

    /// A mutated copy of `bytes`; `other` is spliced in by some mutations.
    package func mutate(_ bytes: [UInt8], other: [UInt8], using rng: inout FuzzRandom) -> [UInt8] {
        var out = bytes
        let steps = 1 + rng.below(rng.oneIn(4) ? 24 : 6)
        for _ in 0..<steps {
            mutateOnce(&out, other: other, using: &rng)
            if out.count > maximumBytes { out.removeLast(out.count - maximumBytes) }
        }
        return out
    }

    private func mutateOnce(_ out: inout [UInt8], other: [UInt8], using rng: inout FuzzRandom) {
        let at = rng.below(out.count + 1)
        switch rng.below(12) {
        case 0:   // flip bits of a few bytes
            guard !out.isEmpty else { return }
            for _ in 0..<(1 + rng.below(4)) {
                let i = rng.below(out.count)
                out[i] ^= UInt8(truncatingIfNeeded: 1 << rng.below(8))
            }
        case 1:   // a random byte, any value
            out.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
        case 2, 3, 4:   // a piece
            out.insert(contentsOf: Self.pieces[rng.below(Self.pieces.count)], at: at)
        case 5:   // a run of one piece
            let piece = Self.pieces[rng.below(Self.pieces.count)]
            let times = 1 + rng.below(rng.oneIn(8) ? 2000 : 40)
            var run: [UInt8] = []
            for _ in 0..<times where run.count < maximumBytes { run += piece }
            out.insert(contentsOf: run, at: at)
        case 6:   // splice: the start of this, the rest of the other
            guard !other.isEmpty else { return }
            let from = rng.below(other.count)
            out = Array(out[..<at]) + other[from...]
        case 7:   // truncate
            out.removeLast(out.count - at)
        case 8:   // delete a range
            guard !out.isEmpty else { return }
            let length = 1 + rng.below(min(out.count - min(at, out.count - 1), 200))
            let start = min(at, out.count - 1)
            out.removeSubrange(start..<min(out.count, start + length))
        case 9:   // repeat a slice
            guard !out.isEmpty else { return }
            let start = min(at, out.count - 1)
            let slice = Array(out[start..<min(out.count, start + 1 + rng.below(400))])
            let times = 1 + rng.below(rng.oneIn(8) ? 500 : 10)
            var run: [UInt8] = []
            for _ in 0..<times where run.count + out.count < maximumBytes { run += slice }
            out.insert(contentsOf: run, at: start)
        case 10:   // capitalise or upper-case a stretch (capitals drive name finding)
            guard !out.isEmpty else { return }
            let start = min(at, out.count - 1)
            let end = min(out.count, start + 1 + rng.below(rng.oneIn(4) ? 5000 : 100))
            var wordStart = true
            let all = rng.oneIn(2)
            for i in start..<end {
                let b = out[i]
                if (all || wordStart), b >= 0x61, b <= 0x7A { out[i] = b - 0x20 }
                wordStart = b == 0x20 || b == 0x0A
            }
        default:   // remove the line breaks of a stretch, or add some
            guard !out.isEmpty else { return }
            let start = min(at, out.count - 1)
            let end = min(out.count, start + 1 + rng.below(3000))
            let add = rng.oneIn(2)
            for i in start..<end where add ? out[i] == 0x20 && rng.oneIn(6) : out[i] == 0x0A { out[i] = add ? 0x0A : 0x20 }
        }
    }
}
