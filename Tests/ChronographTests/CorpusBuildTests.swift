import ChronographCore
import Foundation
import Testing
@testable import Chronograph

/// Whole corpora that once crashed the build: the development set (through ../shared when it is
/// present), the crasher inputs kept as fixtures, and two people sharing a surname.
@Suite struct CorpusBuildTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let devProfiles = here.appendingPathComponent("../../../shared/eval/dev/profiles").standardized.path

    /// Every edge joins two nodes of the graph, every entity names a profiled community.
    func expectComplete(_ result: Pipeline.Result) {
        let graph = result.graph
        for edge in graph.edges {
            #expect(graph.node(edge.source) != nil, "edge from missing node \(edge.source)")
            #expect(graph.node(edge.target) != nil, "edge to missing node \(edge.target)")
        }
        let communities = Set(result.profiles.map(\.name))
        for entity in result.extraction.entities {
            #expect(!entity.communities.isEmpty && entity.communities.allSatisfy(communities.contains))
            #expect(graph.node(entity.id) != nil)
        }
        for event in result.extraction.events { #expect(graph.node(event.id) != nil) }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: devProfiles)))
    func developmentSetBuildsAsOneCorpus() throws {
        let result = try Pipeline().run(inputs: [Self.devProfiles])
        #expect(result.profiles.count == 32)
        #expect(result.extraction.entities.count > 500)
        #expect(result.extraction.events.count > 800)
        expectComplete(result)
    }

    @Test func crasherInputsBuild() throws {
        let folder = Self.here.appendingPathComponent("Fixtures/crashers").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(!files.isEmpty)
        for file in files {
            let result = try Pipeline().run(inputs: [folder + "/" + file])
            #expect(!result.profiles.isEmpty)
            expectComplete(result)
        }
    }

    @Test func twoPeopleSharingASurnameAndALoneSurname() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-surname-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("lakeside.txt")
        try "Lakeside\nLakeside hired Jane Doe.\nDoe came.\nJohn Doe left.\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try Pipeline().run(inputs: [file.path])
        let people = result.extraction.entities.filter { $0.type == .person }.map(\.name).sorted()
        #expect(people == ["Jane Doe", "John Doe"])
        expectComplete(result)
    }
}
