import ChronographCore
import Testing
@testable import ChronographExtract

/// One test per resolution rule: several surface forms, one record.
@Suite struct EntityResolutionTests {
    @Test func accentsAndCaseFoldTogether() {
        let r = EntityFixture.recognize("Rivertown", [
            "The council elected José Ramírez in 1990.",
            "Later Jose Ramirez opened the harbour.",
        ])
        let people = r.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.name == "José Ramírez")
        #expect(people.first?.aliases == ["Jose Ramirez"])
    }

    @Test func surnameAndTitledSurnameJoinTheFullName() {
        let r = EntityFixture.recognize("Rivertown", [
            "Voters chose Anna Voss as mayor in 2004.",
            "Mayor Voss then cut taxes, and the Voss plan worked.",
        ])
        let person = r.named("Anna Voss")
        #expect(person?.aliases.sorted() == ["Mayor Voss", "Voss"])
        #expect(person?.mentions.count == 3)
    }

    @Test func acronymsJoinTheirExpansion() {
        let r = EntityFixture.recognize("Rivertown", [
            "The Northern Innovation Agency (NIA) funds startups.",
            "In 2010 NIA recognized the town.",
        ])
        let agency = r.named("Northern Innovation Agency")
        #expect(agency?.type == .organization)
        #expect(agency?.aliases == ["NIA"])
        #expect(agency?.mentions.count == 3)
    }

    @Test func parentheticalTranslationIsAnAlias() {
        let r = EntityFixture.recognize("Rivertown", ["The city adopted the Plan Numérique Local (Local Digital Plan) in 1999."])
        let plan = r.named("Plan Numérique Local")
        #expect(plan?.type == .initiative)
        #expect(plan?.aliases == ["Local Digital Plan"])
    }

    @Test func shortFormEndingALongerNameOfTheProfileJoinsIt() {
        let r = EntityFixture.recognize("Rivertown", [
            "Courses are held in the Riverside Media Library.",
            "The Media Library opens on Sundays.",
        ])
        #expect(r.named("Riverside Media Library")?.aliases == ["Media Library"])
        #expect(r.entities.count == 1)
    }

    @Test func ownerNamedInsideALongerNameIsItsOwnOrganisation() {
        let r = EntityFixture.recognize("Rivertown", [
            "Jobs came from the Vantor Research Center.",
            "The “Vantor effect” was felt for years.",
        ])
        #expect(r.named("Vantor Research Center")?.type == .organization)
        #expect(r.named("Vantor")?.type == .organization)
        #expect(r.named("Vantor")?.id != r.named("Vantor Research Center")?.id)
    }

    @Test func oneNodePerThingAcrossCommunities() {
        let a = EntityFixture.profile("Rivertown", ["The city hired Brightwave, a software company, in 2001."])
        let b = EntityFixture.profile("Lakeside", ["Schools use companies like Brightwave for tablets."], start: 500)
        let r = EntityRecognizer.standard.recognize([a, b], communities: [EntityFixture.community(a), EntityFixture.community(b)])
        let company = r.named("Brightwave")
        #expect(r.entities.filter { $0.name == "Brightwave" }.count == 1)
        #expect(company?.communities == ["Rivertown", "Lakeside"])
    }

    @Test func footerAwardsUseTheCommunityAwardIds() {
        let line = SourceSpan(document: "test.txt", start: 200, end: 212)
        let footer = FooterFacts(awards: [FooterAward(award: "Smart21", year: 2012, line: "Smart21 2012", span: line)])
        let p = EntityFixture.profile("Rivertown", ["The port grew."], footer: footer)
        let r = EntityRecognizer.standard.recognize([p], communities: [EntityFixture.community(p)])
        let award = r.entities.first { $0.type == .award }
        #expect(award?.id == "award-smart21")
        #expect(award?.mentions.first?.span == line)
    }

    @Test func mentionsPointAtTheirSurfaceForms() {
        let p = EntityFixture.profile("Rivertown", ["Freight is stored in Antwerp each week."])
        let r = EntityRecognizer.standard.recognize([p], communities: [EntityFixture.community(p)])
        let mention = r.named("Antwerp")?.mentions.first
        let sentence = p.sentences[0]
        let start = mention.map { $0.span.start - sentence.span.start } ?? 0
        #expect(mention?.text == "Antwerp")
        #expect(Array(sentence.text.unicodeScalars)[start..<(start + 7)].map(String.init).joined() == "Antwerp")
    }
}
