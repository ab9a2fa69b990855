import ChronographCore
import Testing
@testable import ChronographExtract

/// One test per recogniser rule, on sentences that are not in the seed.
@Suite struct EntityRecognizerTests {
    @Test func titleMakesAPersonAndIsStripped() {
        let r = EntityFixture.recognize("Rivertown", ["In 2001 the voters chose Governor Marta Lindqvist to lead the region."])
        let person = r.named("Marta Lindqvist")
        #expect(person?.type == .person)
        #expect(person?.name == "Marta Lindqvist")
        #expect(person?.aliases == ["Governor Marta Lindqvist"])
    }

    @Test func roleAppositionMakesAPerson() {
        let r = EntityFixture.recognize("Rivertown", ["The town honoured the engineer Tobias Wren with a statue."])
        #expect(r.named("Tobias Wren")?.type == .person)
    }

    @Test func organisationSuffixesAndCompanyForms() {
        let r = EntityFixture.recognize("Rivertown", [
            "Work was shared with Lumen Dynamics Corporation and Harbor Light Cable Co., Ltd. to wire the port.",
        ])
        #expect(r.named("Lumen Dynamics Corporation")?.type == .organization)
        #expect(r.named("Harbor Light Cable Co., Ltd.")?.type == .organization)
    }

    @Test func appositionNounTypesAnUnknownName() {
        let r = EntityFixture.recognize("Rivertown", ["The city hired Brightwave, a Lisbon software company, to run its data centre."])
        #expect(r.named("Brightwave")?.type == .organization)
        #expect(r.named("Lisbon")?.type == .place)
    }

    @Test func calledAndFollowingNounsTypeInitiativesAndNetworks() {
        let r = EntityFixture.recognize("Rivertown", [
            "In 2012 the city opened a service called ParkEasy for drivers.",
            "Residents use the RiverNet free wireless network downtown.",
            "A regional project called FiberLink will extend 1 Gbps broadband to every farm by 2020.",
        ])
        #expect(r.named("ParkEasy")?.type == .initiative)
        #expect(r.named("RiverNet")?.type == .network)
        #expect(r.named("FiberLink")?.type == .network)
    }

    @Test func mixedCaseAndSymbolFormsAreNames() {
        let r = EntityFixture.recognize("Rivertown", [
            "Teachers joined a programme called #SmartLearn in 2019.",
            "The eTown Hub opened beside the station.",
        ])
        #expect(r.named("#SmartLearn")?.type == .initiative)
        #expect(r.named("eTown Hub")?.type == .initiative)
    }

    @Test func placesFromLexiconAndCues() {
        let r = EntityFixture.recognize("Rivertown", ["Exports go to Norway and a new depot opened in Karsvik last spring."])
        #expect(r.named("Norway")?.type == .place)
        #expect(r.named("Karsvik")?.type == .place)
    }

    @Test func awardNamesGetTheAwardIdScheme() {
        let r = EntityFixture.recognize("Rivertown", ["In 2016 the library won the Golden Bridge Award."])
        let award = r.named("Golden Bridge Award")
        #expect(award?.type == .award)
        #expect(award?.id == EntityRecord.makeID(type: .award, name: "Golden Bridge Award"))
    }

    @Test func sentenceStartsMonthsNationalitiesAndGenericPhrasesAreNotNames() {
        let r = EntityFixture.recognize("Rivertown", [
            "Yesterday the City Council met in March with a Steering Committee.",
            "Norwegian and Danish investors backed the plan.",
            "Smart Mobility for Everyone",
        ])
        #expect(r.entities.isEmpty)
    }

    @Test func theProfiledCommunityIsNeverAnEntity() {
        let r = EntityFixture.recognize("Rivertown City", [
            "The City of Rivertown met in Rivertown with people from Rivertown City.",
        ], aliases: ["Rivertown"])
        #expect(r.entities.isEmpty)
    }

    @Test func namesListedBeforeAPluralNounShareItsType() {
        let r = EntityFixture.recognize("Rivertown", ["The trial ran with the Altona, Brevik and Corvin companies in 2018."])
        #expect(["Altona", "Brevik", "Corvin"].map { r.named($0)?.type } == [.organization, .organization, .organization])
    }

    @Test func andJoinsTopicsInsideOneNameButNotTwoNames() {
        let r = EntityFixture.recognize("Rivertown", [
            "The city built the Arts and Science Museum with Oakridge and Western Bank.",
        ])
        #expect(r.named("Arts and Science Museum")?.type == .initiative)
        #expect(r.named("Western Bank")?.type == .organization)
    }

    @Test func facilityActingAsAPartyIsAnOrganisation() {
        let r = EntityFixture.recognize("Rivertown", [
            "The city in cooperation with technology park Nordhavn hosts a hackathon.",
            "The city also built the Eastside Park.",
        ])
        #expect(r.named("Nordhavn")?.type == .organization)
        #expect(r.named("Eastside Park")?.type == .initiative)
    }

    @Test func organisationsBeforeLaunchOperateInitiatives() {
        let r = EntityFixture.recognize("Rivertown", ["In 2015, Brightline Telecom launched the CityPass Card for commuters."])
        let operator_ = r.named("Brightline Telecom"), card = r.named("CityPass Card")
        #expect(r.relations.contains { $0.source == operator_?.id && $0.target == card?.id && $0.type == "operates" })
    }
}
