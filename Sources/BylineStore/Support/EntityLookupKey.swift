import Foundation

/// The folded form of a person's or organisation's name used for look-ups, so that
/// spelling variants find each other.
///
/// ```swift
/// EntityLookupKey.make("Kim Jong-un")   // "kim jong un"
/// EntityLookupKey.make("KIM JONG UN")   // "kim jong un"
/// EntityLookupKey.make("José Martí")    // "jose marti"
/// ```
enum EntityLookupKey {
    static func make(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            let isWordCharacter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordCharacter {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
                // O'Brien and O’Brien are one name; so are "U.S." and "US".
                continue
            } else {
                pendingSpace = true
            }
        }
        return result.lowercased()
    }

    /// The key of the last word of a multi-word person name (`"Donald Trump"` →
    /// `"trump"`), so a surname alone finds the person. Nil for a hyphenated last word
    /// (`"Kim Jong-un"`: "un" is no surname) and for one-letter words.
    static func surname(of name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return nil }
        let key = make(String(last))
        return key.count >= 2 && !key.contains(" ") ? key : nil
    }
}
