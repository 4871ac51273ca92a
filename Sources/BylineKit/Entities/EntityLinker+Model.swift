extension EntityLinker {
    /// How often each normalised name occurs among the candidates (dates left out).
    static func mentionCounts(_ cands: [EntityCandidate]) -> [NameKey: Int] {
        var counts: [NameKey: Int] = [:]
        counts.reserveCapacity(cands.count)
        for i in cands.indices where cands[i].type != .date { counts[cands[i].normKey, default: 0] += 1 }
        return counts
    }

    /// The learned layer's say, once the rules have typed every candidate: the article-level
    /// features (the settled type, its evidence, how often the name occurs) join each
    /// candidate's block-level scores; the scores of all mentions of one name are summed,
    /// so a name gets one type across the article; the best class wins. A name the model
    /// holds to be no entity by more than ``EntityModelData/dropMargin`` is dropped. Names
    /// in a list after a head noun (`firms including …`) keep the head noun's type.
    ///
    /// ```swift
    /// // "Burnley Football Club beat Leeds. … in Burnley" → Burnley Football Club ORG, Burnley PLACE
    /// ```
    func decideTypes(_ cands: inout [EntityCandidate], model: EntityModel) {
        // One slot per name: its mention count and its summed scores (one dictionary
        // look-up per candidate).
        var slotOf: [NameKey: Int] = [:]
        slotOf.reserveCapacity(cands.count)
        var slot = [Int](repeating: -1, count: cands.count)
        var counts: [Int] = []
        for i in cands.indices where cands[i].type != .date {
            let next = counts.count
            let s = slotOf[cands[i].normKey, default: next]
            if s == next { slotOf[cands[i].normKey] = s; counts.append(0) }
            counts[s] += 1
            slot[i] = s
        }
        var sums = [EntityModel.Scores](repeating: EntityModel.Scores(), count: counts.count)
        var sink = ScoreSink(model: model)
        for i in cands.indices where slot[i] >= 0 {
            sink.scores = cands[i].scores
            EntityFeatures.addArticle(cands[i], mentions: counts[slot[i]], into: &sink)
            sums[slot[i]].add(sink.scores)
        }
        var dropped = Set<NameKey>()
        for i in cands.indices where cands[i].type != .date {
            // A list's head noun says what its names are (`firms including Kruger`).
            if cands[i].listType != nil { continue }
            let s = sums[slot[i]]
            let (best, margin) = s.best()
            if let best {
                cands[i].type = best
            } else if margin > EntityModelData.dropMargin {
                dropped.insert(cands[i].normKey)
            } else {
                cands[i].type = s.bestType()
            }
        }
        if !dropped.isEmpty { cands.removeAll { $0.type != .date && dropped.contains($0.normKey) } }
    }
}
