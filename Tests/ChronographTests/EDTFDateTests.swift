import ChronographCore
import Testing

@Suite struct EDTFDateTests {
    typealias Day = EDTFDate.Day

    @Test func parsesAndFormatsTheSubset() throws {
        for text in ["1994", "2023-01", "2014-12-25", "2007/2011", "2011/..", "../1995", "197X", "20XX", "197X/198X",
                     "1994~", "2001?", "2004%", "2015-09/2015-12", "../2015-09", "0024"] {
            #expect(try EDTFDate(parsing: text).description == text)
        }
        #expect(try EDTFDate(parsing: " 1994 ").description == "1994")
        #expect(try EDTFDate(parsing: "197x").description == "197X")
    }

    @Test func rejectsWhatItDoesNotUnderstand() {
        for text in ["", "94", "1994-13", "1994-02-30", "2023-1", "1X94", "1XXX", "../..", "/", "May 2015", "2015-05-XX"] {
            #expect(throws: EDTFDate.ParseError.self, "\(text)") { try EDTFDate(parsing: text) }
        }
    }

    @Test func boundsCoverTheWholeSpan() throws {
        let cases: [(String, Day?, Day?)] = [
            ("1994", Day(year: 1994, month: 1, day: 1), Day(year: 1994, month: 12, day: 31)),
            ("2024-02", Day(year: 2024, month: 2, day: 1), Day(year: 2024, month: 2, day: 29)),
            ("2023-02", Day(year: 2023, month: 2, day: 1), Day(year: 2023, month: 2, day: 28)),
            ("2014-12-25", Day(year: 2014, month: 12, day: 25), Day(year: 2014, month: 12, day: 25)),
            ("197X", Day(year: 1970, month: 1, day: 1), Day(year: 1979, month: 12, day: 31)),
            ("20XX", Day(year: 2000, month: 1, day: 1), Day(year: 2099, month: 12, day: 31)),
            ("197X/198X", Day(year: 1970, month: 1, day: 1), Day(year: 1989, month: 12, day: 31)),
            ("2011/..", Day(year: 2011, month: 1, day: 1), nil),
            ("../1995", nil, Day(year: 1995, month: 12, day: 31)),
            ("1994~", Day(year: 1994, month: 1, day: 1), Day(year: 1994, month: 12, day: 31)),
        ]
        for (text, earliest, latest) in cases {
            let date = try EDTFDate(parsing: text)
            #expect(date.earliest == earliest, "\(text)")
            #expect(date.latest == latest, "\(text)")
        }
        #expect(try EDTFDate(parsing: "../1995").firstYear == 1995)
        #expect(try EDTFDate(parsing: "1997/1999").firstYear == 1997)
        #expect(try EDTFDate(parsing: "1997/1999").lastYear == 1999)
    }

    @Test func ordersByStartThenEnd() throws {
        let values = try ["../1995", "199X", "1990/1993", "1994", "1994-03", "1994-03-02", "1994/..", "2011/.."]
            .map { try EDTFDate(parsing: $0) }
        let shuffled = [values[5], values[7], values[0], values[3], values[1], values[6], values[2], values[4]]
        #expect(shuffled.sorted().map(\.description) == ["1990/1993", "199X", "1994", "1994/..", "1994-03", "1994-03-02", "../1995", "2011/.."])
        #expect(try EDTFDate(parsing: "1994") < EDTFDate(parsing: "1995"))
        #expect(!(try EDTFDate(parsing: "1995") < EDTFDate(parsing: "1995")))
    }

    @Test func overlapAndShift() throws {
        #expect(try EDTFDate(parsing: "199X").overlaps(EDTFDate(parsing: "1997/2003")))
        #expect(try !EDTFDate(parsing: "../1995").overlaps(EDTFDate(parsing: "1996")))
        #expect(try EDTFDate(parsing: "2011/..").overlaps(EDTFDate(parsing: "20XX")))
        #expect(EDTFDate.shift(.month(2019, 12), months: 1) == .month(2020, 1))
        #expect(EDTFDate.shift(.day(2019, 3, 5), months: -3) == .month(2018, 12))
        #expect(EDTFDate.shift(.year(2019), months: 1) == nil)
    }

    @Test func constructorsMatchParsing() throws {
        #expect(EDTFDate.decade(1987) == (try EDTFDate(parsing: "198X")))
        #expect(EDTFDate.century(2012) == (try EDTFDate(parsing: "20XX")))
        #expect(EDTFDate.interval(2007, 2011) == (try EDTFDate(parsing: "2007/2011")))
        #expect(EDTFDate(from: nil, to: .init(year: 1995)) == (try EDTFDate(parsing: "../1995")))
    }
}
