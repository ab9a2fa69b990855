import ChronographCore
import Foundation
import Testing
import ChronographExport
@testable import Chronograph

/// End-to-end: the seed corpus builds into profiles, awards and events with true provenance.
@Suite struct PipelineTests {
    static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../seeds/icf-profiles.txt").standardized.path

    @Test func seedBuildsTenProfilesWithFooterFacts() throws {
        let result = try Pipeline().run(inputs: [Self.seedPath])
        #expect(result.profiles.map(\.name) == [
            "Issy-les-Moulineaux", "Besançon", "Oulu", "Tallinn", "Tirana", "Nairobi County",
            "Nelson Mandela Bay", "Cape Town", "Taoyuan City", "Taitung County",
        ])
        let issy = try #require(result.extraction.communities.first)
        #expect(issy.population == 67360)
        #expect(issy.laborForce == 72000)
        #expect(issy.website == "www.issy.com/en/home")
        #expect(issy.awards.contains(AwardRecord(award: "Top7", year: 2005)))
        #expect(issy.aliases.contains("Issy"))
    }

    @Test func everyEventTextIsItsSourceSlice() throws {
        let result = try Pipeline().run(inputs: [Self.seedPath])
        let document = try #require(result.documents.first)
        for event in result.extraction.events {
            #expect(document.text(event.source.start..<event.source.end) == event.text)
        }
    }

    @Test func everyEntityOccurrencePointsAtItsNameInsideItsSentence() throws {
        let result = try Pipeline().run(inputs: [Self.seedPath])
        let document = try #require(result.documents.first)
        let graph = JSONExports.graph(result.graph)
        var checked = 0
        for node in graph["nodes"]?.arrayValue ?? [] {
            let forms = Set(([node["label"]] + (node["aliases"]?.arrayValue ?? [])).compactMap { $0?.stringValue })
            for occurrence in node["occurrences"]?.arrayValue ?? [] {
                let start = try #require(occurrence["start"]?.intValue), end = try #require(occurrence["end"]?.intValue)
                let sentenceStart = try #require(occurrence["sentence_start"]?.intValue)
                let sentenceEnd = try #require(occurrence["sentence_end"]?.intValue)
                #expect(sentenceStart <= start && end <= sentenceEnd)
                let surface = document.text(start..<end)
                #expect(forms.contains { $0.contains(surface) || surface.contains($0) }, "\(surface) is not a form of \(forms)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
