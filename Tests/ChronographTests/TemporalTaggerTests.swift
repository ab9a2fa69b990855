import ChronographCore
import Testing
@testable import ChronographExtract

/// The tagger on phrasings from news, reports and histories (mostly not from the seed corpus).
@Suite struct TemporalTaggerTests {
    static let tagger = TemporalTagger.standard

    /// The dated expressions of a sentence read on its own.
    static func dated(_ sentence: String, reference: EDTFDate? = nil) -> [TimeExpression] {
        var context = TemporalContext(referenceDate: reference)
        return tagger.tag(sentence, context: &context).filter { $0.date != nil }
    }

    /// Sentence, expected EDTF value of its first dated expression, expected mod.
    static let explicitCases: [(String, String, TimeModifier?)] = [
        // years, months, days
        ("The plant closed in 1994 after a long strike.", "1994", nil),
        ("The museum reopened in 2021.", "2021", nil),
        ("2015 was a turning point for the port.", "2015", nil),
        ("Officials unveiled the plan in September 2017.", "2017-09", nil),
        ("The council voted in March of 2012 to proceed.", "2012-03", nil),
        ("The law took effect on January 1, 2019.", "2019-01-01", nil),
        ("It opened on 14 July 2011 with a parade.", "2011-07-14", nil),
        ("Voting closed on Dec. 3, 2020, at noon.", "2020-12-03", nil),
        ("The agreement was signed on the 25th of May 2018.", "2018-05-25", nil),
        ("It was announced on Monday, March 3, 2014 in the capital.", "2014-03-03", nil),
        ("The deadline was 2016-06-30 for all bids.", "2016-06-30", nil),
        ("The order is dated 25/12/2014 in the register.", "2014-12-25", nil),
        ("The memo dated 31.01.2009 was leaked.", "2009-01-31", nil),
        ("The council met in February, 2013 to review it.", "2013-02", nil),
        ("The bridge collapsed in August 2007 during rush hour.", "2007-08", nil),
        ("The storm hit on Christmas Eve 2004.", "2004-12-24", nil),
        ("Fireworks marked New Year's Eve 1999 in the square.", "1999-12-31", nil),
        ("The city was granted a charter in 1067.", "1067", nil),
        ("Its 2016 elections returned a new majority.", "2016", nil),
        ("A 2015 survey found strong support.", "2015", nil),
        ("The 2017 Riverside Tram Line carries 40,000 riders a day.", "2017", nil),
        ("Construction resumed in the year 2000 under a new contractor.", "2000", nil),
        // decades and parts of decades
        ("Manufacturing boomed in the 1960s.", "196X", nil),
        ("The port declined during the 1970's.", "197X", nil),
        ("Grunge ruled the charts in the '90s.", "199X", nil),
        ("The district was rebuilt in the Fifties.", "195X", nil),
        ("Its population doubled in the sixties.", "196X", nil),
        ("The mill closed in the early 1980s.", "1980/1983", .approx),
        ("A second wave came in the mid-1990s.", "1994/1996", .approx),
        ("Prices soared in the late 2000s.", "2007/2009", .approx),
        ("Startups multiplied in the mid-2010s.", "2014/2016", .approx),
        ("Hip hop arrived in the late '70s.", "1977/1979", .approx),
        ("Unemployment rose through the early Nineties.", "1990/1993", .approx),
        ("The region suffered in the 1970s and 1980s.", "197X/198X", nil),
        ("Growth stalled in the 1980s and '90s.", "198X/199X", nil),
        ("As the Seventies gave way to the Eighties, the mills closed.", "1979/1980", .approx),
        // centuries
        ("The town grew rich in the 18th century.", "17XX", nil),
        ("Cities must adapt to the twenty-first century economy.", "20XX", nil),
        ("A 19th-century bridge spans the river.", "18XX", nil),
        ("The canal was dug early in the 19th century.", "18XX", .approx),
        ("The harbour was neglected for most of the 20th century.", "19XX", .approx),
        ("The square was paved in the late 17th century.", "16XX", .approx),
        // ranges
        ("From 2004 to 2009 the agency ran the scheme.", "2004/2009", nil),
        ("Between 2008 and 2012, exports tripled.", "2008/2012", nil),
        ("The 2015–2017 drought emptied the reservoir.", "2015/2017", nil),
        ("Its 2010-14 strategy focused on jobs.", "2010/2014", nil),
        ("The 2016-17 school year began late.", "2016/2017", nil),
        ("Enrolment rose in 2007/08 by a third.", "2007/2008", nil),
        ("The mayor served 1998 - 2006 in two terms.", "1998/2006", nil),
        ("The festival ran from March to June 2015 in parks.", "2015-03/2015-06", nil),
        ("The exhibition runs from 2019 through 2021.", "2019/2021", nil),
        ("The works went on from 2001 until 2003.", "2001/2003", nil),
        ("Between May and September 2016 the line was closed.", "2016-05/2016-09", nil),
        // fiscal and school years, seasons, parts of a year
        ("Revenue grew 8% in FY2014 across divisions.", "2014", nil),
        ("The budget for FY 2019 was cut.", "2019", nil),
        ("The FY14 report was published late.", "2014", nil),
        ("It was approved for fiscal year 2021.", "2021", nil),
        ("Tourism peaked in the summer of 2015.", "2015-06/2015-08", nil),
        ("The pilot started in spring 2016.", "2016-03/2016-05", nil),
        ("Sales fell in the first quarter of 2020.", "2020-01/2020-03", nil),
        ("The merger closed in Q3 2018.", "2018-07/2018-09", nil),
        ("The plant reopened in early 2012.", "2012-01/2012-04", .approx),
        ("Work resumed in mid-2019 after the floods.", "2019-05/2019-08", .approx),
        ("It was sold in late 2008 at a loss.", "2008-09/2008-12", .approx),
        ("The line was finished at the end of 2015.", "2015-09/2015-12", .approx),
        ("The office opened in the first half of 2011.", "2011-01/2011-06", nil),
        // qualifiers
        ("Since 2011, the city has added 40 parks.", "2011/..", .since),
        ("The fund has grown ever since 2003.", "2003/..", .since),
        ("Starting in 2019, buses run all night.", "2019/..", .since),
        ("Beginning in 2018, residents can vote online.", "2018/..", .since),
        ("From 2020, all new homes must be zero-carbon.", "2020/..", .since),
        ("By 1995, every school had a computer lab.", "../1995", .by),
        ("By September 2015, half the homes were connected.", "../2015-09", .by),
        ("The network will cover the region by the end of 2025.", "../2025", .by),
        ("The scheme ran until 2020 when funding ended.", "../2020", .by),
        ("No later than 2030, coal will be phased out.", "../2030", .by),
        ("Before 2000, the port handled only bulk cargo.", "../2000", .by),
        ("Prior to 1990, the valley had no paved roads.", "../1990", .by),
        ("Prior to the Second World War, the town made textiles.", "../1939", .by),
        ("As of 2019, 5,000 households had signed up.", "2019", .asOf),
        ("As of March 2021, the portal had 80,000 users.", "2021-03", .asOf),
        ("The town was founded around 1850 by miners.", "1850", .approx),
        ("About 2005 the first towers went up.", "2005", .approx),
        ("The chapel was built circa 1720.", "1720", .approx),
        ("The mine opened in approximately 1910.", "1910", .approx),
        ("After 2008, credit dried up.", "2008/..", nil),
        ("After World War II, the factories reopened.", "1945/..", nil),
        ("During the Great Depression the mill closed.", "1929/1939", nil),
        ("Jobs rose 12% from 2009.", "2009", nil),
    ]

    @Test func explicitExpressionsTable() {
        #expect(Self.explicitCases.count >= 80)
        for (sentence, value, mod) in Self.explicitCases {
            let found = Self.dated(sentence)
            #expect(found.first?.date?.description == value, "\(sentence)")
            #expect(found.first?.mod == mod, "\(sentence)")
            #expect(found.first.map { $0.kind == .explicit } == true, "\(sentence)")
        }
    }

    /// Digit-bearing text that is not a date.
    static let nonDates = [
        "The city was founded 2,000 years ago near the border.",
        "More than 150 teachers attended the sessions.",
        "Public debt reached 2.87 trillion yen.",
        "Operators rolled out 4G across the island.",
        "The project installed 5,236 hotspots.",
        "The loan of US$320 million was approved.",
        "Schools moved their mail to Office 365.",
        "Homes get 20 Mbps at no charge.",
        "Vision 2030 sets out the national goals.",
        "The Horizon 2020 programme funded the lab.",
        "Call the hotline on +33 1 41 23 80 00 for help.",
        "Call 555-1234 or (555) 201-2019 for details.",
        "Follow #EduInnoLab for updates.",
        "It ranked in the top 500 companies.",
        "A 10-year-old company won the contract.",
        "Turnout was 75% and 2010 residents signed the petition.",
        "The hall seats 1500 people.",
        "Children aged 7 to 14 can play the game.",
        "The meeting starts at 10:30 in room 12.",
        "The ratio improved to 1.2019 last quarter.",
        "Tickets cost $2015 in the resale market.",
        "A 2000-year-old road lies under the square.",
        "The share rose 2015% in a month.",
        "The park covers 1850 hectares of forest.",
        "Albania advanced from 136th to 82nd place.",
        "The i-Town Wi-Fi 2.0 project is free.",
    ]

    @Test func digitsThatAreNotDates() {
        #expect(Self.nonDates.count >= 20)
        for sentence in Self.nonDates {
            let found = Self.dated(sentence)
            #expect(found.isEmpty, "\(sentence): \(found.map(\.text))")
        }
    }

    @Test func durationsAreNotDated() {
        for (sentence, text) in [("It has served the town for nearly 40 years.", "nearly 40 years"),
                                 ("The firm has been a leader for decades.", "for decades"),
                                 ("Over three decades, the city reinvented itself.", "Over three decades"),
                                 ("A decades-old culture of cooperation helped.", "A decades-old")] {
            var context = TemporalContext()
            let found = Self.tagger.tag(sentence, context: &context)
            #expect(found.map(\.text) == [text], "\(sentence)")
            #expect(found.allSatisfy { $0.kind == .duration && $0.date == nil }, "\(sentence)")
        }
    }

    /// Each line of a story, with the value its relative expression must get.
    @Test func relativeExpressionsFollowTheLastDate() throws {
        let story: [(String, String?, TimeModifier?)] = [
            ("The cooperative was formed in 2003 by forty farmers.", "2003", nil),
            ("The following year, it opened a packing plant.", "2004", nil),
            ("Two years later, exports began.", "2006", nil),
            ("That same year a second plant opened.", "2006", nil),
            ("A decade later, it employed 500 people.", "2016", nil),
            ("The previous year had been difficult.", "2015", nil),
            ("In 2012, the bank introduced a mobile savings product.", "2012", nil),
            ("Within 2 years, it had 7 million customers.", "2012/2014", nil),
            ("In 1999 the market opened to competitors.", "1999", nil),
            ("Over the next twenty years, six networks were built.", "1999/2019", nil),
            ("Over the next nearly 40 years, the mayor led the city.", "1999/2039", .approx),
            ("By then, every home was connected.", "../1999", .by),
            ("Since then, the city has grown.", "1999/..", .since),
            ("Earlier that year, the council had voted.", "1999", nil),
            ("In March, the first houses were wired.", "1999-03", nil),
            ("The next month, the school followed.", "1999-04", nil),
            ("Just one year later, attendance jumped.", "2000", nil),
        ]
        var context = TemporalContext()
        for (sentence, value, mod) in story {
            let found = Self.tagger.tag(sentence, context: &context).filter { $0.kind != .duration }
            let first = try #require(found.first, "\(sentence)")
            #expect(first.date?.description == value, "\(sentence)")
            #expect(first.mod == mod, "\(sentence)")
            if first.kind == .relative { #expect(first.anchor != nil, "\(sentence)") }
        }
    }

    @Test func relativeExpressionsWithoutAnchorStayUndated() {
        var context = TemporalContext()
        let found = Self.tagger.tag("The following year, the plant opened.", context: &context)
        #expect(found.map(\.kind) == [.relative])
        #expect(found.first?.date == nil)
    }

    @Test func anchorWithinOneSentence() {
        var context = TemporalContext()
        let found = Self.tagger.tag("The line opened in 2011 and a year later carried a million riders.", context: &context)
        #expect(found.map { $0.date?.description } == ["2011", "2012"])
        #expect(found.last?.anchor == .year(2011))
        #expect(context.lastExplicit == .year(2012))
    }

    @Test func deicticNeedsReferenceDate() throws {
        let sentence = "Last year the city opened a lab, and this year it plans two more; today 30 startups work there."
        var plain = TemporalContext()
        let undated = Self.tagger.tag(sentence, context: &plain)
        #expect(undated.map(\.kind) == [.deictic, .deictic, .deictic])
        #expect(undated.allSatisfy { $0.date == nil })
        let reference = try EDTFDate(parsing: "2024-05-01")
        let dated = Self.dated(sentence, reference: reference)
        #expect(dated.map { $0.date?.description } == ["2023", "2024", "2024-05-01"])
        #expect(Self.dated("It was founded 150 years ago.", reference: reference).first?.date == .year(1874))
    }

    @Test func rangesKeepBothEnds() {
        let cases: [(String, String)] = [
            ("from 2007 to 2011", "2007/2011"), ("between 2008 and 2012", "2008/2012"), ("2015–2017", "2015/2017"),
            ("2007-13", "2007/2013"), ("2007/08", "2007/2008"), ("1998-02", "1998/2002"), ("FY2014-15", "2014/2015"),
            ("the 1970s and 1980s", "197X/198X"), ("from the 1950s to the 1970s", "195X/197X"),
        ]
        for (phrase, value) in cases {
            let found = Self.dated("It happened \(phrase) in the valley.")
            #expect(found.map { $0.date?.description } == [value], "\(phrase)")
            #expect(found.first?.text.hasSuffix(phrase.split(separator: " ").last.map(String.init) ?? "") == true, "\(phrase)")
        }
        // Two years joined by "and" stay two events; a backwards pair is no range.
        #expect(Self.dated("It won in 2009 and 2011.").map { $0.date?.description } == ["2009", "2011"])
        #expect(Self.dated("It fell from 2011 to 2009 levels.").map { $0.date?.description } != ["2011/2009"])
    }

    @Test func qualifiersChangeTheSpan() {
        let cases: [(String, String, TimeModifier?)] = [
            ("since 2011", "2011/..", .since), ("beginning in 2018", "2018/..", .since), ("by 1995", "../1995", .by),
            ("as of 2019", "2019", .asOf), ("until 2020", "../2020", .by), ("before 2000", "../2000", .by),
            ("around 2005", "2005", .approx), ("about 2005", "2005", .approx), ("in September 2017", "2017-09", nil),
            ("since the late 1990s", "1997/..", .since), ("by the mid-2000s", "../2006", .by),
        ]
        for (phrase, value, mod) in cases {
            let found = Self.dated("The town changed \(phrase) for good.")
            #expect(found.map { $0.date?.description } == [value], "\(phrase)")
            #expect(found.first?.mod == mod, "\(phrase)")
        }
    }

    @Test func offsetsAreScalarIndices() {
        let sentence = "Café “Zoë” opened in 2014 and closed by 2019."
        var context = TemporalContext()
        let found = Self.tagger.tag(sentence, context: &context)
        let scalars = Array(sentence.unicodeScalars)
        for expression in found {
            #expect(String(String.UnicodeScalarView(scalars[expression.range])) == expression.text)
        }
        #expect(found.map(\.text) == ["2014", "by 2019"])
    }
}
