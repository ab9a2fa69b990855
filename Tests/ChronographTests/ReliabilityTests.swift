import ChronographCore
import ChronographExtract
import ChronographIngest
import Foundation
import Testing
@testable import Chronograph

/// Issue 12's crash and blow-up reproducers: each input builds (or reads) without a trap, and
/// every export of it passes its schema.
@Suite struct ReliabilityTests {
    /// Builds `text` as one file, writes every format and checks the public schemas when present.
    @discardableResult
    static func buildAndValidate(_ text: String, referenceDate: EDTFDate? = nil) throws -> Pipeline.Result {
        let directory = try TemporaryDirectory()
        let input = try directory.write("in/lakeside.txt", text)
        var pipeline = Pipeline()
        pipeline.extractor.referenceDate = referenceDate
        let result = try pipeline.run(inputs: [input])
        var timer = StageTimer()
        let out = directory.file("out")
        _ = try Exports.write(result, formats: ExportFormat.allCases, to: out, timer: &timer)
        if ExportSchemaTests.sharedAvailable {
            for (kind, file) in [("graphml", "graph.graphml"), ("gexf", "graph.gexf"), ("timelinejs", "timeline.timelinejs.json")] {
                let check = try Tool.run(Tool.python!, [ExportSchemaTests.sharedValidator, kind, out + "/" + file])
                #expect(check.status == 0, "\(kind): \(check.out)\(check.err)")
            }
        }
        return result
    }

    static func dates(_ result: Pipeline.Result) -> [String] { result.extraction.events.map(\.date.description) }

    // MARK: integer overflow

    @Test(arguments: ["9223372036854775807 million", "99999999999999999999.5 billion", "99999999999999999999"])
    func populationTooLargeForAnIntIsNoNumber(value: String) throws {
        #expect(FooterParser.standard.number(value) == nil)
        let result = try Self.buildAndValidate("Lakeside\nLakeside opened a library in 2011.\n\nPopulation: \(value)\n")
        #expect(result.profiles.map(\.footer.population) == [nil])
    }

    @Test func gluedLettersMakeNoCountButMultipliersStillScale() {
        let parser = FooterParser.standard
        #expect(parser.number("0x10") == nil)
        #expect(parser.number("12abc") == nil)
        #expect(parser.number("1.5m") == 1_500_000)
        #expect(parser.number("98,100 inhabitants") == 98_100)
        #expect(parser.number("about 42,300") == 42_300)
        #expect(parser.number("2 billion") == 2_000_000_000)
    }

    @Test func hugeRelativeAndAgoCountsAreNoDates() throws {
        let text = """
        Lakeside
        In 2010 Lakeside opened a harbour office. Within 999999999999999999 years it opened a ferry line.
        The town opened its first school 999999999999999999 years ago.

        """
        let result = try Self.buildAndValidate(text, referenceDate: .day(2020, 5, 1))
        #expect(Self.dates(result) == ["2010"])
    }

    // MARK: years the exports cannot carry

    @Test(arguments: [
        ("In 2010 Lakeside opened a harbour office. Within 99999 years it opened a ferry line.", ["2010"]),
        ("In 2010 Lakeside opened a harbour office. The town opened its first school 3000 years ago.", ["2010"]),
        ("In 2010 Lakeside opened a harbour office. The town was founded in the 1st century.", ["2010"]),
    ])
    func yearsOutsideOneToNineThousandAreNoDates(sentence: String, expected: [String]) throws {
        let result = try Self.buildAndValidate("Lakeside\n\(sentence)\n", referenceDate: .day(2020, 5, 1))
        #expect(Self.dates(result) == expected)
    }

    @Test func supportedYearsCoverEveryDayOfTheValue() {
        #expect(EDTFDate.year(1).isWithinSupportedYears)
        #expect(EDTFDate.year(9999).isWithinSupportedYears)
        #expect(!EDTFDate.year(0).isWithinSupportedYears)
        #expect(!EDTFDate.century(0).isWithinSupportedYears)
        #expect(!EDTFDate.interval(2010, 102009).isWithinSupportedYears)
        #expect(EDTFDate(from: EDTFDate.Point(year: 2010), to: nil).isWithinSupportedYears)
    }

    // MARK: corrupted graph.json

    @Test func loneHighSurrogateBecomesAReplacementAndTheNextEscapeIsKept() throws {
        #expect(try JSONParser.parse(#""Oulu\uD800\u0041""#) == .string("Oulu\u{FFFD}A"))
        #expect(try JSONParser.parse(#""\uD83D\uDE00""#) == .string("\u{1F600}"))
        #expect(try JSONParser.parse(#""\uDC00x""#) == .string("\u{FFFD}x"))
    }

    @Test func numbersPastIntAreNoIntsAndInfinityIsRefused() throws {
        #expect(try JSONParser.parse("1e19").intValue == nil)
        #expect(try JSONParser.parse("99999999999999999999").intValue == nil)
        #expect(try JSONParser.parse("-1e19").intValue == nil)
        #expect(try JSONParser.parse("12.0").intValue == 12)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("1e400") }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("[-1e400]") }
    }

    @Test func queriesReadACorruptedGraphWithoutTrapping() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("in/a.txt", """
        Lakeside
        In 2012 Lakeside launched the Harbour Fibre Network with Jane Okafor.

        Population: 12,000

        """)
        let out = directory.file("out")
        var timer = StageTimer()
        _ = try Exports.write(try Pipeline().run(inputs: [input]), formats: [.json], to: out, timer: &timer)
        let graph = try String(contentsOfFile: out + "/graph.json", encoding: .utf8)
        for number in ["1e19", "99999999999999999999", "-1e300", "1e300"] {
            let corrupted = graph.replacingOccurrences(of: #""population": 12000"#, with: #""population": \#(number)"#)
                .replacing(/"(weight|mentions)": [0-9.]+/) { #""\#($0.1)": \#(number)"# }
                .replacingOccurrences(of: "Lakeside", with: #"Lake\uD800\u0041side"#)
            try corrupted.write(toFile: out + "/graph.json", atomically: true, encoding: .utf8)
            let reports = try EntityReports(directory: out)
            for entity in try reports.list(type: nil, community: nil) { _ = try reports.card(for: entity) }
            #expect(corrupted.contains(number))
            let query = try RelatedQuery.load(from: out)
            _ = query.communitiesTable(like: nil)
            _ = query.communitiesJSON(like: nil)
        }
    }

    // MARK: linear work

    @Test func runOnSentencesAreCutAndEveryEventTextIsBounded() throws {
        let clauses = String(repeating: " and the following year", count: 4000)
        let result = try Self.buildAndValidate("Lakeside\nIn 2010 Lakeside grew\(clauses).\n")
        let longest = SentenceSplitter.longestSentence
        #expect(result.profiles.flatMap(\.sentences).allSatisfy { $0.text.unicodeScalars.count <= longest })
        #expect(result.extraction.events.allSatisfy { $0.text.unicodeScalars.count <= longest })
        // Nearly every clause still dates an event: cutting loses only clauses split at a cut.
        #expect(result.extraction.events.count > 3900)
    }

    @Test func aLongLineWithoutSpacesIsCutIntoBoundedPieces() {
        let scalars = Array(String(repeating: "x.y,", count: 500_000).unicodeScalars)
        let pieces = SentenceSplitter.standard.split(scalars, in: 0..<scalars.count)
        #expect(pieces.allSatisfy { $0.count <= SentenceSplitter.longestSentence })
        #expect(pieces.reduce(0) { $0 + $1.count } == scalars.count)
    }

    /// Every event and entity mention of a build quotes its document exactly at its span.
    static func expectTextsMatchSpans(_ result: Pipeline.Result) {
        let documents = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.name, $0) })
        func quoted(_ span: SourceSpan) -> String? { documents[span.document]?.text(span.start..<span.end) }
        for event in result.extraction.events { #expect(quoted(event.source) == event.text, "\(event.title)") }
        // Mentions in the narrative (a footer award's mention spans its whole line).
        let sentences = Set(result.profiles.flatMap(\.sentences).map(\.span))
        for mention in result.extraction.entities.flatMap(\.mentions) where sentences.contains(mention.sentence) {
            #expect(quoted(mention.span) == mention.text)
        }
    }

    @Test func aLineWithoutFullStopsIsCutIntoPiecesThatQuoteTheDocument() throws {
        let clause = "the Marsh Quay Fibre Loop of Lakeside hired Ines Varga in 2011 and the ferry trust grew and "
        let result = try Self.buildAndValidate("Lakeside\n" + String(repeating: clause, count: 400))
        let sentences = result.profiles.flatMap(\.sentences)
        #expect(sentences.count > 30)
        #expect(sentences.allSatisfy { $0.text.unicodeScalars.count <= SentenceSplitter.longestSentence })
        // Cut at spaces: no word is split between two pieces.
        let scalars = try #require(result.documents.first).scalars
        #expect(zip(sentences, sentences.dropFirst()).allSatisfy { scalars[$0.span.end] == " " && $1.span.start > $0.span.end })
        #expect(result.extraction.events.count > 350)
        #expect(result.extraction.entities.contains { $0.name == "Ines Varga" })
        Self.expectTextsMatchSpans(result)
    }

    /// With spaces between the years, and without (the line is then cut through numbers).
    @Test(arguments: [" | ", "|"])
    func anAwardLineOfTenThousandYearsGivesOneAwardEventPerYear(separator: String) throws {
        let years = (0..<10_000).map { 1800 + $0 % 401 }
        let line = "Smart21 " + years.map(String.init).joined(separator: separator)
        guard case let .award(name, parsed)? = FooterParser.standard.parse(line) else {
            Issue.record("not an award line")
            return
        }
        #expect(name == "Smart21" && parsed == years)
        let result = try Self.buildAndValidate("Lakeside\nLakeside opened a ferry office in 2010.\n\nPopulation: 12,000\n\(line)\n")
        // One per (award, year): the 401 years of the list, each once.
        let awards = result.extraction.events.filter { $0.title.hasPrefix("Smart21 ") }
        #expect(awards.count == 401)
        #expect(Set(awards.map(\.year)) == Set(1800...2200))
        #expect(awards.allSatisfy { $0.type == .award && $0.timeSpan == nil })
        #expect(result.extraction.communities.first?.awards.count == 401)
        // Each event quotes the piece of the line that lists its year, not the whole line (and
        // the whole year where a cut without spaces went through it).
        #expect(awards.allSatisfy { $0.text.unicodeScalars.count <= SentenceSplitter.longestSentence + 3 && $0.text.contains(String($0.year)) })
        Self.expectTextsMatchSpans(result)
        let document = try #require(result.documents.first)
        #expect(awards.allSatisfy { document.text($0.source.start..<$0.source.end) == $0.text })
    }

    @Test func aShortAwardLineStaysTheTextOfEachOfItsEvents() throws {
        let result = try Self.buildAndValidate("Lakeside\nLakeside opened a ferry office in 2010.\n\nSmart21 2012 | 2014 | 2012\n")
        let awards = result.extraction.events.filter { $0.type == .award }
        #expect(awards.map(\.year).sorted() == [2012, 2014])
        #expect(awards.allSatisfy { $0.text == "Smart21 2012 | 2014 | 2012" })
    }

    @Test func aParagraphEndingInYearsIsNoFooterLine() {
        let paragraph = String(repeating: "the ferry trust grew ", count: 20) + "Award 2011 | 2012"
        #expect(FooterParser.standard.parse(paragraph) == nil)
    }

    @Test func aNarrativeListOfManyYearsDatesOneEventPerYear() throws {
        let years = (1851...2050).map(String.init).joined(separator: " | ")
        let result = try Self.buildAndValidate("Lakeside\nThe Lakeside ferry fair was held in \(years).\n")
        #expect(Set(result.extraction.events.map(\.year)).count == 200)
        Self.expectTextsMatchSpans(result)
    }

    @Test func titlesKeepWholeNumbersAndEndWithoutSpaces() throws {
        let result = try Self.buildAndValidate("""
        Lakeside
        The bar had 1,200 members in 2011, 23,000 lawyers in 2013.
        Some 4,000 people came in 2016 .

        """)
        let titles = result.extraction.events.map(\.title)
        #expect(titles.contains("23,000 lawyers"), "\(titles)")
        #expect(titles.allSatisfy { $0 == $0.trimmingCharacters(in: .whitespaces) && !$0.hasPrefix("000") }, "\(titles)")
    }

    /// The fuzz harness (every format, every exporter) on the committed seed corpus, without the fuzzer.
    @Test func fuzzSeedCorpusReplaysThroughTheHarness() throws {
        let replayer = TestPaths.package.appendingPathComponent(".build/debug/chronograph-fuzz").path
        try #require(FileManager.default.isExecutableFile(atPath: replayer), "run `swift build` first")
        let corpus = TestPaths.package.appendingPathComponent("Fuzz/corpus").path
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().map { corpus + "/" + $0 }
        #expect(files.count >= 10)
        let run = try #require(Shell.run(replayer, files))
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func twoPeopleSharingASurnameBuildThroughTheBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.debugBinary))
        let directory = try TemporaryDirectory()
        let input = try directory.write("doe.txt", "Lakeside\nLakeside hired Jane Doe.\nDoe came.\nJohn Doe left.\n")
        let run = try #require(Shell.run(TestPaths.debugBinary, ["build", input, "--out", directory.file("o")]))
        #expect(run.status == 0, "\(run.stderr)")
    }
}
