/// The type of a name nothing in the gazetteers covers whole, from its shape and its
/// words (`… Ltd` an organisation, `Mount …` a place, two unknown words a person).
extension BlockScanner {
    /// The type of a name nothing in the gazetteers covers whole; nil when it reads as
    /// ordinary words (`Storm Shadow`, `Pillow Talk`).
    func typed(_ a: Int, _ b: Int, titled: Bool) -> EntityCandidate? {
        let first = kinds(a)
        let last = kinds(b - 1)
        let n = b - a
        if titled || first.contains(.royal) && n > 1 { return candidate(a, b, .person, .known) }
        var hasConnector = false
        var hasCaps = false
        var hasDigit = false
        var allCommon = true
        for i in a..<b {
            if !t[i].has(.capitalized) { hasConnector = true }
            if t[i].has(.allCaps) { hasCaps = true }
            if t[i].has(.digit) { hasDigit = true }
            if t[i].has(.capitalized) && !isCommon(i) { allCommon = false }
        }
        if n > 1, last.contains(.orgWord) && !last.contains(.placeWord) { return candidate(a, b, .org, .shape) }
        if hasConnector && (first.contains(.orgWord) || t[a].key == Keys.house) { return candidate(a, b, .org, .shape) }
        if n > 1, last.contains(.org), t[b - 1].length >= 4, !first.contains(.given) {
            return candidate(a, b, .org, .shape)  // Kataeb Hezbollah
        }
        if n > 1, last.contains(.placeWord) {
            // `House of Commons` is an organisation, `Blue House` a place.
            if hasConnector, isOrgHead(a), !first.contains(.placeWord) || t[a].key == Keys.house { return candidate(a, b, .org, .shape) }
            return candidate(a, b, .place, .shape)
        }
        if hasConnector && (first.contains(.orgWord) || t[a].key == Keys.house) { return candidate(a, b, .org, .shape) }
        if n > 1, first.contains(.placeHead) { return candidate(a, b, .place, .shape) }
        if n == 2, t[b - 1].has(.number), t[a].key == Keys.interstate || t[a].key == Keys.area || first.contains(.placeWord) {
            return candidate(a, b, .place, .shape)  // Interstate 75, Route 66, Area 51
        }
        if n > 1, Keys.orgFirst.contains(t[a].key) { return candidate(a, b, .org, .shape) }  // Daily Xtra
        if n > 1, Keys.directions.contains(t[a].key), !knownKinds(a + 1, b).intersection(.place).isEmpty {
            return candidate(a, b, .place, .shape)
        }
        if n > 1, !first.intersection(.place).isEmpty || first.contains(.norp) {
            // `UK Parliament`, `US Embassy`.
            if isOrgHead(a + 1) || last.contains(.orgWord) { return candidate(a, b, .org, .shape) }
        }
        if n > 1 && (first.contains(.given) || first.contains(.weakGiven)) && !hasCaps {
            return candidate(a, b, .person, .shape)
        }
        if n > 1 {
            // `Youth Forum Zimbabwe`, `Akhil Bharat Hindu Mahasabha`: a country or a
            // nationality inside a longer name makes it an organisation.
            for i in (a + 1)..<b where kinds(i).contains(.norp) || kinds(i).contains(.country) {
                return candidate(a, b, .org, .shape)
            }
        }
        if n == 1 {
            var c = candidate(a, b, .org, .guess)
            c.fallback = true
            if t[a].has(.allCaps) || t[a].has(.digit) || t[a].has(.innerCaps) && !isMacName(a) {
                c.evidence = .shape
                return c
            }
            if Keys.directions.contains(t[a].key), a > 0, t[a - 1].key == Keys.the {
                c.type = .place
                c.direction = true
                c.evidence = .known
                return c
            }
            if first.contains(.common) { c.weak = true }
            return c
        }
        if n > 1, (a..<(b - 1)).contains(where: { t[$0].has(.possessive) }) {
            return candidate(a, b, .org, .shape)  // People's Vote, Sheriff's Office
        }
        if allCommon { return nil }
        if hasCaps || hasDigit { return candidate(a, b, .org, .shape) }
        if n <= 4 && !hasConnector {
            var c = candidate(a, b, .person, .shape)
            c.fallback = true
            // `at Ain Issa`, `in La Jolla`: unknown words, no given name, after `in` or `at`.
            if a > 0, Keys.strongLocative.contains(t[a - 1].key), !first.contains(.given), !first.contains(.weakGiven),
               !t[b - 1].has(.possessive) {
                c.placeContext = true
            }
            return c
        }
        return candidate(a, b, .org, .shape)
    }

    /// `McCarrick`, `MacDonald`, `O'Brien`: inner capitals of a surname, not a brand.
    func isMacName(_ i: Int) -> Bool {
        let s = t[i].start
        guard t[i].length > 3 else { return false }
        if text[s] == "M", text[s + 1] == "c" { return true }
        if text[s] == "M", text[s + 1] == "a", text[s + 2] == "c" { return true }
        if text[s + 1] == "'" || text[s + 1] == "\u{2019}" { return true }
        var hyphen = false
        for p in s..<t[i].end where text[p] == "-" { hyphen = true }
        return hyphen
    }
}
