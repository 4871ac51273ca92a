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
/// (JSON through Codable took about ten times longer to write and read.) The library
/// never holds the text whole: ``byteCount(entities:quotes:)`` counts its bytes, the
/// row is made that long, and ``write(entities:quotes:chunkSize:to:)`` hands it over in
/// chunks of a few kilobytes, written into the row as they come (``BlobWriter``). It is
/// about as long as the article: a string of it, then SQLite's record of the row, held
/// it twice more. ``encode(entities:quotes:)`` makes the whole string (tests compare it).
enum AnalysisCoding {
    /// The text whole, in one allocation of its exact size.
    static func encode(entities: [EntityMention], quotes: [Quotation]) -> String {
        let count = byteCount(entities: entities, quotes: quotes)
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var sink = Sink(buffer: buffer, flush: nil)
            write(entities: entities, quotes: quotes, to: &sink)
            return sink.count
        }
    }

    /// How many bytes the text has.
    static func byteCount(entities: [EntityMention], quotes: [Quotation]) -> Int {
        var counter = Sink(buffer: nil, flush: nil)
        write(entities: entities, quotes: quotes, to: &counter)
        return counter.total
    }

    /// The text in chunks of at most `chunkSize` bytes, in order; `chunk` is called with
    /// each (the buffer is reused: copy what you keep).
    static func write(
        entities: [EntityMention], quotes: [Quotation], chunkSize: Int = 1 << 16,
        to chunk: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(16, chunkSize))
        defer { buffer.deallocate() }
        withoutActuallyEscaping(chunk) { chunk in
            var sink = Sink(buffer: buffer, flush: chunk)
            write(entities: entities, quotes: quotes, to: &sink)
            sink.flushBuffer()
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

    /// Counts the bytes written (no buffer), or writes them into a buffer: a buffer of
    /// the text's size (no `flush`), or a smaller one handed to `flush` whenever it is full.
    private struct Sink {
        let buffer: UnsafeMutableBufferPointer<UInt8>?
        let flush: ((UnsafeBufferPointer<UInt8>) -> Void)?
        /// Bytes in the buffer.
        var count = 0
        /// Bytes flushed before them.
        var flushed = 0

        var total: Int { flushed + count }

        @inline(__always) mutating func byte(_ b: UInt8) {
            if let buffer {
                if count == buffer.count { flushBuffer() }
                buffer[count] = b
            }
            count += 1
        }

        mutating func flushBuffer() {
            guard let buffer, let flush, count > 0 else { return }
            flush(UnsafeBufferPointer(rebasing: buffer[..<count]))
            flushed += count
            count = 0
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
        var text = text
        return text.withUTF8 { decode(bytes: $0) }
    }

    /// ``decode(_:)`` from the text's bytes (the library hands over its row's bytes
    /// without copying them into a string first).
    static func decode(bytes: UnsafeBufferPointer<UInt8>) -> (entities: [EntityMention], quotes: [Quotation])? {
        var entities: [EntityMention] = []
        var quotes: [Quotation] = []
        // Split on the bytes of newline and tab: a split on characters would run
        // grapheme breaking over the whole text (the reader decodes its first article's
        // analysis before the first screen).
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if lineEnd == lineStart { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for i in lineStart..<lineEnd where bytes[i] == 0x09 {
                fields.append(fieldStart..<i)
                fieldStart = i + 1
            }
            fields.append(fieldStart..<lineEnd)
            guard fields.count == 7, let block = number(bytes, fields[2]), let start = number(bytes, fields[3]),
                  let end = number(bytes, fields[4]) else { return nil }
            let location = TextLocation(block: block, start: start, end: end)
            let kind = bytes[fields[0]]
            guard kind.count == 1 else { return nil }
            switch kind.first {
            case UInt8(ascii: "E"):
                guard let type = EntityType(rawValue: String(decoding: bytes[fields[1]], as: UTF8.self)) else { return nil }
                entities.append(EntityMention(
                    text: unescape(bytes[fields[6]]), type: type, canonical: unescape(bytes[fields[5]]), location: location))
            case UInt8(ascii: "Q"):
                let speaker = fields[5].isEmpty ? nil : unescape(bytes[fields[5]])
                let partial = bytes[fields[1]].elementsEqual([UInt8(ascii: "1")])
                quotes.append(Quotation(text: unescape(bytes[fields[6]]), speaker: speaker, partial: partial, location: location))
            default:
                return nil
            }
        }
        return (entities, quotes)
    }

    /// A decimal number (`-` allowed), or nil.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        let negative = i < range.upperBound && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard i < range.upperBound else { return nil }
        var value = 0
        while i < range.upperBound {
            let digit = Int(bytes[i]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = sum
            i += 1
        }
        return negative ? -value : value
    }

    private static func unescape(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard s.contains(UInt8(ascii: "\\")) else { return String(decoding: s, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var escaped = false
        for b in s {
            if escaped {
                switch b {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                default: out.append(b)
                }
                escaped = false
            } else if b == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
