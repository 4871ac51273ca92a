/// A calendar date as articles state it (`2024-11-18`), validated on creation.
///
/// ```swift
/// ArticleDate(iso: "2024-02-29")  // valid, a leap day
/// ArticleDate(iso: "2023-02-29")  // nil: impossible date
/// ```
public struct ArticleDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The year, 1…9999.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, valid for the month and year.
    public let day: Int

    /// A date, or nil when it does not exist: `ArticleDate(year: 2023, month: 2, day: 29)` is nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= ArticleDate.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso: some StringProtocol) {
        // Ten ASCII bytes, read as they come: digits, with dashes at 4 and 7.
        var fields = (0, 0, 0)
        var k = 0
        for b in iso.utf8 {
            guard k < 10 else { return nil }
            if k == 4 || k == 7 {
                guard b == 0x2D else { return nil }
            } else {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                let digit = Int(b - 0x30)
                if k < 4 { fields.0 = fields.0 * 10 + digit } else if k < 7 { fields.1 = fields.1 * 10 + digit } else { fields.2 = fields.2 * 10 + digit }
            }
            k += 1
        }
        guard k == 10 else { return nil }
        self.init(year: fields.0, month: fields.1, day: fields.2)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Earlier dates first.
    public static func < (a: ArticleDate, b: ArticleDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Decodes `"YYYY-MM-DD"`; an impossible date is a decoding error.
    public init(from decoder: any Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = ArticleDate(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(s)"))
        }
        self = d
    }

    /// Encodes as `"YYYY-MM-DD"`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
