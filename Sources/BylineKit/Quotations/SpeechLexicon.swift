/// The small word lists quotation analysis relies on, hashed once (see
/// ``NameKey``) so look-ups need no `String`.
///
/// They describe English news style in general (reporting verbs, pronouns, words that
/// introduce a name rather than someone's words); none is tuned to one article. Each list
/// is a file of `scripts/entities/keywords/` (`cues` is `speech-cues.txt`), generated into
/// ``KeywordData`` by `scripts/entities/build_keywords.py`.
///
/// ```swift
/// SpeechLexicon.cues.contains(NameKey("Said").value)   // true
/// ```
enum SpeechLexicon {
    private static func set(_ list: String) -> KeySet {
        KeySet(KeywordData.words(list))
    }

    /// Verbs and nouns that report words: `said`, `told`, `tweeted`, `in a statement`.
    static let cues = set(KeywordData.speechCues)

    /// Reporting verbs whose object is the one spoken to or about, not the speaker
    /// (`X accused Y of …`, `X told Y`): a name right after one is not the subject.
    static let objectVerbs = set(KeywordData.objectVerbs)

    /// Cues that are weak on their own: they name a saying but need a nearby subject.
    static let according = NameKey("according").value
    static let to = NameKey("to").value
    static let by = NameKey("by").value
    static let theWord = NameKey("the").value
    static let asWord = NameKey("as").value
    static let called = NameKey("called").value

    /// Nouns that tell the gender of the person they name (`his wife Ann`, `Ann, the fiancée of`).
    static let maleNouns = set(KeywordData.maleNouns)
    static let femaleNouns = set(KeywordData.femaleNouns)

    /// Words between which and a reporting verb a passive is formed (`was described`).
    static let passiveAux = set(KeywordData.passiveAux)

    static let he = set("he")
    static let she = set("she")
    static let masculine = set(KeywordData.masculine)
    static let feminine = set(KeywordData.feminine)
    /// Pronouns that name no one the article identifies.
    static let opaquePronouns = set(KeywordData.opaquePronouns)

    /// Prepositions that make a name a complement rather than the subject
    /// (`Bill Gerstenmaier of NASA`, `speaking to the BBC`).
    static let prepositions = set(KeywordData.prepositions)

    /// Plural or collective sources that stay unnamed (`critics`, `police`).
    static let anonymousGroups = set(KeywordData.anonymousGroups)

    /// Singular sources that stay unnamed after `a`, `an`, `one`, `another` (`One MP`).
    static let anonymousSingles = set(KeywordData.anonymousSingles)

    /// Words that stand for the body a person speaks for (`an Acme Rail spokesperson`).
    static let spokespeople = set(KeywordData.spokespeople)

    static let indefinite = set(KeywordData.indefinite)

    /// Role nouns that refer back to a named person (`the archbishop said`).
    static let roles = set(KeywordData.roles)

    /// Words that make the quoted words a name, a title or a term (`nicknamed "Ripley"`).
    static let naming = set(KeywordData.naming)

    /// Works and events whose short name may follow them in marks (`her post "I failed"`).
    static let works = set(KeywordData.works)

    /// Adverbs that turn `called` into naming (`commonly called "swine flu"`).
    static let namingAdverbs = set(KeywordData.namingAdverbs)

    /// `known as`, `referred to as`.
    static let namingBeforeAs = set(KeywordData.namingBeforeAs)

    /// Objects whose text is displayed, not spoken (`a banner saying "…"`).
    static let displays = set(KeywordData.displays)

    /// `the`, `a`, `an`: skipped when looking at the word before a mark.
    static let articles = set(KeywordData.articles)

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations = set(KeywordData.abbreviations)

    /// Honorifics that tell a person's gender.
    static let maleTitles = set(KeywordData.maleTitles)
    static let femaleTitles = set(KeywordData.femaleTitles)

    /// Words of a conjunction or relative clause that do not start an attribution
    /// (`"…" and …`, `"…" which …`).
    static let clauseStarters = set(KeywordData.clauseStarters)

    static let relativePronouns = set(KeywordData.relativePronouns)

    /// Words too common to tie a lower-case noun to an organisation's name.
    static let orgStopWords = set(KeywordData.orgStopWords)
}
