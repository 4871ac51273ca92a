/// The article-wide pass: settles the type of lone words from the names around them
/// and joins mentions into entities, each named by the fullest form the article uses.
///
/// ```swift
/// // Kim Jong Un, Kim Jong-un, Mr Kim        → canonical "Kim Jong-un"
/// // Korean Central News Agency (KCNA), KCNA → canonical "Korean Central News Agency"
/// // North Korea … the North                 → `North`, canonical "North Korea"
/// ```
///
/// Two people who share a surname are never joined through it: a lone `Johnson` joins
/// `Boris Johnson` only when no other Johnson is named.
struct EntityLinker {
    /// Lower case, hyphens and full stops as spaces: `Kim Jong-un` → `kim jong un`.
    static func normalized(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for c in s.unicodeScalars {
            let v = NameKey.fold(c.value)
            let f = Unicode.Scalar(v) ?? c
            if f == "-" || f == "." || f == " " || f == "\u{A0}" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else if f == "'" {
                continue
            } else {
                out.append(f)
                lastSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    func link(_ input: [EntityCandidate]) -> [EntityMention] {
        var cands = input
        settleTypes(&cands)
        let canonicals = canonicalNames(&cands)
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(cands.count)
        for (i, c) in cands.enumerated() {
            mentions.append(EntityMention(text: c.text, type: c.type, canonical: canonicals[i],
                                          location: TextLocation(block: c.block, start: c.start, end: c.end)))
        }
        return mentions
    }

    // MARK: Types

    /// Lone words: a word of a person's name is that person (`Tusk`); otherwise a word
    /// after `in`/`at`/`from` is a place, one before `said` a person, else an
    /// organisation. The same text then gets one type across the article.
    func settleTypes(_ cands: inout [EntityCandidate]) {
        var personWords: [String: Int] = [:]
        for c in cands where c.type == .person && c.words.count >= 2 && !c.courtesy {
            for w in c.words { personWords[Self.normalized(w), default: 0] += 1 }
        }
        var strongTexts = Set<String>()
        for c in cands where !c.weak && c.type != .date { strongTexts.insert(Self.normalized(c.text)) }
        // Lone ordinary words at a sentence start count only when the article names them
        // elsewhere.
        cands.removeAll { c in
            c.weak && !strongTexts.contains(Self.normalized(c.text)) && personWords[Self.normalized(c.text)] == nil
        }
        var byText: [String: EntityType] = [:]
        var evidence: [String: EntityCandidate.Evidence] = [:]
        for i in cands.indices where cands[i].type != .date {
            var c = cands[i]
            if c.words.count == 1 && c.evidence < .known && c.type != .norp && !c.courtesy {
                let w = Self.normalized(c.text)
                // Tusk after Donald Tusk; Turpins after David Turpin; David (also a town).
                let stem = w.hasSuffix("s") ? String(w.dropLast()) : w
                if personWords[w] != nil || personWords[stem] != nil {
                    c.type = .person
                    c.evidence = .shape
                }
            }
            if c.evidence == .guess {
                let w = Self.normalized(c.text)
                if c.personContext {
                    c.type = .person
                } else if c.afterPreposition || w.hasSuffix("shire") {
                    c.type = .place
                } else {
                    c.type = .org
                }
            }
            cands[i] = c
            let key = c.text
            if let e = evidence[key], e >= c.evidence { continue }
            evidence[key] = c.evidence
            byText[key] = c.type
        }
        for i in cands.indices where cands[i].type != .date && cands[i].evidence < .known {
            if let t = byText[cands[i].text] { cands[i].type = t }
        }
    }

    // MARK: Canonical names

    /// One canonical name per candidate.
    func canonicalNames(_ cands: inout [EntityCandidate]) -> [String] {
        let n = cands.count
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[rb] = ra }
        }
        let norm = cands.map { Self.normalized($0.text) }
        let wordsNorm = cands.map { $0.words.map { Self.normalized($0) } }

        // Same type and same normalised text: one entity.
        var first: [String: Int] = [:]
        for i in 0..<n where cands[i].type != .date {
            let key = "\(cands[i].type.rawValue)|\(cands[i].courtesy ? wordsNorm[i].joined(separator: " ") : norm[i])"
            if let f = first[key] { union(f, i) } else { first[key] = i }
        }
        // Gazetteer short forms whose full form the article uses: US → United States.
        for i in 0..<n where cands[i].gazetteerCanonical != nil {
            let full = Self.normalized(cands[i].gazetteerCanonical!)
            if let f = first["\(cands[i].type.rawValue)|\(full)"] { union(f, i) }
        }

        // People: a shorter name whose words all belong to exactly one longer name.
        let people = (0..<n).filter { cands[$0].type == .person }
        let full = people.filter { wordsNorm[$0].count >= 2 && !cands[$0].courtesy }
        for i in people {
            let ws = wordsNorm[i].flatMap { $0.split(separator: " ").map(String.init) }
            guard !ws.isEmpty else { continue }
            var targets = Set<Int>()
            var lastWordTargets = Set<Int>()
            for j in full where j != i && find(j) != find(i) {
                let fw = wordsNorm[j].flatMap { $0.split(separator: " ").map(String.init) }
                guard fw.count > ws.count else { continue }
                if ws.allSatisfy({ fw.contains($0) }) {
                    targets.insert(find(j))
                    if ws.count == 1, fw.last == ws[0] { lastWordTargets.insert(find(j)) }
                    if ws.count > 1, fw.first == ws.first, fw.last == ws.last { lastWordTargets.insert(find(j)) }
                }
            }
            // Prefer the longest names: Robert Mugabe → Robert Gabriel Mugabe.
            let pick = lastWordTargets.count == 1 ? lastWordTargets : targets
            if pick.count == 1 { union(pick.first!, i) }
        }

        // Organisations and places: initials (KCNA, EU), prefixes (Vatican → Vatican City),
        // directions (the North → North Korea).
        let named = (0..<n).filter { cands[$0].type == .org || cands[$0].type == .place }
        for i in named {
            let c = cands[i]
            let ws = wordsNorm[i]
            if c.direction {
                let targets = Set(named.filter { j in
                    cands[j].type == .place && wordsNorm[j].count >= 2 && wordsNorm[j][0] == norm[i]
                }.map(find))
                if targets.count == 1 { union(targets.first!, i) }
                continue
            }
            let isAcronym = ws.count == 1 && c.text.unicodeScalars.allSatisfy {
                EntityTokenizer.isUpper($0) || $0 == "."
            } && c.text.unicodeScalars.count >= 2
            var targets = Set<Int>()
            for j in named where j != i && cands[j].words.count > ws.count && find(j) != find(i) {
                if isAcronym {
                    if Self.initials(cands[j].words) == norm[i].replacingOccurrences(of: " ", with: "") {
                        targets.insert(find(j))
                    }
                } else if cands[j].type == c.type, !ws.isEmpty {
                    let fw = wordsNorm[j]
                    if Array(fw.prefix(ws.count)) == ws || (c.type == .org && Array(fw.suffix(ws.count)) == ws) {
                        targets.insert(find(j))
                    }
                }
            }
            if targets.count == 1 { union(targets.first!, i) }
        }

        // NORP plurals: Londoners → Londoner.
        var norp: [String: Int] = [:]
        for i in 0..<n where cands[i].type == .norp { norp[norm[i]] = norp[norm[i]] ?? i }
        for i in 0..<n where cands[i].type == .norp && norm[i].hasSuffix("s") {
            if let j = norp[String(norm[i].dropLast())] { union(j, i) }
        }

        // Group members take the type of the group's best-evidenced member.
        var groupType: [Int: (EntityType, EntityCandidate.Evidence, Int)] = [:]
        for i in 0..<n where cands[i].type != .date {
            let r = find(i)
            let len = cands[i].text.unicodeScalars.count
            if let g = groupType[r], g.1 > cands[i].evidence || g.1 == cands[i].evidence && g.2 >= len { continue }
            groupType[r] = (cands[i].type, cands[i].evidence, len)
        }
        for i in 0..<n where cands[i].type != .date && cands[i].evidence < .known {
            if let g = groupType[find(i)] { cands[i].type = g.0 }
        }

        // The fullest form of each group: most scalars, then a body form, then the first.
        var best: [Int: Int] = [:]
        for i in 0..<n where cands[i].type != .date {
            let r = find(i)
            guard let b = best[r] else { best[r] = i; continue }
            let li = cands[i].text.unicodeScalars.count, lb = cands[b].text.unicodeScalars.count
            if li > lb || (li == lb && cands[i].inBody && !cands[b].inBody) { best[r] = i }
        }
        return (0..<n).map { i in
            cands[i].type == .date ? cands[i].text : cands[best[find(i)] ?? i].text
        }
    }

    /// Initials of the capitalised words: `Korean Central News Agency` → `kcna`.
    static func initials(_ words: [String]) -> String {
        var s = ""
        for w in words {
            for part in w.split(separator: "-") {
                guard let f = part.unicodeScalars.first, EntityTokenizer.isUpper(f) else { continue }
                s.unicodeScalars.append(Unicode.Scalar(NameKey.fold(f.value)) ?? f)
            }
        }
        return s
    }
}
