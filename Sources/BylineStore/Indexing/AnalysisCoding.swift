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
/// (JSON through Codable took about ten times longer to write and read.) The text is
/// written in one allocation of its exact size: a first pass counts its bytes, the
/// second writes them (it is about as long as the article, and a string grown by
/// appending held its old and new storage at once, up to three times its size).
enum AnalysisCoding {
    static func encode(entities: [EntityMention], quotes: [Quotation]) -> String {
        var counter = Sink(buffer: nil)
        write(entities: entities, quotes: quotes, to: &counter)
        guard counter.count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: counter.count) { buffer in
            var sink = Sink(buffer: buffer)
            write(entities: entities, quotes: quotes, to: &sink)
            return sink.count
        }
    }

    private static func write(entities: [EntityMention], quotes: [Quotation], to out: inout Sink) {
        for m in entities {
            out.text("E\t"); out.text(m.type.rawValue); out.byte(0x09)
            out.location(m.location)
            out.escaped(m.canonical); out.byte(0x09); out.escaped(m.text); out.byte(0x0A)
        }
        for q in quotes {
            out.text(q.partial ? "Q\t1\t" : "Q\t0\t")
            out.location(q.location)
            if let speaker = q.speaker { out.escaped(speaker) }
            out.byte(0x09); out.escaped(q.text); out.byte(0x0A)
        }
    }

    /// Counts the bytes written (no buffer) or writes them into a buffer of that size.
    private struct Sink {
        let buffer: UnsafeMutableBufferPointer<UInt8>?
        var count = 0

        @inline(__always) mutating func byte(_ b: UInt8) {
            buffer?[count] = b
            count += 1
        }

        mutating func text(_ s: String) {
            for b in s.utf8 { byte(b) }
        }

        /// Backslash, tab and newline escaped (`\\`, `\t`, `\n`). Their bytes never occur
        /// inside a longer UTF-8 sequence, so bytes are escaped as the scalars would be.
        mutating func escaped(_ s: String) {
            for b in s.utf8 {
                switch b {
                case 0x5C: byte(0x5C); byte(0x5C)
                case 0x09: byte(0x5C); byte(UInt8(ascii: "t"))
                case 0x0A: byte(0x5C); byte(UInt8(ascii: "n"))
                default: byte(b)
                }
            }
        }

        /// `block⇥start⇥end⇥`.
        mutating func location(_ l: TextLocation) {
            number(l.block); byte(0x09); number(l.start); byte(0x09); number(l.end); byte(0x09)
        }

        mutating func number(_ n: Int) {
            if n < 0 { byte(UInt8(ascii: "-")) }
            let v = n.magnitude
            var divisor: UInt = 1
            while v / divisor >= 10 { divisor *= 10 }
            repeat {
                byte(UInt8(ascii: "0") + UInt8(v / divisor % 10))
                divisor /= 10
            } while divisor > 0
        }
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
