import ChronographCore
import ChronographIngest
import Testing
@testable import ChronographExtract

/// Event types from the clause that holds the date, and awards in any wording, on sentences
/// written for these tests.
@Suite struct EventTypeAndAwardTests {
    static func profile(_ sentences: [String]) -> Profile {
        var offset = 10
        let list = sentences.enumerated().map { i, text in
            defer { offset += text.unicodeScalars.count + 1 }
            return Sentence(text: text, span: SourceSpan(document: "t.txt", start: offset, end: offset + text.unicodeScalars.count), index: i)
        }
        return Profile(name: "Port Ellis", nameSpan: SourceSpan(document: "t.txt", start: 0, end: 9), sentences: list)
    }

    func types(_ sentence: String) -> [EventType] {
        EventExtractor().events(in: Self.profile([sentence])).map(\.type)
    }

    @Test(arguments: [
        // A figure reached is a milestone even beside a programme's name.
        ("By 2019 more than 4,000 volunteers had joined the Harbour Helpers programme.", EventType.milestone),
        ("In 2021 the library's coding club counted 1,200 members.", .milestone),
        // Mergers, acquisitions, tenders and joint ventures are partnerships.
        ("In 2009 the two river boroughs completed their merger.", .partnership),
        ("A regional carrier acquired the municipal cable company in 2014.", .partnership),
        ("In 2017 a consortium of three firms won the tender for the metro line.", .partnership),
        // Committees, taskforces, plans and targets adopted are policies.
        ("In 2012 the council formed a taskforce on digital skills.", .policy),
        ("The mayor set a target of zero waste in 2018.", .policy),
        ("By 2035 the town will halve the energy its buildings use.", .policy),
        // Being shortlisted, made a finalist or inscribed is an award.
        ("In 2016 the harbour walk was shortlisted for a national design prize.", .award),
        ("The old salt works were inscribed on the heritage list in 2001.", .award),
        ("In 2010 Port Ellis was one of nine finalists in a continental contest.", .award),
        // Things built, finished and opened are initiatives.
        ("The new ferry terminal was inaugurated in 1998.", .initiative),
        ("Work on the innovation campus was completed in 2020.", .initiative),
        ("The governor performed the formal opening of the marina on 4 May 1999.", .initiative),
    ])
    func typeFollowsTheDefinitions(sentence: String, expected: EventType) {
        #expect(types(sentence).first == expected)
    }

    @Test func aVerblessClauseSharesThePreviousVerb() {
        #expect(types("The Coastal League shortlisted the town in 2004, again in 2006 and once more in 2009.")
                == [.award, .award, .award])
    }

    @Test func aDateUsedAsALabelTakesTheWordsAfterIt() {
        #expect(types("- 2011: The council signs a ten-year contract with a water utility.") == [.partnership])
    }

    @Test func countsAreMarkedAsFiguresButMeasuresAreNot() {
        let rules = EventTypeRules.standard
        #expect(rules.markingFigures(Words.split("300 new employers")).first == "<figure>")
        #expect(rules.markingFigures(Words.split("1,500 staff")).contains("<figure>"))
        #expect(!rules.markingFigures(Words.split("40 acres of land")).contains("<figure>"))
        #expect(!rules.markingFigures(Words.split("five years later")).contains("<figure>"))
    }

    let finder = NarrativeAwardFinder.standard

    @Test(arguments: [
        ("In 2015 the Delta Forum named Port Ellis its Coastal Town of the Year.", "Coastal Town of the Year"),
        ("The harbour board won the Blue Flag Award in 2012.", "Blue Flag Award"),
        ("In 2008 the scheme was one of 12 finalists for the Northern Design Awards.", "Northern Design Awards"),
        ("The town made the Smart21 list in 2019.", "Smart21"),
        ("In 2013 the council is named Employer of the Year.", "Employer of the Year"),
        ("By 2016 the scheme had collected two Green Harbour Awards.", "Green Harbour Awards"),
        ("In 2020 it received the gold prize of the Pacific Port Awards.", "Pacific Port Awards"),
        ("In 2021 it received the First Prize of the Open Water Awards.", "Open Water Awards"),
        ("In 2017 it won the Water Ministry's Award for Public Service Reform.", "Water Ministry's Award for Public Service Reform"),
        ("In 2011 the Delta Forum placed the town in its Top Seven.", "Top7"),
        ("In 2022 the mayor won the Ocean Cities Challenge.", "Ocean Cities Challenge"),
        ("The Coastal League named Port Ellis a Blue-Water Town in 2007.", "Blue-Water Town"),
    ])
    func narrativeAwardWordings(sentence: String, award: String) {
        #expect(finder.find(in: sentence).map(\.name) == [award])
    }

    @Test func plainSentencesNameNoAward() {
        #expect(finder.find(in: "In 2012 the council named its new ferry after a local poet.").isEmpty)
        #expect(finder.find(in: "The fund received the money it needed in 2014.").isEmpty)
        #expect(finder.find(in: "In 2010 the board named its director a Trustee.").isEmpty)
    }

    @Test func awardAnnouncedForALaterYearIsDatedByTheAnnouncementAndRecordedForItsYear() {
        let extraction = Extractor().extract([Self.profile(
            ["On 3 November 2016 the Delta Forum named the town to its Smart21 Communities of 2017."])])
        #expect(extraction.communities[0].awards.contains(AwardRecord(award: "Smart21", year: 2017)))
        let event = extraction.events.first { $0.date.description == "2016-11-03" }
        #expect(event?.type == .award)
    }

    @Test func repeatedAwardGivesARecordPerYear() {
        let extraction = Extractor().extract([Self.profile(
            ["The Delta Forum named Port Ellis its Coastal Town of the Year in 2005, again in 2009 and once more in 2012."])])
        #expect(Set(extraction.communities[0].awards.map(\.year)) == [2005, 2009, 2012])
        #expect(extraction.events.allSatisfy { $0.type == .award })
    }

    @Test func awardDateComesFromItsOwnClause() {
        let extraction = Extractor().extract([Self.profile(
            ["In May 2011 the town won the Blue Flag Award, and on 2 June 2013 the port opened a new marina."])])
        #expect(extraction.communities[0].awards == [AwardRecord(award: "Blue Flag Award", year: 2011)])
    }
}
