extension QuoteScanner {
    /// Where each opening mark of a block closes, computed for the whole block in one
    /// pass, so that many unbalanced marks still cost linear time.
    ///
    /// Double marks nest: each opening mark counts +1 and each closing one -1, and an
    /// opening mark closes at the first later mark where the running count falls below
    /// its own (`"The "United States" is …"` closes after `is …`). Single marks close at
    /// the first closing-looking `'` or `’` (one that is not an apostrophe).
    struct CloseIndex {
        private var doublePos: [Int] = []
        private var running: [Int32] = []
        private var doubleClose: [Int32] = []
        private var singleClosers: [Int] = []
        private var curlySingleOpeners: [Int] = []

        init(_ s: [UInt32], scanner: QuoteScanner) {
            var sum: Int32 = 0
            var i = -1
            while true {
                // Only the marks matter: go from one to the next.
                i = QuoteScanner.nextMark(in: s, from: i + 1)
                guard i < s.count else { break }
                let c = s[i]
                if ScalarClass.isDoubleMark(c) {
                    let opens: Bool
                    switch c {
                    case 0x201D, 0xBB: opens = false
                    case 0x22: opens = scanner.straightOpens(s, i)
                    default: opens = true
                    }
                    sum += opens ? 1 : -1
                    doublePos.append(i)
                    running.append(sum)
                } else if c == 0x27 || c == 0x2019 || c == 0x2018 {
                    if c != 0x2018, scanner.isSingleCloser(s, i) { singleClosers.append(i) }
                    if c == 0x2018, scanner.isSingleOpener(s, i) { curlySingleOpeners.append(i) }
                }
            }
            // Next smaller running count to the right, with a monotonic stack.
            doubleClose = Array(repeating: -1, count: doublePos.count)
            var stack: [Int32] = []
            for k in stride(from: doublePos.count - 1, through: 0, by: -1) {
                while let top = stack.last, running[Int(top)] >= running[k] { stack.removeLast() }
                doubleClose[k] = stack.last ?? -1
                stack.append(Int32(k))
            }
        }

        /// The first index in a sorted list whose value is greater than `i`.
        private func firstAfter(_ list: [Int], _ i: Int) -> Int {
            var lo = 0, hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if list[mid] <= i { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        func close(_ s: [UInt32], from open: Int, double: Bool) -> Close {
            if double {
                let k = firstAfter(doublePos, open) - 1
                guard k >= 0, doublePos[k] == open else { return .conflict }
                let c = doubleClose[k]
                if c >= 0 { return .closed(doublePos[Int(c)]) }
                return running.last == running[k] ? .openToEnd : .conflict
            }
            let k = firstAfter(singleClosers, open)
            let closer = k < singleClosers.count ? singleClosers[k] : nil
            if s[open] == 0x2018 {
                let o = firstAfter(curlySingleOpeners, open)
                if o < curlySingleOpeners.count, closer.map({ curlySingleOpeners[o] < $0 }) ?? true { return .conflict }
            }
            return closer.map { .closed($0) } ?? .openToEnd
        }
    }
}
