/// How many colours a terminal can show.
package enum ColorDepth: Sendable, Hashable, Comparable {
    /// Attributes only: monochrome terminals, and whenever NO_COLOR is set.
    case monochrome
    case ansi8
    case ansi16
    case indexed256
}
