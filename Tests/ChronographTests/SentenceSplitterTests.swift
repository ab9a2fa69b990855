import ChronographCore
import ChronographIngest
import Testing

/// Sentence boundaries with scalar offsets, robust to abbreviations, initials, decimals and quotes.
@Suite struct SentenceSplitterTests {
    func sentences(_ paragraph: String) -> [String] {
        let scalars = Array(paragraph.unicodeScalars)
        return SentenceSplitter.standard.split(scalars, in: 0..<scalars.count).map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
    }

    @Test(arguments: [
        ("Mr. Okafor chairs the board. It meets monthly.", ["Mr. Okafor chairs the board.", "It meets monthly."]),
        ("It was ranked by A.T. Kearney in 2012. Investors followed.",
         ["It was ranked by A.T. Kearney in 2012.", "Investors followed."]),
        ("It partners with Hanmi Co., Ltd. and a U.S. university. Both opened labs.",
         ["It partners with Hanmi Co., Ltd. and a U.S. university.", "Both opened labs."]),
        ("Exports reached 2.87 trillion won. Growth slowed.", ["Exports reached 2.87 trillion won.", "Growth slowed."]),
        ("Several services, e.g. Parking and permits, went online. Dr. Lee led it.",
         ["Several services, e.g. Parking and permits, went online.", "Dr. Lee led it."]),
        ("The mayor said, \u{201C}We start now.\u{201D} The council agreed!",
         ["The mayor said, \u{201C}We start now.\u{201D}", "The council agreed!"]),
        ("She asked \"Why not?\" and left. Was it wise? Nobody knows\u{2026} Later, yes.",
         ["She asked \"Why not?\" and left.", "Was it wise?", "Nobody knows\u{2026}", "Later, yes."]),
        ("Version 2.0 shipped in Jan. 2015 (after delays). \u{201C}Finally,\u{201D} said J. Ode.",
         ["Version 2.0 shipped in Jan. 2015 (after delays).", "\u{201C}Finally,\u{201D} said J. Ode."]),
        ("The plan ends in 2030. 40% of homes have fibre.", ["The plan ends in 2030.", "40% of homes have fibre."]),
        ("Visit www.fernbrook.example.org today. It is new", ["Visit www.fernbrook.example.org today.", "It is new"]),
    ])
    func splits(paragraph: String, expected: [String]) {
        #expect(sentences(paragraph) == expected)
    }

    @Test func offsetsCountUnicodeScalarsAndSkipSurroundingSpace() {
        // "é" as e + combining accent is two scalars; the emoji flag is two scalars.
        let paragraph = "  Caf\u{0065}\u{0301} \u{1F1EB}\u{1F1F7} opened. Next one.  "
        let scalars = Array(paragraph.unicodeScalars)
        let ranges = SentenceSplitter.standard.split(scalars, in: 0..<scalars.count)
        #expect(ranges == [2..<18, 19..<28])
    }

    @Test func splitsOnlyInsideTheGivenRange() {
        let scalars = Array("Skip this. Keep this one. And this. Not this.".unicodeScalars)
        let ranges = SentenceSplitter.standard.split(scalars, in: 11..<35)
        #expect(ranges == [11..<25, 26..<35])
    }
}
