import ChronographCore
import Testing
@testable import ChronographExtract

/// The verb of the clause that holds the date types the event, with its object or subject, and
/// narrative awards keep to their own dates — on sentences written for these tests.
@Suite struct EventClauseTypeTests {
    func types(_ sentence: String) -> [EventType] {
        EventExtractor().events(in: EventTypeAndAwardTests.profile([sentence])).map(\.type)
    }

    @Test(arguments: [
        // A verb that says only that something came about takes its object's type.
        ("In 2014 the county launched a digital skills strategy.", EventType.policy),
        ("In 2016 the harbour trust launched a fibre-to-the-premises project for the docks.", .network),
        ("In 2013 the council created a regional development agency.", .policy),
        ("In 2019 the library introduced a lending card connecting residents with city services.", .initiative),
        // A passive or intransitive verb's thing is its subject.
        ("The Port Ellis Development Agency was established within the planning department in 2004.", .policy),
        ("The ferry museum opened in 2011.", .initiative),
        // A figure reached is a milestone; a network measured stays a network.
        ("By 2018 the festival had reached 40,000 visitors.", .milestone),
        ("By 2012 the town's fibre ring counted 120 miles of conduit.", .network),
        // Verbs with a type of their own, whatever the object names.
        ("In 1998 the village merged with two neighbouring townships.", .milestone),
        ("In 2018 the minister visited the new innovation centre.", .milestone),
        ("In 2013 the council dropped its plan for a tram line.", .milestone),
        ("By 2030 the town will cut its emissions by 40 percent.", .policy),
        ("In 2012 a local architect won the competition to design the new library.", .award),
        // A rank or designation that measures a state is a milestone, a heritage listing an award.
        ("In 2019 the survey ranked Port Ellis first among 80 coastal towns.", .award),
        ("In 2004 three of the town's wards ranked among the ten poorest in the region.", .milestone),
        ("In 2011 the island was designated as a separate county.", .milestone),
        ("The old salt town was designated a World Heritage Site in 1997.", .award),
        // A verb that says nothing by itself leaves the type to the clause's cues.
        ("In 2009 a regional builder won the tender for the harbour bridge.", .partnership),
        ("The end of the monopoly in 2001 opened the way for new carriers.", .policy),
        // The verb reported, the verb begun, a first of something.
        ("On 3 May 2011 the council announced that a local firm had won the tender for the ring road.", .partnership),
        ("In 2015 the utility began laying fibre along the river.", .network),
        ("In 2016 the utility connected its first business customers.", .initiative),
        // What a place was the first to do types it, where that names a type.
        ("In 2012 Port Ellis became the first town in the region to offer free public Wi-Fi.", .network),
        ("In 2012 Port Ellis became the first town in the region to offer residents a choice of doctors.", .milestone),
        // A light head passes its verb on to what follows "of".
        ("In 2017 the mayor announced the roll-out of a free outdoor wireless network.", .network),
        // A count measures: the subject when the object is only a count, a milestone after a
        // verb that measures, whatever the count names; a network measured stays a network.
        ("In 2016 the harbour hotspots recorded 50,000 sessions.", .network),
        ("In 2020 the council counted 40 coworking spaces.", .milestone),
        ("In 2020 the county's fibre network reached more than 3,000 homes.", .network),
        // Decisions, laws passed, commitments, things initiated.
        ("In 2013 the council resolved to review its parking rules.", .policy),
        ("In 2011 parliament passed the Coastal Access Act, recognising the beaches as public land.", .policy),
        ("The scheme was part of a £10 million commitment announced by the minister in May 2016.", .policy),
        ("The digitisation of the archive was initiated in 2009 by the newly elected council.", .initiative),
        ("In 2014 the county rezoned 30 hectares for housing.", .policy),
        ("The decision to pedestrianise the high street was taken in 2011.", .policy),
        ("The Clean Harbour Declaration followed in May 2019.", .policy),
        ("In 2013 the library trialled robot book returns.", .initiative),
        // Named to a title is an award, to a post a change of office; what was received or
        // hosted says what it is.
        ("In 2019 the forum named Port Ellis its Coastal Town of the Year.", .award),
        ("In 2015 the council named Jo Marsh its chief data officer.", .milestone),
        ("In 2018 the port received the first certificate of the new harbour safety standard.", .award),
        ("The town hall received its royal charter in 1890.", .milestone),
        ("In 1992 the harbour hosted trials of a new ISDN service while the council adopted its plan.", .network),
        ("In 2016 the hotspots on the pier counted 9,000 connections.", .network),
    ])
    func theDatedClausesVerbDecides(sentence: String, expected: EventType) {
        #expect(types(sentence).first == expected)
    }

    @Test func aParkOfFirmsIsAFacility() {
        let scores = EventTypeRules.standard.scores(words: Words.split("the new science park and a research park"))
        #expect(scores.keys.sorted() == [.initiative])
    }

    @Test func aCountByOrAsOfADateIsAStateMeasured() {
        #expect(types("In 2019 the coding programme had run more than 300 workshops.") == [.initiative])
        #expect(types("By 2019 the coding programme had run more than 300 workshops.") == [.milestone])
        #expect(types("As of 2019 the new platform offered over 200 services.") == [.milestone])
        #expect(types("By 2020 the county's fibre network had reached more than 3,000 homes.") == [.network])
    }

    @Test func aParentheticalDoesNotCutTheClause() {
        #expect(types("The Port Ellis Digital Agency (PEDA) was set up on 1 March 2004.") == [.policy])
        #expect(types("Harbour Works (founded 2008) builds boats.") == [.milestone])
    }

    @Test func theVerbIsSoughtInTheDatesOwnClause() {
        #expect(types("The port was a quiet fishing harbour in the 1950s, while the inland towns launched new festivals.")
                == [.milestone])
        #expect(types("In 1999 the town had only a few phone lines because the carrier had served as a cash cow.")
                == [.network])
    }

    func awards(_ sentences: [String], footer: [FooterAward] = []) -> [AwardRecord] {
        var profile = EventTypeAndAwardTests.profile(sentences)
        profile.footer = FooterFacts(awards: footer)
        return Extractor().extract([profile]).communities[0].awards
    }

    @Test func datesJoinedByConnectingWordsShareTheAward() {
        let records = awards(["The Coastal League named Port Ellis a Blue-Water Town in 2003, again in 2008 and once more in 2015."])
        #expect(Set(records.map(\.year)) == [2003, 2008, 2015])
    }

    @Test func aLaterClauseWithItsOwnVerbKeepsItsDate() {
        let records = awards(["In 2011 the Delta Forum named Port Ellis its Harbour Town of the Year, and in 2014 the port was back on the Smart21 list."])
        #expect(records.contains(AwardRecord(award: "Harbour Town of the Year", year: 2011)))
        #expect(!records.contains(AwardRecord(award: "Harbour Town of the Year", year: 2014)))
    }

    @Test func anExplicitDateOutranksARelativeOne() {
        let records = awards(["In 2008 the port opened.", "On 4 May 2019 the Delta Forum named Port Ellis to its Top7 again, eleven years after its first time."])
        #expect(records == [AwardRecord(award: "Top7", year: 2019)])
    }

    @Test func aListNamedLateInAYearIsTheFootersNextYear() {
        let span = SourceSpan(document: "t.txt", start: 900, end: 912)
        let records = awards(["The Delta Forum named Port Ellis to its Smart21 list on 12 November 2015."],
                             footer: [FooterAward(award: "Smart21", year: 2016, line: "Smart21 2016", span: span)])
        #expect(records == [AwardRecord(award: "Smart21", year: 2016)])
    }

    @Test(arguments: [
        ("In 2021 a consortium led by the port won the Smart Harbours competition.", "Smart Harbours competition"),
        ("In 2020 the city passed the final evaluation of the Smart Port Certification.", "Smart Port Certification"),
        ("On 2 November 2022 the town was selected from nine finalists as the 2022 Coastal Town of the Year.", "Coastal Town of the Year"),
        ("In 2009 Port Ellis was back on the Smart21 list.", "Smart21"),
        ("In 2014 the Delta Forum named it Harbour Town of the Year.", "Harbour Town of the Year"),
        ("In 2012 the Delta Forum placed the town in the Top7.", "Top7"),
        ("In 2017 the Coastal Bureau put Port Ellis at the top of its Clean Water Ranking.", "Clean Water Ranking"),
        ("In 2003 the Heritage Board inscribed the old docks on its Maritime Heritage List.", "Maritime Heritage List"),
        ("In 2019 the Coastal Council made Port Ellis its Pilot Harbour.", "Pilot Harbour"),
        ("In 2016 a national survey placed Port Ellis first in the Open Ports Survey.", "Open Ports Survey"),
    ])
    func moreNarrativeAwardWordings(sentence: String, award: String) {
        #expect(NarrativeAwardFinder.standard.find(in: sentence).map(\.name) == [award])
    }
}
