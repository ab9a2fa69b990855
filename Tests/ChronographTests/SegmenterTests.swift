import ChronographCore
import ChronographIngest
import Foundation
import Testing

/// Profile segmentation on the seed and on layouts written for these tests.
@Suite struct SegmenterTests {
    static let furnitureStarts = ["In the News", "Read the latest updates", "Want to know more"]

    static func isFurniture(_ sentence: Sentence) -> Bool {
        furnitureStarts.contains { sentence.text.hasPrefix($0) }
            || sentence.text.contains("featured in the Intelligent Community Forum book")
    }

    @Test func seedKeepsHeadingsAsSectionsAndDropsFurniture() throws {
        let profiles = try segment(TestPaths.seed)
        #expect(profiles.count == 10)
        for profile in profiles {
            #expect(profile.footer.population != nil, "\(profile.name) has a footer population")
            #expect(!profile.footer.awards.isEmpty, "\(profile.name) has footer awards")
            #expect(!profile.sentences.contains(where: Self.isFurniture), "\(profile.name) has no furniture sentences")
            for sentence in profile.sentences where sentence.section != nil {
                #expect(profile.sections.contains(sentence.section!))
            }
        }
        let withSections = profiles.filter { !$0.sections.isEmpty }
        #expect(withSections.count >= 4)
        // Paragraphs count up from 0 in reading order; sentences of one line share one.
        for profile in profiles {
            let paragraphs = profile.sentences.map(\.paragraph)
            #expect(paragraphs.first == 0 && zip(paragraphs, paragraphs.dropFirst()).allSatisfy { $1 == $0 || $1 == $0 + 1 })
        }
        #expect(profiles[0].sentences[0].paragraph == profiles[0].sentences[1].paragraph)
        // A section title is never also a profile name or a sentence.
        let names = Set(profiles.map(\.name))
        #expect(withSections.allSatisfy { Set($0.sections).isDisjoint(with: names) })
    }

    @Test func footerInAnyOrderClosesTheProfile() throws {
        let profiles = try segment(TestPaths.fixture("layouts/reordered-footer.txt"))
        #expect(profiles.map(\.name) == ["Lakeview", "Greywater County"])
        let lakeview = profiles[0], greywater = profiles[1]
        #expect(lakeview.sections == ["Building the Network"])
        #expect(lakeview.sentences.count == 5)
        #expect(lakeview.sentences.last?.section == "Building the Network")
        #expect(lakeview.footer.population == 40250)
        #expect(lakeview.footer.laborForce == 21500)
        #expect(lakeview.footer.website == "www.lakeview.example.org")
        #expect(lakeview.footer.awards.map { "\($0.award) \($0.year)" } == ["Smart21 2013", "Smart21 2015"])
        #expect(greywater.footer.population == 1_200_000)
        #expect(greywater.footer.awards.map { "\($0.award) \($0.year)" }
            == ["Top7 2018", "Top7 2019", "Intelligent Community of the Year 2019"])
    }

    @Test func profileWithoutFooterIsFollowedByTheNextProfile() throws {
        let profiles = try segment(TestPaths.fixture("layouts/missing-footer.txt"))
        #expect(profiles.map(\.name) == ["Port Alder", "Rivermouth", "Norhaven"])
        guard profiles.count == 3 else { return }
        // Neither of the first two has a footer; the next paragraph names the next profile.
        #expect(profiles[0].footer == FooterFacts())
        #expect(profiles[1].footer == FooterFacts())
        #expect(profiles.map(\.sentences.count) == [2, 3, 2])
        #expect(profiles[2].footer.population == 3_375_000)
        #expect(profiles[2].footer.website == "https://norhaven.example/")
    }

    @Test func headingThatLooksLikeANameStaysASection() throws {
        let profiles = try segment(TestPaths.fixture("layouts/heading-like-name.txt"))
        #expect(profiles.map(\.name) == ["Saltmarsh", "Bellhaven"])
        guard profiles.count == 2 else { return }
        #expect(profiles[0].sections == ["Harbor Point", "Eastgate Innovation Campus"])
        #expect(!profiles[0].sentences.contains(where: Self.isFurniture))
        #expect(profiles[0].footer.awards.map(\.year) == [2016, 2018])
        // The last profile has no footer at all.
        #expect(profiles[1].footer == FooterFacts())
        #expect(profiles[1].sentences.map(\.text) == ["Bellhaven is an inland city."])
    }

    @Test func markdownHeadingsMarkProfilesAndSections() throws {
        let document = try readDocument(TestPaths.fixture("layouts/markdown.md"))
        let profiles = try ProfileSegmenter().profiles(in: document)
        #expect(profiles.map(\.name) == ["Quarry Hill", "Westbrook"])
        #expect(profiles.map(\.sections) == [["Skills for Everyone"], ["Research Links"]])
        #expect(profiles.map(\.footer.population) == [12500, 90000])
        #expect(profiles[1].footer.website == "westbrook.example.net")
        // The name span leaves out the `# ` marker.
        #expect(document.text(profiles[0].nameSpan.start..<profiles[0].nameSpan.end) == "Quarry Hill")
    }

    @Test func htmlPageBecomesLinesWithDecodedEntities() throws {
        let profiles = try segment(TestPaths.fixture("layouts/page.html"))
        #expect(profiles.map(\.name) == ["Saint-Éloïse"])
        let profile = try #require(profiles.first)
        #expect(profile.sections == ["Open Data"])
        let text = profile.sentences.map(\.text)
        #expect(text == [
            "Saint-Éloïse is a town of 18,000 residents & many students.",
            "In 2010 the town opened a \u{201C}digital house\u{201D}.",
            "The town publishes its budget as open data.",
        ])
        #expect(profile.footer.population == 18000)
        #expect(profile.footer.website == "www.saint-eloise.example")
        #expect(profile.footer.awards.map(\.year) == [2020])
    }

    @Test func directoryInputHoldsOneProfilePerFile() throws {
        let files = try InputCollector.collect([TestPaths.fixture("per-file")])
        #expect(files.map(\.name) == ["lindenfeld.txt", "north/kalvik.htm", "north/osterby.md"])
        #expect(files.map(\.format) == [.text, .html, .markdown])
        let profiles = try segment(TestPaths.fixture("per-file"))
        #expect(profiles.map(\.name) == ["Lindenfeld", "Kalvik", "Osterby"])
        #expect(profiles.map(\.document) == ["lindenfeld.txt", "north/kalvik.htm", "north/osterby.md"])
        #expect(profiles.map(\.footer.population) == [9800, 4100, nil])
        #expect(profiles[2].footer.awards.map(\.year) == [2019])
    }

    @Test func sentenceSpansAreSlicesOfTheirDocument() throws {
        for fixture in ["layouts/reordered-footer.txt", "layouts/missing-footer.txt", "layouts/markdown.md",
                        "layouts/page.html", "layouts/heading-like-name.txt"] {
            let document = try readDocument(TestPaths.fixture(fixture))
            for profile in try ProfileSegmenter().profiles(in: document) {
                #expect(document.text(profile.nameSpan.start..<profile.nameSpan.end) == profile.name)
                for sentence in profile.sentences {
                    #expect(document.text(sentence.span.start..<sentence.span.end) == sentence.text)
                }
            }
        }
    }
}

/// Layouts given inline, through the reader so Markdown and HTML headings are marked.
@Suite struct SegmenterLayoutTests {
    func profiles(_ text: String, _ format: Document.Format) throws -> [Profile] {
        try ProfileSegmenter().profiles(in: DocumentReader.decode(Array(text.utf8), name: "inline", format: format))
    }

    @Test func markdownWithPlainNameLinesKeepsHeadingsAsSections() throws {
        let found = try profiles("""
            Fernbrook

            Fernbrook is a valley town. It began a broadband plan in 2003.

            ## Broadband Plan

            The plan reached farms by 2008.

            Population: 7,000
            Ashcombe
            Ashcombe is a port.
            """, .markdown)
        #expect(found.map(\.name) == ["Fernbrook", "Ashcombe"])
        #expect(found.first?.sections == ["Broadband Plan"])
    }

    @Test func markdownNameOverItsOwnSectionsIsTheProfileName() throws {
        let found = try profiles("""
            # Fernhill

            ## Early days

            Fernhill was founded in 1852 by timber merchants.

            ## Getting online

            Since 2014 the library has lent laptops.

            Population: about 12,000
            """, .markdown)
        #expect(found.map(\.name) == ["Fernhill"])
        #expect(found.first?.sections == ["Early days", "Getting online"])
        #expect(found.first?.footer.population == 12000)
    }

    @Test func htmlNamesAtTheSecondLevelUnderAPageTitle() throws {
        let found = try profiles("""
            <html><body><h1>Member Communities</h1>
            <h2>Fernbrook</h2><p>Fernbrook is a valley town.</p><h3>Schools</h3><p>Every school is online.</p>
            <h2>Ashcombe</h2><p>Ashcombe is a port.</p><p>Population: 15,000</p>
            </body></html>
            """, .html)
        // The page title has nothing under it and is no profile.
        #expect(found.map(\.name) == ["Fernbrook", "Ashcombe"])
        #expect(found.first?.sections == ["Schools"])
        #expect(found.last?.footer.population == 15000)
    }

    @Test func countySuffixIsOptionalInTheNarrative() throws {
        let found = try profiles("""
            Fernbrook
            Fernbrook is a valley town.
            Ashcombe County
            The people of Ashcombe voted for a fibre network.
            """, .text)
        #expect(found.map(\.name) == ["Fernbrook", "Ashcombe County"])
    }

    /// Issue 12: a document that opens with prose, or holds only footer facts, is one profile
    /// named by its file, not an error nor a community called "Population: 12,000".
    @Test func aDocumentWithoutANameLineIsOneProfileNamedByItsFile() throws {
        let decode = { (text: String) in try DocumentReader.decode(Array(text.utf8), name: "reports/north_valley-fibre.txt", format: .text) }
        let report = try ProfileSegmenter().profiles(in: decode("""
            A Report On Regional Broadband In The Northern Valleys Published In 2019 By The Valley Councils
            The valley councils built 400 km of fibre between 2012 and 2016 with Telcora Ltd.

            """))
        #expect(report.map(\.name) == ["north valley fibre"])
        #expect(report.first?.sentences.first?.text.hasPrefix("A Report On Regional Broadband") == true)
        let facts = try ProfileSegmenter().profiles(in: decode("Population: 12,000\nSmart21 2014\n"))
        #expect(facts.map(\.name) == ["north valley fibre"])
        #expect(facts.first?.footer.population == 12_000 && facts.first?.footer.awards.map(\.year) == [2014])
    }

    @Test func htmlDefinitionListsAndTableRowsAreFooterLines() throws {
        let found = try profiles("""
            <html><body><h1>Harbourview</h1><p>Harbourview opened a fibre ring in 2009.</p>
            <dl><dt>Population</dt><dd>30,900</dd><dt>Website</dt><dd>harbourview.example</dd></dl>
            <table><tr><th>Smart21</th><td>2011</td><td>2012</td></tr></table></body></html>
            """, .html)
        #expect(found.map(\.name) == ["Harbourview"])
        let footer = try #require(found.first?.footer)
        #expect(footer.population == 30_900 && footer.website == "harbourview.example")
        #expect(footer.awards.map(\.year) == [2011, 2012])
    }
}
