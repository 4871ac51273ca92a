/// Dates: `2019`, `Monday`, `14 May 2019`, `May 14, 2019`, `2024-11-18`.
extension BlockScanner {
    /// The end of a date starting at token `i`: `2019`, `Monday`, `14 May 2019`,
    /// `May 14, 2019`, `2024-11-18`.
    func date(at i: Int) -> Int? {
        let tok = t[i]
        if tok.has(.number) {
            if isYear(i) { return i + 1 }
            if isDay(i), i + 1 < t.count, kinds(i + 1).contains(.month) {
                var e = i + 2
                if e < t.count, isYear(e) { e += 1 }
                return e
            }
            return nil
        }
        if tok.has(.digit), tok.length == 10, text[tok.start + 4] == "-", text[tok.start + 7] == "-" {
            return i + 1
        }
        guard tok.has(.capitalized) else { return nil }
        let k = kinds(i)
        if k.contains(.weekday) { return i + 1 }
        if k.contains(.month) {
            var e = i + 1
            var dated = false
            if e < t.count, isDay(e) {
                e += 1
                dated = true
                if e + 1 < t.count, t[e].first == ",", isYear(e + 1) { e += 2 }
            }
            if e < t.count, isYear(e) { e += 1; dated = true }
            if dated { return e }
            // A bare month: `in May`, `last March`; not `Theresa May`.
            if tok.length <= 3 && tok.key != Keys.may { return nil }
            if i > 0, Keys.beforeMonth.contains(t[i - 1].key) { return e }
            if tok.key == Keys.may { return nil }
            if i > 0, t[i - 1].has(.capitalized), t[i - 1].isWord { return nil }
            return e
        }
        return nil
    }

    func isYear(_ i: Int) -> Bool {
        let tok = t[i]
        guard tok.has(.number), tok.length == 4 else { return false }
        let c = text[tok.start].value
        let d = text[tok.start + 1].value
        return (c == 49 && d >= 53) || (c == 50 && d == 48)  // 1500–2099
    }

    func isDay(_ i: Int) -> Bool {
        let tok = t[i]
        guard tok.has(.number), tok.length <= 2 else { return false }
        var v = 0
        for p in tok.start..<tok.end { v = v * 10 + Int(text[p].value - 48) }
        return v >= 1 && v <= 31
    }
}
