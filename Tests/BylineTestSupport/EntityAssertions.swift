import BylineKit
import Testing

/// Domain assertions for entity mentions.
///
/// ```swift
/// let mentions = EntityRecognizer.shared.mentions(in: article)
/// assertEntity(mentions, "Mr Kim", .person, canonical: "Kim Jong-un")
/// assertNoEntity(mentions, "Meanwhile")
/// ```
package func assertEntity(
    _ mentions: [EntityMention], _ text: String, _ type: EntityType, canonical: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let found = mentions.filter { $0.text == text }
    guard let first = found.first else {
        Issue.record("no mention \"\(text)\"; found: \(describe(mentions))", sourceLocation: sourceLocation)
        return
    }
    #expect(found.allSatisfy { $0.type == type }, "\"\(text)\" is \(first.type), expected \(type)",
            sourceLocation: sourceLocation)
    if let canonical {
        #expect(found.allSatisfy { $0.canonical == canonical },
                "\"\(text)\" has canonical \"\(first.canonical)\", expected \"\(canonical)\"",
                sourceLocation: sourceLocation)
    }
}

/// Asserts that no mention has exactly this text (of a scored type, unless `type` is given).
package func assertNoEntity(
    _ mentions: [EntityMention], _ text: String, _ type: EntityType? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let found = mentions.filter { $0.text == text && (type == nil ? $0.type != .date : $0.type == type) }
    #expect(found.isEmpty, "unexpected mention \"\(text)\" (\(found.first?.type.rawValue ?? ""))",
            sourceLocation: sourceLocation)
}

/// Asserts that every mention's location slices exactly its text out of its block.
package func assertOffsetsSlice(
    _ mentions: [EntityMention], of article: Article, sourceLocation: SourceLocation = #_sourceLocation
) {
    for m in mentions {
        let l = m.location
        guard l.block >= 0, l.block < article.blocks.count else {
            Issue.record("\"\(m.text)\": block \(l.block) out of range", sourceLocation: sourceLocation)
            continue
        }
        let scalars = Array(article.blocks[l.block].text.unicodeScalars)
        guard l.start >= 0, l.start < l.end, l.end <= scalars.count else {
            Issue.record("\"\(m.text)\": bad range \(l.start)..<\(l.end) in a block of \(scalars.count)",
                         sourceLocation: sourceLocation)
            continue
        }
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[l.start..<l.end])
        #expect(String(slice) == m.text, "offsets \(l.start)..<\(l.end) give \"\(String(slice))\", not \"\(m.text)\"",
                sourceLocation: sourceLocation)
    }
}

private func describe(_ mentions: [EntityMention]) -> String {
    mentions.filter { $0.type != .date }.prefix(40).map { "\($0.text)/\($0.type.rawValue)" }.joined(separator: ", ")
}
