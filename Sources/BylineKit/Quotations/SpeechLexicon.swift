/// The small word lists quotation analysis relies on, hashed once (see
/// ``ScalarClass/hash(_:_:)``) so look-ups need no `String`.
///
/// They describe English news style in general (reporting verbs, pronouns, words that
/// introduce a name rather than someone's words); none is tuned to one article.
enum SpeechLexicon {
    private static func set(_ words: String) -> WordSet {
        WordSet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ScalarClass.hash(String($0)) })
    }

    /// Verbs and nouns that report words: `said`, `told`, `tweeted`, `in a statement`.
    static let cues = set("""
        say says said saying tell tells told telling add adds added adding stated stating \
        write writes wrote writing written tweets tweeted tweeting post posts posted posting \
        call calls called calling describe describes described describing portray portrays portrayed portraying \
        insist insists insisted insisting warn warns warned warning claim claims claimed claiming \
        argue argues argued arguing announce announces announced announcing declare declares declared declaring \
        explain explains explained explaining note notes noted noting urge urges urged urging \
        ask asks asked asking reply replies replied replying respond responds responded responding \
        comment comments commented commenting remark remarks remarked acknowledge acknowledged acknowledges \
        admit admits admitted confirm confirms confirmed deny denies denied label labels labelled labeled \
        brand branded condemn condemns condemned criticise criticised criticize criticized \
        praise praised accuse accused accuses vow vows vowed promise promised pledge pledged \
        demand demanded demands suggest suggests suggested predict predicted report reports reported \
        according statement interview quoted quoting testify testified testimony recall recalls recalled recalling \
        continue continues continued conclude concludes concluded cite cites cited \
        characterize characterized characterise characterised characterizing dismiss dismissed hail hailed \
        deem deemed term termed refer referred refers speak speaks spoke speaking stress stressed \
        emphasise emphasised emphasize emphasized observe observed observing complain complained \
        lament lamented joke joked agree agreed thank thanked thanks mourn mourned read reads \
        propose proposed elaborate elaborated react reacted inform informed caution cautioned \
        assure assured announcement remarks message letter speech tweet blog wrote insisting \
        threaten threatened threatens pray prayed recount recounted reiterate reiterated \
        mention mentioned boast boasted shout shouted yell yelled exclaim exclaimed whisper whispered \
        plead pleaded appealed ruled ruling judgment judgement verdict \
        decree filing affidavit telegram podcast defended defends advised advises countered retorted \
        conceded concedes maintained maintains alleged alleges asserted asserts contended revealed disclosed \
        welcomed questioned challenged expressed wondered indicated texted emailed messaged echoed \
        blasted slammed lambasted derided mocked hinted quipped mused answered answers begged implored \
        justified decided \
        interject interjects interjected interjecting quip quips quipping concede conceding \
        countering counters retort retorts retorting muse muses musing scoff scoffs scoffed \
        sigh sighs sighed snapped confide confides confided confiding reflected affirm affirms affirmed \
        opine opines opined chimed vowing pledges pledging admitting acknowledging cautions cautioning \
        remarking continuing reasoned reasons insisting warn
        """)

    /// Reporting verbs whose object is the one spoken to or about, not the speaker
    /// (`X accused Y of …`, `X told Y`): a name right after one is not the subject.
    static let objectVerbs = set("""
        accuse accuses accused accusing tell tells told telling warn warns warned warning \
        urge urges urged urging ask asks asked asking thank thanks thanked thanking \
        criticise criticises criticised criticising criticize criticizes criticized criticizing \
        praise praises praised praising blame blames blamed blaming inform informs informed informing \
        remind reminds reminded reminding assure assures assured assuring reassured \
        condemn condemns condemned condemning congratulate congratulated congratulating \
        call calls called calling slammed blasted lambasted derided mocked
        """)

    /// Cues that are weak on their own: they name a saying but need a nearby subject.
    static let according = ScalarClass.hash("according")
    static let to = ScalarClass.hash("to")
    static let by = ScalarClass.hash("by")
    static let asWord = ScalarClass.hash("as")
    static let called = ScalarClass.hash("called")

    /// Nouns that tell the gender of the person they name (`his wife Ann`, `Ann, the fiancée of`).
    static let maleNouns = set("""
        mr sir lord king prince father brother son husband boyfriend fiancé fiance man actor \
        chairman congressman businessman spokesman grandfather uncle nephew widower monk
        """)
    static let femaleNouns = set("""
        mrs ms miss dame lady queen princess mother sister daughter wife girlfriend fiancée fiancee \
        woman actress chairwoman congresswoman businesswoman spokeswoman grandmother aunt niece widow \
        nun assemblywoman
        """)

    /// Words between which and a reporting verb a passive is formed (`was described`).
    static let passiveAux = set("was were is are be been being")

    static let he = set("he")
    static let she = set("she")
    static let masculine = set("he his him himself")
    static let feminine = set("she her hers herself")
    /// Pronouns that name no one the article identifies.
    static let opaquePronouns = set("they we i it you one someone somebody everyone nobody")

    /// Prepositions that make a name a complement rather than the subject
    /// (`Bill Gerstenmaier of NASA`, `speaking to the BBC`).
    static let prepositions = set("""
        of at for from in with on to by about against into over via under among between \
        after before during near than toward towards across through within without behind
        """)

    /// Plural or collective sources that stay unnamed (`critics`, `police`).
    static let anonymousGroups = set("""
        critics protesters protestors demonstrators witnesses eyewitnesses police officers officials \
        experts analysts residents locals sources observers people others members lawmakers senators \
        legislators mps children parents neighbours neighbors relatives friends commentators activists \
        campaigners opponents supporters scientists researchers doctors authorities spokespeople \
        representatives organisers organizers students teachers workers staff
        """)

    /// Singular sources that stay unnamed after `a`, `an`, `one`, `another` (`One MP`).
    static let anonymousSingles = set("""
        mp official witness eyewitness source resident expert analyst spokesperson spokesman spokeswoman \
        person man woman member interviewee attendee protester protestor observer local officer \
        senator lawmaker diplomat aide insider commentator user neighbour neighbor friend relative \
        representative student teacher worker doctor nurse survivor victim passenger
        """)

    /// Words that stand for the body a person speaks for (`an Acme Rail spokesperson`).
    static let spokespeople = set("""
        spokesperson spokesman spokeswoman spokespeople spokespersons officials official representative \
        representatives government authorities
        """)

    static let indefinite = set("a an one another some many several two three four the")

    /// Role nouns that refer back to a named person (`the archbishop said`).
    static let roles = set("""
        president prime minister premier chancellor archbishop bishop cardinal pope judge mayor governor \
        senator congressman congresswoman king queen prince princess chief director chairman chairwoman \
        chair leader secretary ambassador general commander coach manager captain founder professor \
        mother father son daughter wife husband sister brother actor actress singer author writer \
        attorney lawyer prosecutor sheriff commissioner inspector superintendent detective \
        spokesperson executive ceo chancellor emperor dictator rapper drummer minister
        """)

    /// Words that make the quoted words a name, a title or a term (`nicknamed "Ripley"`).
    static let naming = set("""
        named nicknamed dubbed titled entitled word words term terms phrase name names slogan \
        hashtag motto headline label designation codenamed renamed case
        """)

    /// Adverbs that turn `called` into naming (`commonly called "swine flu"`).
    static let namingAdverbs = set("commonly often widely sometimes also popularly locally affectionately informally so")

    /// `known as`, `referred to as`.
    static let namingBeforeAs = set("known referred billed")

    /// Objects whose text is displayed, not spoken (`a banner saying "…"`).
    static let displays = set("""
        banner banners placard placards sign signs poster posters slogan slogans billboard billboards \
        graffiti t-shirt t-shirts shirt shirts sticker stickers
        """)

    /// `the`, `a`, `an`: skipped when looking at the word before a mark.
    static let articles = set("the a an its his her their our")

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations = set("""
        mr mrs ms dr prof st jr sr gen col lt sgt rep sen gov mt no vs etc inc co corp ltd u.s u.k \
        a.m p.m jan feb mar apr aug sept sep oct nov dec capt cmdr adm rev fr hon
        """)

    /// Honorifics that tell a person's gender.
    static let maleTitles = set("mr mr. sir lord king prince father brother")
    static let femaleTitles = set("mrs mrs. ms ms. miss dame lady queen princess sister mother")

    /// Words of a conjunction or relative clause that do not start an attribution
    /// (`"…" and …`, `"…" which …`).
    static let clauseStarters = set("and or but which that who whom whose because while although")

    static let relativePronouns = set("which who whom whose")

    /// Words too common to tie a lower-case noun to an organisation's name.
    static let orgStopWords = set("of the and for in on at de la du des del to a an new national international")
}
