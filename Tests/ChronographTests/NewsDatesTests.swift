import ChronographCore
import Foundation
import Testing
@testable import Chronograph
@testable import ChronographExtract
import ChronographIngest

/// `dates` as a temporal tagger for any text: the expressions news and reports anchor on their
/// date of writing, with their TimeML extent, type and value. Invented sentences, one per kind;
/// the reference date is Wednesday 13 March 2013 (ISO week 11).
@Suite struct NewsDatesTests {
    static let reference = EDTFDate.day(2013, 3, 13)

    /// The expressions of `text`, one temporal context, as `dates` reports them (TimeML extent).
    static func tagged(_ text: String, reference: EDTFDate? = NewsDatesTests.reference) throws -> [TimeExpression] {
        try DatesReport(documents: [Document(name: "news.txt", text: text)], referenceDate: reference).rows.map(\.expression)
    }

    /// Sentence, the expression's text as TimeML delimits it, TIMEX3 type, TIMEX3 value.
    static let cases: [(String, String, Timex3.Kind, String)] = [
        // weekdays by tense
        ("The mayor said Friday that the plan would go ahead.", "Friday", .date, "2013-03-08"),
        ("The council will vote on Friday.", "Friday", .date, "2013-03-15"),
        ("Officials met last Monday.", "last Monday", .date, "2013-03-11"),
        ("The delegation would travel to the United States Thursday.", "Thursday", .date, "2013-03-14"),
        ("The plant is to reopen Tuesday.", "Tuesday", .date, "2013-03-19"),
        ("Repairs may end as soon as Monday.", "Monday", .date, "2013-03-18"),
        ("The minister resigned, citing health, family and other reasons, on Thursday.", "Thursday", .date, "2013-03-07"),
        // holidays: fixed, Nth weekday, Easter-based; the year by tense or "last"
        ("The boy was found on Thanksgiving Day.", "Thanksgiving Day", .date, "2012-11-22"),
        ("The shops will close for Easter.", "Easter", .date, "2013-03-31"),
        ("Turnout fell last Election Day.", "last Election Day", .date, "2012-11-06"),
        ("Sales peaked at Christmas 2011.", "Christmas 2011", .date, "2011-12-25"),
        ("Crowds are expected on Memorial Day.", "Memorial Day", .date, "2013-05-27"),
        // fractional durations
        ("The project took 2 1/2 years.", "2 1/2 years", .duration, "P2Y6M"),
        ("The speech lasted a minute and a half.", "a minute and a half", .duration, "PT1M30S"),
        ("They waited 5 1/2 hours.", "5 1/2 hours", .duration, "PT5H30M"),
        // days and parts of days
        ("Talks resumed yesterday.", "yesterday", .date, "2013-03-12"),
        ("The ferry leaves tomorrow morning.", "tomorrow morning", .time, "2013-03-14TMO"),
        ("Crews finished the repairs this afternoon.", "this afternoon", .time, "2013-03-13TAF"),
        ("The vote closed late yesterday.", "late yesterday", .date, "2013-03-12"),
        // times of day
        ("The hearing starts at 8 p.m. in the town hall.", "8 p.m.", .time, "2013-03-13T20:00"),
        ("Trading was halted at 15:00 GMT because of the storm.", "15:00 GMT", .time, "2013-03-13T15:00"),
        ("The deadline is noon Friday for all bidders.", "noon Friday", .time, "2013-03-15T12:00"),
        // this, last, next; weekends; possessives
        ("The strike ended last week.", "last week", .date, "2013-W10"),
        ("Ministers will meet next month.", "next month", .date, "2013-04"),
        ("Sales fell sharply this year.", "this year", .date, "2013"),
        ("This year's budget was cut by a tenth.", "This year", .date, "2013"),
        ("The museum stayed open over the weekend.", "the weekend", .date, "2013-W10-WE"),
        ("Prices rose again earlier this month.", "earlier this month", .date, "2013-03"),
        // months and days without a year
        ("The talks collapsed last June.", "last June", .date, "2012-06"),
        ("The sale is expected in early December.", "early December", .date, "2013-12"),
        ("The plant opened on Aug. 2 after a long delay.", "Aug. 2", .date, "2012-08-02"),
        ("The company said it will pay the dividend April 15.", "April 15", .date, "2013-04-15"),
        // quarters, halves, fiscal years, ends of periods
        ("Profit rose in the third quarter.", "the third quarter", .date, "2013-Q3"),
        ("Revenue doubled in the first half.", "the first half", .date, "2013-H1"),
        ("Earnings beat the year-ago quarter by far.", "the year-ago quarter", .date, "2011-Q4"),
        ("The agency spent more in fiscal 2012.", "fiscal 2012", .date, "2012"),
        ("The price will be fixed at the end of the year.", "the end of the year", .date, "2013"),
        ("The mill reported a loss for the second quarter of 2011.", "the second quarter of 2011", .date, "2011-Q2"),
        // the present, the past, the future
        ("The bridge is now open to cyclists.", "now", .date, "PRESENT_REF"),
        ("The board is currently reviewing the bids.", "currently", .date, "PRESENT_REF"),
        ("At the time, nobody objected to the plan.", "the time", .date, "PAST_REF"),
        ("Such rules were rare in the past.", "the past", .date, "PAST_REF"),
        ("The line may be extended in the future.", "the future", .date, "FUTURE_REF"),
        ("The port was busier two years ago.", "two years ago", .date, "2011"),
        ("The ship docked a week or so ago.", "a week or so ago", .date, "2013-W10"),
        ("The levee was rebuilt last summer.", "last summer", .date, "2012-SU"),
        ("He joined the board in nineteen ninety-six.", "nineteen ninety-six", .date, "1996"),
        ("Few expected the year two thousand to pass so quietly.", "the year two thousand", .date, "2000"),
        // durations with values
        ("The review took 90 days to complete.", "90 days", .duration, "P90D"),
        ("The program ran for a decade before it was cut.", "a decade", .duration, "P10Y"),
        ("The loan runs 18 months at a fixed rate.", "18 months", .duration, "P18M"),
        ("Residents waited for years for a new school.", "years", .duration, "PXY"),
        ("The contract calls for a three-month trial.", "three-month", .duration, "P3M"),
        ("Prices have risen over the past three weeks.", "the past three weeks", .duration, "P3W"),
        ("The fair lasted several days.", "several days", .duration, "PXD"),
        ("Margins should widen over the next three quarters.", "the next three quarters", .duration, "P3Q"),
        ("Net income for the year rose by a third.", "the year", .duration, "P1Y"),
        ("It took twenty four hours to restore power.", "twenty four hours", .duration, "PT24H"),
        // sets
        ("The festival is held every year in the old harbour.", "every year", .set, "P1Y"),
        ("The farmers' market meets weekly.", "weekly", .set, "P1W"),
        ("Rent is paid annually, in advance.", "annually", .set, "P1Y"),
        ("The library opens late each Monday.", "each Monday", .set, "XXXX-WXX-1"),
    ]

    @Test(arguments: cases)
    func newsExpression(_ sentence: String, text: String, type: Timex3.Kind, value: String) throws {
        let found = try Self.tagged(sentence)
        let expression = try #require(found.first, "nothing found in \(sentence)")
        #expect(expression.text == text)
        #expect(expression.timex.type == type)
        #expect(expression.timex.value == value)
    }

    /// Words that look like times but are none: ages, rates, adjectives, fractions, verbs.
    @Test(arguments: [
        "The vaccine is offered to children 6 months and older.",
        "The firm, a 12-year-old company, grew fast.",
        "The preferred stock pays $1.76 a year.",
        "The paper printed a daily column on the council.",
        "About three-quarters of voters backed the plan.",
        "May the best bid win.",
        "Some two thousand people marched on the square.",
    ])
    func notATime(_ sentence: String) throws {
        #expect(try Self.tagged(sentence).isEmpty)
    }

    /// Without a reference date the news expressions are read but stay undated, so they date
    /// no event of a profile.
    @Test func withoutReferenceDateNewsExpressionsStayUndated() throws {
        let found = try Self.tagged("The council said Friday it met last week and will meet again at 8 p.m. tomorrow.", reference: nil)
        #expect(found.map(\.text) == ["Friday", "last week", "8 p.m. tomorrow"])
        #expect(found.allSatisfy { $0.date == nil && $0.timex.value == nil })
    }

    /// The fixes of issue 11: a decade from a year, months from a month, a length counted from a
    /// named happening.
    @Test func relativeExpressionsFromTheLastDate() throws {
        let decade = try Self.tagged("The district was founded in 1994. The following decade brought growth.", reference: nil)
        #expect(decade.last?.date == .decade(2000))
        #expect(decade.last?.timex.value == "200")

        let months = try Self.tagged("The plan was adopted in March 2015. Over the next few months the first sites opened.", reference: nil)
        #expect(months.last?.date?.description == "2015-03/2015-06")

        let merger = try Self.tagged("The bank opened in 1990. Two years after the merger, it closed its branches.", reference: nil)
        #expect(merger.last?.text == "Two years")
        #expect(merger.last?.date == nil)
        #expect(merger.last?.timex.value == "P2Y")
    }

    /// A dateline is the first line of narrative, not a heading.
    @Test func datelineIsTagged() throws {
        let found = try Self.tagged("WASHINGTON, March 12 (Xinhua) --\n\nThe senate passed the bill on Tuesday.\n")
        #expect(found.map(\.text) == ["March 12", "Tuesday"])
        #expect(found.map(\.timex.value) == ["2013-03-12", "2013-03-12"])
    }

    /// Front matter and a dated dateline give a document its own reference date, for `dates`
    /// and for the events of `build` alike; a document's own date wins over the one given.
    @Test func documentsCarryTheirOwnReferenceDate() throws {
        let notes = Document(name: "notes.md", text: "---\ntitle: Council notes\ndate: 2013-03-22\n---\n\nThe council met yesterday.\n",
                             format: .markdown)
        let wire = Document(name: "wire.txt", text: "WASHINGTON, March 12, 2013 (Xinhua) --\n\nThe senate passed the bill yesterday.\n")
        let report = try DatesReport(documents: [notes, wire], referenceDate: .day(2000, 1, 1))
        #expect(report.rows.map(\.expression.text) == ["yesterday", "March 12, 2013", "yesterday"])
        #expect(report.rows.map(\.expression.timex.value) == ["2013-03-21", "2013-03-12", "2013-03-11"])

        let profiles = try ProfileSegmenter().profiles(in: notes)
        #expect(profiles.map(\.referenceDate) == [.day(2013, 3, 22)])
        #expect(profiles.first?.sentences.map(\.text) == ["The council met yesterday."])
        let events = Extractor().extract(profiles).events
        #expect(events.map(\.date) == [.day(2013, 3, 21)])
    }

    @Test func timeMLMarksEveryExpression() throws {
        let report = try DatesReport(documents: [Document(name: "news.txt", text: "Talks resumed yesterday & ended at 8 p.m.\n")],
                                     referenceDate: Self.reference)
        #expect(report.timeml == "Talks resumed <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-12\">yesterday</TIMEX3> &amp; ended at "
            + "<TIMEX3 tid=\"t2\" type=\"TIME\" value=\"2013-03-13T20:00\">8 p.m.</TIMEX3>\n")
    }

    @Test func jsonCarriesKindEDTFAndTimex3() throws {
        let report = try DatesReport(documents: [Document(name: "news.txt", text: "The loan runs 18 months. It was signed last June.\n")],
                                     referenceDate: Self.reference)
        let items = try #require(JSONParser.parse(JSONSerializer.serialize(report.json))["expressions"]?.arrayValue)
        #expect(items.map { $0["kind"]?.stringValue } == ["duration", "date"])
        #expect(items.map { $0["date"]?.stringValue } == ["P18M", "2012-06"])
        #expect(items.map { $0["timex3"]?["value"]?.stringValue } == ["P18M", "2012-06"])
        #expect(items.map { $0["timex3"]?["type"]?.stringValue } == ["DURATION", "DATE"])
    }
}

/// The `dates` binary on text that is no profile: standard input, a long headline, TimeML output.
@Suite struct DatesAnyTextCommandTests {
    static let binary = DatesCommandTests.binary

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func readsStandardInput() throws {
        for arguments in [["dates"], ["dates", "-"]] {
            let output = try #require(Shell.run(Self.binary, arguments + ["--json", "--reference-date", "2013-03-13"],
                                                input: "The council met yesterday.\n"))
            #expect(output.status == 0)
            let items = try #require(JSONParser.parse(output.stdout)["expressions"]?.arrayValue)
            #expect(items.map { $0["timex3"]?["value"]?.stringValue } == ["2013-03-12"])
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func readsANewsFileWithALongHeadlineAndNoNameLine() throws {
        let path = NSTemporaryDirectory() + "chronograph-news-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "City council approves the new riverside tram line after a long and bitter debate over its cost\n\n"
            + "The council voted on Thursday to build the line by 2016.\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let output = try #require(Shell.run(Self.binary, ["dates", path, "--format", "timeml", "--reference-date", "2013-03-13"]))
        #expect(output.status == 0)
        #expect(output.stdout.contains("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-07\">Thursday</TIMEX3> to build"))
        #expect(output.stdout.contains("by <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2016\" mod=\"ON_OR_BEFORE\">2016</TIMEX3>."))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func unknownFormatIsAOneLineUsageError() throws {
        let output = try #require(Shell.run(Self.binary, ["dates", "--format", "bogus"], input: ""))
        #expect(output.status == 64)
        #expect(output.stderr.split(separator: "\n").count == 1)
    }
}
