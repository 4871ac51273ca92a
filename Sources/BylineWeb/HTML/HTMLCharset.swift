import Foundation

/// Decodes a page's bytes to a Swift string (UTF-8) before gumbo, which reads UTF-8 only.
///
/// The character set comes from, in order: a byte-order mark, the HTTP header's charset
/// (`declared`), a `<meta charset>` or `<meta http-equiv content="…charset=…">` in the
/// first 4 KB. Labels for ISO-8859-1 and ASCII mean Windows-1252 (as browsers read
/// them); a page labelled otherwise whose bytes are valid UTF-8 with non-ASCII in them is
/// read as UTF-8 (labels lie more often than UTF-8 happens by chance); a page without a
/// label is UTF-8 if valid, else Windows-1252.
///
/// ```swift
/// HTMLCharset.decode(Data("<meta charset=iso-8859-1>caf\u{E9}".utf8)).text  // UTF-8 wins: "café"
/// HTMLCharset.decode(Data([0x3C, 0x70, 0x3E, 0x93, 0x61, 0x94])).text       // "<p>“a”"
/// ```
package enum HTMLCharset {
    package struct Decoded: Sendable {
        package var text: String
        /// The character set read (`utf-8`, `windows-1252`, `shift_jis`…).
        package var charset: String
        /// Set when the bytes did not fit the label (`labelled iso-8859-1, read as utf-8`).
        package var note: String?
    }

    package static func decode(_ data: Data, declared: String? = nil) -> Decoded {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: String(decoding: data.dropFirst(3), as: UTF8.self), charset: "utf-8")
        }
        if data.starts(with: [0xFF, 0xFE]), let s = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) {
            return Decoded(text: s, charset: "utf-16le")
        }
        if data.starts(with: [0xFE, 0xFF]), let s = String(data: data.dropFirst(2), encoding: .utf16BigEndian) {
            return Decoded(text: s, charset: "utf-16be")
        }
        let label = declared.flatMap(normalisedLabel) ?? metaCharset(in: data.prefix(4096))
        let utf8 = String(validating: data, as: UTF8.self)
        switch label {
        case nil, "utf-8":
            if let utf8 { return Decoded(text: utf8, charset: "utf-8") }
            if label == nil { return Decoded(text: windows1252(data), charset: "windows-1252") }
            return Decoded(text: String(decoding: data, as: UTF8.self), charset: "utf-8",
                           note: "invalid UTF-8; bad bytes are shown as \u{FFFD}")
        case let label?:
            if let utf8, data.contains(where: { $0 >= 0x80 }), !label.hasPrefix("utf-16") {
                return Decoded(text: utf8, charset: "utf-8", note: "labelled \(label), read as utf-8")
            }
            if ["windows-1252", "iso-8859-1", "us-ascii", "latin1"].contains(label) {
                return Decoded(text: windows1252(data), charset: "windows-1252")
            }
            if let encoding = encoding(for: label), let s = String(data: data, encoding: encoding) {
                return Decoded(text: s, charset: label)
            }
            return Decoded(text: windows1252(data), charset: "windows-1252",
                           note: "unknown or mismatched character set \(label), read as windows-1252")
        }
    }

    /// A lower-case label with the aliases folded (`latin1`, `iso_8859-1:1987` → `iso-8859-1`).
    static func normalisedLabel(_ raw: String) -> String? {
        let label = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"';")).lowercased()
        if label.isEmpty { return nil }
        switch label {
        case "utf8", "unicode-1-1-utf-8", "utf-8": return "utf-8"
        case "latin1", "latin-1", "iso8859-1", "iso_8859-1", "iso-8859-1", "l1", "cp1252", "cp819",
             "ascii", "us-ascii", "ansi_x3.4-1968", "windows-1252", "x-cp1252":
            return label == "windows-1252" || label == "cp1252" || label == "x-cp1252" ? "windows-1252" : "iso-8859-1"
        default:
            if label.hasPrefix("iso_8859-1") { return "iso-8859-1" }
            return label
        }
    }

    private static func encoding(for label: String) -> String.Encoding? {
        switch label {
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j", "ms_kanji": return .shiftJIS
        case "euc-jp", "x-euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1253": return .windowsCP1253
        case "windows-1254": return .windowsCP1254
        case "iso-8859-2", "latin2": return .isoLatin2
        case "utf-16", "utf-16le": return .utf16LittleEndian
        case "utf-16be": return .utf16BigEndian
        // Core Foundation's numbers for the common Chinese, Korean and Cyrillic sets.
        case "gb2312", "gbk", "gb18030", "x-gbk": return String.Encoding(rawValue: 0x8000_0632)
        case "big5", "big5-hkscs": return String.Encoding(rawValue: 0x8000_0A03)
        case "euc-kr", "ks_c_5601-1987": return String.Encoding(rawValue: 0x8000_0940)
        case "koi8-r": return String.Encoding(rawValue: 0x8000_0A02)
        default: return nil
        }
    }

    /// The charset named by a `<meta>` in `head`, found by a byte scan for `charset=`
    /// inside a `<meta` (the prescan browsers do; gumbo parses the page afterwards).
    static func metaCharset(in head: Data) -> String? {
        let bytes = [UInt8](head)
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let meta = Array("<meta".utf8), key = Array("charset".utf8)
        var i = 0
        while let m = find(meta, in: lower, from: i) {
            let end = lower[m...].firstIndex(of: 0x3E) ?? lower.count
            var j = m
            while let c = find(key, in: lower, from: j), c < end {
                var k = c + key.count
                while k < end, lower[k] == 0x20 { k += 1 }
                if k < end, lower[k] == 0x3D {
                    k += 1
                    while k < end, lower[k] == 0x20 || lower[k] == 0x22 || lower[k] == 0x27 { k += 1 }
                    var e = k
                    while e < end, ![0x22, 0x27, 0x20, 0x3B, 0x2F, 0x3E].contains(lower[e]) { e += 1 }
                    if e > k { return normalisedLabel(String(decoding: lower[k..<e], as: UTF8.self)) }
                }
                j = c + key.count
            }
            i = m + meta.count
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from start: Int) -> Int? {
        guard needle.count <= hay.count, start <= hay.count - needle.count else { return nil }
        var i = start
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ data: Data) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(data.count)
        for b in data {
            if b >= 0x80 && b <= 0x9F, let s = Unicode.Scalar(cp1252High[Int(b - 0x80)]) {
                scalars.append(s)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
