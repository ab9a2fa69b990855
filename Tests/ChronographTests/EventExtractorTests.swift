import ChronographCore
import Testing
@testable import ChronographExtract

/// Event typing, headlines and award linking, on sentences written for these tests.
@Suite struct EventExtractorTests {
    let types = EventTypeRules.standard

    func type(_ sentence: String) -> EventType {
        types.type(before: [], after: Words.split(sentence))
    }

    @Test(arguments: [
        ("In 2012 the council signed a ten-year contract with a regional utility.", EventType.partnership),
        ("The town outsourced its payroll to a private firm in 2003.", .partnership),
        ("In 2016 the province adopted a Digital Strategy for its rural districts.", .policy),
        ("Parliament passed a law liberalizing the telecom market in 1998.", .policy),
        ("By 2014 the operator had laid 300 km of fiber to homes.", .network),
        ("A municipal Wi-Fi service with 800 hotspots opened in 2019.", .network),
        ("In 2011 the library launched a coding program for teenagers.", .initiative),
        ("The first maker festival was held in 2015.", .initiative),
        ("The mayor was re-elected in 2008.", .milestone),
        ("Visitors to the old port reached 2 million in 2018.", .milestone),
        ("Unemployment fell to 4% in 2019.", .milestone),
        ("In 2017 the city won the European Prize for Urban Innovation.", .award),
        ("The town was ranked third among small cities in 2021.", .award),
    ])
    func cuesType(sentence: String, expected: EventType) {
        #expect(type(sentence) == expected)
    }

    @Test func nearbyCuesOutweighDistantOnes() {
        // "subscribers" sits next to the date; "pilot services" only far later in the clause.
        let before = Words.split("The testers group counted 4,000 subscribers")
        let after = Words.split("who were recruited last spring by the council and later join pilot services")
        #expect(types.type(before: before, after: after) == .milestone)
    }

    @Test func otherDatedHappeningsDoNotLendTheirCues() {
        let sentence = "A protest movement grew in the 1990s and led to a new constitution in 2005."
        let tagger = TemporalTagger.standard
        var context = TemporalContext()
        let profile = Profile(name: "Veldt", nameSpan: SourceSpan(document: "v.txt", start: 0, end: 5),
                              sentences: [Sentence(text: sentence, span: SourceSpan(document: "v.txt", start: 6, end: 6 + sentence.unicodeScalars.count), index: 0)])
        #expect(tagger.tag(sentence, context: &context).count == 2)
        let events = EventExtractor().events(in: profile)
        #expect(events.map(\.type) == [.milestone, .policy])
    }

    @Test func aCenturyAsDestinationIsNoEvent() {
        let sentence = "After the war the port town set out on a long journey into the 21st century."
        let profile = Profile(name: "Veldt", nameSpan: SourceSpan(document: "v.txt", start: 0, end: 5),
                              sentences: [Sentence(text: sentence, span: SourceSpan(document: "v.txt", start: 6, end: 6 + sentence.unicodeScalars.count), index: 0)])
        #expect(EventExtractor().events(in: profile).allSatisfy { $0.date.description != "20XX" })
    }

    @Test func noCueMeansMilestone() {
        #expect(type("Something happened in 1950.") == .milestone)
    }

    @Test func headlineDropsTheExpressionAndItsIntroducer() {
        let sentence = "Beginning in 2018, the harbour authority has hosted an annual robotics fair."
        let range = Self.range(of: "2018", in: sentence)
        let clause = Clause.around(range, in: sentence)
        #expect(Headline.make(clause: clause, expression: range, in: sentence)
                == "The harbour authority has hosted an annual robotics fair")
    }

    @Test func headlineRemovesCommaPairAroundExpression() {
        let sentence = "The old mill, in 1921, became a school."
        let range = Self.range(of: "1921", in: sentence)
        let clause = Clause.around(range, in: sentence)
        #expect(Headline.make(clause: clause, expression: range, in: sentence) == "The old mill became a school")
    }

    @Test func headlineIsShort() {
        let sentence = "In 2004 the regional council approved a very long list of measures meant to modernise every single public service in the valley."
        let range = Self.range(of: "2004", in: sentence)
        let headline = Headline.make(clause: Clause.around(range, in: sentence), expression: range, in: sentence)
        #expect(headline.split(separator: " ").count <= 12)
        #expect(headline.hasSuffix("…"))
    }

    @Test func narrativeAwardTypesTheEventAndFeedsTheCommunity() {
        let sentence = "In 2016, the Global Harbour Network named the city its Waterfront Community of the Year."
        let span = SourceSpan(document: "t.txt", start: 11, end: 11 + sentence.unicodeScalars.count)
        let profile = Profile(name: "Port Ellis", nameSpan: SourceSpan(document: "t.txt", start: 0, end: 10),
                              sentences: [Sentence(text: sentence, span: span, index: 0)])
        let extraction = Extractor().extract([profile])
        let award = extraction.communities[0].awards
        #expect(award == [AwardRecord(award: "Waterfront Community of the Year", year: 2016)])
        #expect(extraction.events.map(\.type) == [.award])
        #expect(extraction.events[0].themes.contains("recognition"))
    }

    static func range(of needle: String, in text: String) -> Range<Int> {
        let scalars = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        let start = (0...(scalars.count - n.count)).first { Array(scalars[$0..<$0 + n.count]) == n }!
        return start..<start + n.count
    }
}
