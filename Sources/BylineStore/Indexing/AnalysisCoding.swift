import BylineKit

/// A compact text form of an article's entity mentions and quotations, stored with each
/// indexed article so that opening it never runs the analysis again.
///
/// One line per item, fields separated by tabs (backslash, tab and newline escaped):
///
/// ```
/// E	PERSON	2	0	6	Kim Jong-un	Mr Kim
/// Q	0	3	12	40	Kim Jong-un	We will never give up
/// ```
///
/// (JSON through Codable took about ten times longer to write and read.)
enum AnalysisCoding {
    static func encode(entities: [EntityMention], quotes: [Quotation]) -> String {
        var out = ""
        out.reserveCapacity(entities.count * 40 + quotes.count * 120)
        for m in entities {
            out += "E\t\(m.type.rawValue)\t\(m.location.block)\t\(m.location.start)\t\(m.location.end)\t"
            out += escape(m.canonical) + "\t" + escape(m.text) + "\n"
        }
        for q in quotes {
            out += "Q\t\(q.partial ? 1 : 0)\t\(q.location.block)\t\(q.location.start)\t\(q.location.end)\t"
            out += (q.speaker.map(escape) ?? "") + "\t" + escape(q.text) + "\n"
        }
        return out
    }

    /// The mentions and quotations back; nil when the text is not in this format.
    static func decode(_ text: String) -> (entities: [EntityMention], quotes: [Quotation])? {
        var entities: [EntityMention] = []
        var quotes: [Quotation] = []
        // Split on the bytes of newline and tab: a split on characters would run
        // grapheme breaking over the whole text (the reader decodes its first article's
        // analysis before the first screen).
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let f = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Substring.init)
            guard f.count == 7, let block = Int(f[2]), let start = Int(f[3]), let end = Int(f[4]) else { return nil }
            let location = TextLocation(block: block, start: start, end: end)
            switch f[0] {
            case "E":
                guard let type = EntityType(rawValue: String(f[1])) else { return nil }
                entities.append(EntityMention(text: unescape(f[6]), type: type, canonical: unescape(f[5]), location: location))
            case "Q":
                let speaker = f[5].isEmpty ? nil : unescape(f[5])
                quotes.append(Quotation(text: unescape(f[6]), speaker: speaker, partial: f[1] == "1", location: location))
            default:
                return nil
            }
        }
        return (entities, quotes)
    }

    private static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private static func unescape(_ s: Substring) -> String {
        guard s.utf8.contains(UInt8(ascii: "\\")) else { return String(s) }
        var out = ""
        var escaped = false
        for c in s.unicodeScalars {
            if escaped {
                switch c {
                case "t": out += "\t"
                case "n": out += "\n"
                default: out.unicodeScalars.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
