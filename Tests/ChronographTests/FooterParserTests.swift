import ChronographCore
import ChronographIngest
import Testing

/// Footer lines: integers from the ways people write them, websites as written, one award per year.
@Suite struct FooterParserTests {
    let parser = FooterParser.standard

    @Test(arguments: [
        ("67,360", 67360), ("1.2 million", 1_200_000), ("about 90,000", 90000), ("3.375.000", 3_375_000),
        ("approx. 4 million", 4_000_000), ("12 500", 12500), ("2,5 million", 2_500_000), ("1,234,567 (2020 census)", 1_234_567),
        ("more than 800", 800), ("45k", 45000), ("  98,100 inhabitants", 98100),
    ])
    func populationValues(text: String, value: Int) {
        #expect(parser.parse("Population: \(text)") == .population(value))
    }

    @Test func unreadablePopulationIsKeptAsUnknown() {
        #expect(parser.parse("Population: not published") == .population(nil))
    }

    @Test func labelsAreCaseInsensitiveWithVariants() {
        #expect(parser.parse("LABOUR FORCE: 1,000") == .laborForce(1000))
        #expect(parser.parse("Workforce: about 3.4 million") == .laborForce(3_400_000))
        #expect(parser.parse("Inhabitants : 5,250") == .population(5250))
    }

    @Test func websiteIsKeptAsWritten() {
        #expect(parser.parse("Website: https://city.example/en/Home?lang=EN") == .website("https://city.example/en/Home?lang=EN"))
        #expect(parser.parse("Web site: www.Fernbrook.example") == .website("www.Fernbrook.example"))
        #expect(parser.parse("Website:") == nil)
    }

    @Test(arguments: [
        ("Smart21 2007 | 2009 | 2011", "Smart21", [2007, 2009, 2011]),
        ("Top7 2012, 2013", "Top7", [2012, 2013]),
        ("Top 7 2014 and 2016", "Top7", [2014, 2016]),
        ("Intelligent Community of the Year 2019", "Intelligent Community of the Year", [2019]),
        ("Intelligent Community of the Year 2015, 2019", "Intelligent Community of the Year", [2015, 2019]),
        ("intelligent community of the year 2021 | 2022", "Intelligent Community of the Year", [2021, 2022]),
        ("Digital Inclusion Award 2021", "Digital Inclusion Award", [2021]),
    ])
    func awardLines(line: String, award: String, years: [Int]) {
        #expect(parser.parse(line) == .award(name: award, years: years))
    }

    @Test(arguments: [
        "In 2019 the city opened 12 schools in 2019",
        "It was named Intelligent Community of the Year 2019.",
        "Smart21",
        "Founded 1450",
        "The Digital Award: 2019",
    ])
    func narrativeIsNotAFooter(line: String) {
        #expect(parser.parse(line) == nil)
    }

    @Test func awardLineGivesOneRecordPerYearWithItsSpan() throws {
        let text = "Fernbrook\nFernbrook is a valley town.\nSmart21 2013 | 2015\nTop7 2015\nSmart21 2015, 2016\n"
        let document = Document(name: "inline", text: text)
        let profile = try #require(try ProfileSegmenter().profiles(in: document).first)
        #expect(profile.footer.awards.map { "\($0.award) \($0.year)" } == ["Smart21 2013", "Smart21 2015", "Top7 2015", "Smart21 2016"])
        for award in profile.footer.awards {
            #expect(document.text(award.span.start..<award.span.end) == award.line)
        }
    }
}

/// Award footer lines in the other forms profiles use.
@Suite struct FooterAwardFormTests {
    let parser = FooterParser.standard

    @Test(arguments: [
        ("- Smart21 2006 | 2008", "Smart21", [2006, 2008]),
        ("**Top7** 2010, 2012", "Top7", [2010, 2012]),
        ("| Smart21 | 2009 |", "Smart21", [2009]),
        ("Smart21: 2004, 2005", "Smart21", [2004, 2005]),
        ("Smart21 2011 | 2013 |", "Smart21", [2011, 2013]),
        ("ICF Smart21 2001 · 2003", "Smart21", [2001, 2003]),
        ("Smart21 Communities 2014 – 2016", "Smart21", [2014, 2016]),
        ("Top 7 Intelligent Community 2012", "Top7", [2012]),
        ("Intelligent Community of the Year: 2018", "Intelligent Community of the Year", [2018]),
    ])
    func awardLineForms(line: String, award: String, years: [Int]) {
        #expect(parser.parse(line) == .award(name: award, years: years))
    }

    @Test func oneLineCanNameSeveralAwards() {
        #expect(parser.parse("Smart21 2006, 2008; Top7 2008") == .awards([
            .award(name: "Smart21", years: [2006, 2008]), .award(name: "Top7", years: [2008])]))
        #expect(parser.parse("Awards: Smart21 2012 | Top7 2013") == .awards([
            .award(name: "Smart21", years: [2012]), .award(name: "Top7", years: [2013])]))
        #expect(parser.parse("In 2019 the town opened 12 schools in 2019") == nil)
    }

    @Test func aSentenceAroundAKnownAwardIsNotAFooter() {
        #expect(parser.parse("It was named Intelligent Community of the Year 2019") == nil)
        #expect(parser.parse("The Harbour Award: 2019") == nil)
    }
}
