/// Keys of the words the entity scanner tests by identity: single words here, lists from
/// `scripts/entities/keywords/` (generated into ``KeywordData``).
///
/// ```swift
/// t[i].key == Keys.of                    // the token is `of` (or `Of`, `OF`)
/// Keys.personCues.contains(t[b].key)     // `said`, `told`, `died` … after a name
/// ```
enum Keys {
    static let of = NameKey("of")
    static let `for` = NameKey("for")
    static let on = NameKey("on")
    static let `in` = NameKey("in")
    static let and = NameKey("and")
    static let amp = NameKey("&")
    static let the = NameKey("the")
    static let house = NameKey("house")
    static let may = NameKey("may")
    static let area = NameKey("area")
    static let interstate = NameKey("interstate")
    static let or = NameKey("or")
    static let `as` = NameKey("as")
    static let such = NameKey("such")
    static let including = NameKey("including")
    static let like = NameKey("like")
    static let university = NameKey("university")
    static let people = NameKey("people")
    static let no = NameKey("no.")
    /// `daily`, `deutsche`: words that start an organisation's name.
    static let orgFirst = list(KeywordData.orgFirst)
    /// `in`, `at`: prepositions after which unknown words are more likely a place.
    static let strongLocative = list(KeywordData.strongLocative)
    /// `firms`, `companies`: plural nouns that type a list after them ORG.
    static let orgNouns = list(KeywordData.orgNouns)
    /// `countries`, `cities`: plural nouns that type a list after them PLACE.
    static let placeNouns = list(KeywordData.placeNouns)
    /// `north`, `western`: compass words.
    static let directions = list(KeywordData.directions)
    /// `in`, `from`, `visited`: words before a place.
    static let locative = list(KeywordData.locative)
    /// `said`, `told`, `died`, `who`: words after a person's name (the speech cues marked
    /// `person`, and `person-cues.txt`).
    static let personCues = KeySet(KeywordData.words(KeywordData.speechCues, tagged: "person")
                                   + KeywordData.words(KeywordData.personCues))
    /// `president`, `Mr`: words before a person's name.
    static let personNouns = list(KeywordData.personNouns)
    /// `in`, `last`, `since`: words before a bare month that make it a date.
    static let beforeMonth = list(KeywordData.beforeMonth)

    private static func list(_ list: String) -> KeySet { KeySet(KeywordData.words(list)) }
}
