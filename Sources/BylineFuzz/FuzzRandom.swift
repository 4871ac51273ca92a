/// SplitMix64: a small, fast generator whose whole state is one number, so the fuzzer's
/// input number `n` of seed `s` is made the same way on every machine and every run.
///
/// ```swift
/// var rng = FuzzRandom(seed: 42, input: 7)   // the generator of input 7 of seed 42
/// rng.below(10)                             // 0..<10
/// ```
package struct FuzzRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(state: UInt64) {
        self.state = state
    }

    /// The generator of input `input` of a run seeded `seed`: inputs are independent, so
    /// any one can be made again alone.
    package init(seed: UInt64, input: Int) {
        var mixer = FuzzRandom(state: seed ^ 0xD1B5_4A32_D192_ED03)
        let base = mixer.next()
        self.init(state: base &+ UInt64(truncatingIfNeeded: input) &* 0x9E37_79B9_7F4A_7C15)
        _ = next()
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0).
    package mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }

    /// True with probability `1 / n`.
    package mutating func oneIn(_ n: Int) -> Bool {
        below(n) == 0
    }
}
