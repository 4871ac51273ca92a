import BylineKit
import BylineTestSupport
import Testing

/// Parses a small article: a headline, then paragraphs separated by blank lines.
private func article(_ paragraphs: String...) -> Article {
    ArticleParser.parse(text: "Headline for a test\n\n" + paragraphs.joined(separator: "\n\n") + "\n", path: "test.txt").article
}

private func mentions(_ paragraphs: String...) -> [EntityMention] {
    let a = ArticleParser.parse(text: "Headline for a test\n\n" + paragraphs.joined(separator: "\n\n") + "\n", path: "test.txt").article
    return EntityRecognizer.shared.mentions(in: a)
}

@Suite("Entities of the seed article")
struct SeedEntityTests {
    let mentions = EntityRecognizer.shared.mentions(in: try! ArticleLoader().load(path: Fixtures.seed).article)

    @Test func kimFormsJoin() {
        assertEntity(mentions, "Kim Jong Un", .person, canonical: "Kim Jong-un")
        assertEntity(mentions, "Kim Jong-un", .person, canonical: "Kim Jong-un")
        assertEntity(mentions, "Mr Kim", .person, canonical: "Kim Jong-un")
    }

    @Test func agencyAndInitials() {
        assertEntity(mentions, "Korean Central News Agency", .org, canonical: "Korean Central News Agency")
        assertEntity(mentions, "KCNA", .org, canonical: "Korean Central News Agency")
    }

    @Test func photoAndWireCredits() {
        assertEntity(mentions, "Korea News Service", .org)
        assertEntity(mentions, "AP", .org)
        assertEntity(mentions, "Michael M Santiago", .person)
        assertEntity(mentions, "PA", .org)
    }

    @Test func placesAndShortForms() {
        assertEntity(mentions, "US", .place, canonical: "United States")
        assertEntity(mentions, "North", .place, canonical: "North Korea")
        assertEntity(mentions, "South", .place, canonical: "South Korea")
        assertEntity(mentions, "West", .place)
        assertEntity(mentions, "North Korean", .norp)
    }

    @Test func titlesAndCourtesy() {
        assertEntity(mentions, "Trump", .person, canonical: "Donald Trump")  // President-elect Trump
        assertNoEntity(mentions, "President-elect Trump")
        assertEntity(mentions, "Prof Hwang", .person, canonical: "Hwang Ildo")
        assertEntity(mentions, "Mr Biden", .person, canonical: "Joe Biden")
        assertEntity(mentions, "Mr Thompson", .person, canonical: "Patrick Thompson")
    }

    @Test func sentenceStartsAreNoNames() {
        assertNoEntity(mentions, "Meanwhile")
        assertNoEntity(mentions, "Yet")
        assertNoEntity(mentions, "War")
    }

    @Test func organisationThenPlaceThenPerson() {
        // "Amnesty International Ukraine researcher Patrick Thompson"
        assertEntity(mentions, "Amnesty International", .org)
        assertEntity(mentions, "Ukraine", .place)
        assertEntity(mentions, "Patrick Thompson", .person)
        assertNoEntity(mentions, "Amnesty International Ukraine")
    }

    @Test func datesAreMarked() {
        #expect(mentions.contains { $0.type == .date && $0.text == "Monday" })
        #expect(mentions.contains { $0.type == .date && $0.text == "2018" })
    }
}

@Suite("Entity recognition cases")
struct EntityCaseTests {
    @Test func possessivesStraightAndCurly() {
        let m = mentions("North Korea’s army met Japan's navy and the Witnesses' lawyers.")
        assertEntity(m, "North Korea", .place)
        assertEntity(m, "Japan", .place)
        assertNoEntity(m, "North Korea’s")
        assertNoEntity(m, "Japan's")
    }

    @Test func diacriticsAndHyphens() {
        let m = mentions("Jarosław Kaczyński met Jean-Yves Le Drian and Eva Glawischnig-Piesczek in Gdańsk. Kaczyński said little.")
        assertEntity(m, "Jarosław Kaczyński", .person)
        assertEntity(m, "Kaczyński", .person, canonical: "Jarosław Kaczyński")
        assertEntity(m, "Jean-Yves Le Drian", .person)
        assertEntity(m, "Eva Glawischnig-Piesczek", .person)
        assertEntity(m, "Gdańsk", .place)
    }

    @Test func mentionsSpelledWithAndWithoutDiacriticsAreOneEntity() {
        let m = mentions(
            "Mayor Ayşe Yıldız opened the Çarşı bridge on Monday.",
            "Yildiz said the bridge cost less than planned. Critics of Mayor Yildiz disagreed, and Kaczynski said so.",
            "Jarosław Kaczyński, a councillor, voted against it.")
        assertEntity(m, "Ayşe Yıldız", .person, canonical: "Ayşe Yıldız")
        assertEntity(m, "Yildiz", .person, canonical: "Ayşe Yıldız")
        assertEntity(m, "Kaczynski", .person, canonical: "Jarosław Kaczyński")
    }

    @Test func acronymsJoinTheirLongForm() {
        let m = mentions("The World Health Organization (WHO) and NATO met. WHO officials spoke to the BBC.")
        assertEntity(m, "World Health Organization", .org)
        assertEntity(m, "WHO", .org, canonical: "World Health Organization")
        assertEntity(m, "NATO", .org)
        assertEntity(m, "BBC", .org)
    }

    @Test func jobTitlesAreLeftOut() {
        let m = mentions("Prime Minister Boris Johnson spoke. US president Joe Biden and Russian President Vladimir Putin did not. Dr Gary Mortimer agreed.")
        assertEntity(m, "Boris Johnson", .person)
        assertEntity(m, "Joe Biden", .person)
        assertEntity(m, "US", .place)
        assertEntity(m, "Russian", .norp)
        assertEntity(m, "Vladimir Putin", .person)
        assertEntity(m, "Gary Mortimer", .person)
        assertNoEntity(m, "Prime Minister Boris Johnson")
        assertNoEntity(m, "Dr Gary Mortimer")
    }

    @Test func namesBrokenOverALineEnd() {
        // The parser joins the lines of a paragraph with a space.
        let a = ArticleParser.parse(text: "Headline\n\nThe report was written by Hatice\nCengiz in Istanbul.\n", path: "t.txt").article
        let m = EntityRecognizer.shared.mentions(in: a)
        assertEntity(m, "Hatice Cengiz", .person)
        assertEntity(m, "Istanbul", .place)
    }

    @Test func surnamesOfTwoPeopleStayApart() {
        let m = mentions("Boris Johnson met Andrew Johnson's biographer. Johnson said nothing.")
        assertEntity(m, "Boris Johnson", .person, canonical: "Boris Johnson")
        assertEntity(m, "Andrew Johnson", .person, canonical: "Andrew Johnson")
        assertEntity(m, "Johnson", .person, canonical: "Johnson")
    }

    @Test func organisationWordsAndPlaceWords() {
        let m = mentions("He studied at the Medical University of Gdańsk and walked down Downing Street to the Joint Chiefs of Staff.")
        assertEntity(m, "Medical University of Gdańsk", .org)
        assertEntity(m, "Downing Street", .place)
        assertEntity(m, "Joint Chiefs of Staff", .org)
        assertNoEntity(m, "Gdańsk")
    }

    @Test func lawsEventsAndDiseasesAreNoEntities() {
        let m = mentions("Under the Geneva Convention, and since the Cold War, COVID-19 has spread.")
        assertNoEntity(m, "Geneva Convention")
        assertNoEntity(m, "Geneva")
        assertNoEntity(m, "Cold War")
        assertNoEntity(m, "COVID-19")
    }

    @Test func aTownStaysAPlaceBesideAnOrganisationNamedAfterIt() {
        let m = mentions("A killer from Toronto, Canada, pleaded guilty. Toronto Police were criticised.")
        assertEntity(m, "Toronto", .place, canonical: "Toronto")
        assertEntity(m, "Toronto Police", .org)
    }

    @Test func aGivenNameThatIsAlsoATownIsAPersonBeforeSaid() {
        let m = mentions("His wife Mary said he would be missed.")
        assertEntity(m, "Mary", .person)
    }

    @Test func countriesWithTheAndRegionsOfLargeCountries() {
        let m = mentions("Flights to Denmark, France and the Netherlands resumed. Hyderabad is the capital of Telangana; Heraklion is on Crete.")
        assertEntity(m, "Netherlands", .place)
        assertEntity(m, "Telangana", .place)
        assertEntity(m, "Crete", .place)
    }

    @Test func dashesInsideAndBesideNames() {
        let m = mentions("The African Export–Import Bank lent money to the Kurdish-led Syrian Democratic Forces.")
        assertEntity(m, "African Export–Import Bank", .org)
        assertEntity(m, "Kurdish", .norp)
        assertEntity(m, "Syrian Democratic Forces", .org)
        assertNoEntity(m, "Kurdish-led Syrian Democratic Forces")
    }

    @Test func pluralTitlesAreLeftOut() {
        let m = mentions("On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed.")
        assertEntity(m, "Muhammadu Buhari", .person)
        assertNoEntity(m, "Presidents Muhammadu Buhari")
    }

    @Test func namesListedTogetherShareATypeOrTheirHeadNouns() {
        let m = mentions("Firms including Vandelay Industries, Kruger and Brightwell pulled out. Flights to Spain, Greece and Elbonia stopped.")
        assertEntity(m, "Kruger", .org)
        assertEntity(m, "Brightwell", .org)
        assertEntity(m, "Elbonia", .place)
    }

    @Test func aListIsNoAppositionAndNoPersonBesideACountry() {
        let m = mentions("The mayor of London, Sadiq Khan, spoke. It is a big win for Iran and Assad, said Lindsey Graham.")
        assertEntity(m, "Sadiq Khan", .person)
        assertEntity(m, "Assad", .person)
    }

    @Test func unknownNamesAfterInOrAtArePlaces() {
        let m = mentions("Fighters escaped from a camp at Ain Issa. He lived in Tomasz Sekielski's film.")
        assertEntity(m, "Ain Issa", .place)
        assertEntity(m, "Tomasz Sekielski", .person)
    }

    @Test func aWordThatBeginsAnOrganisationIsThatOrganisation() {
        let m = mentions("He joined the Scripps Institution of Oceanography. Later he returned to Scripps.")
        assertEntity(m, "Scripps", .org, canonical: "Scripps Institution of Oceanography")
    }

    @Test func possessivesInsideOrganisationNames() {
        let m = mentions("The Alachua Sheriff's Office and the People's Protection Units (YPG) said so.")
        assertEntity(m, "Alachua Sheriff's Office", .org)
        assertEntity(m, "People's Protection Units", .org)
    }

    @Test func roadsWithNumbersAndCampusNames() {
        let m = mentions("The crash closed Interstate 75. She studied at the University of California, Los Angeles, then in Paris. Republic Act No. 3846 was cited.")
        assertEntity(m, "Interstate 75", .place)
        assertEntity(m, "University of California, Los Angeles", .org)
        assertNoEntity(m, "Republic Act No.")
        assertNoEntity(m, "Act No.")
    }

    @Test func emptyAndOddText() {
        #expect(mentions("").filter { $0.type != .date }.isEmpty)
        _ = mentions("’s 's ' - -- — Mr. . U.S. A. 2019-01-14 May 14, 2019 “ ” \u{301}x")
    }
}
