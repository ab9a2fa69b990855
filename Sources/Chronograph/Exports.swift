import ChronographCore
import ChronographExport
import ChronographStore
import Foundation

/// The files `build` writes, by format name.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, gexf, json, timelinejs, html, neo4j, sqlite

    /// Everything but the Neo4j folder, which only Neo4j users want.
    public static let defaults: [ExportFormat] = [.graphml, .gexf, .json, .timelinejs, .html, .sqlite]

    /// "graphml,json" or several values; empty means the defaults.
    public static func parse(_ values: [String]) throws -> [ExportFormat] {
        let names = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !names.isEmpty else { return defaults }
        return try names.map { name in
            guard let format = ExportFormat(rawValue: name) else {
                throw ChronographError("unknown format '\(name)' (known: \(allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return format
        }
    }

    /// The files (or folder) the format writes, relative to the output directory.
    public var outputs: [String] {
        switch self {
        case .graphml: return ["graph.graphml"]
        case .gexf: return ["graph.gexf"]
        case .json: return ["graph.json", "timeline.json"]
        case .timelinejs: return ["timeline.timelinejs.json"]
        case .html: return ["timeline.html"]
        case .neo4j: return ["neo4j/nodes.csv", "neo4j/relationships.csv", "neo4j/import.cypher"]
        case .sqlite: return [Store.fileName]
        }
    }
}

public enum Exports {
    /// Writes each format into `directory` (created if missing) as one set that replaces the
    /// folder's previous exports at once (`ExportSet`); returns the paths written.
    public static func write(_ result: Pipeline.Result, formats: [ExportFormat] = ExportFormat.defaults,
                             to directory: String, timer: inout StageTimer) throws -> [String] {
        try write(graph: result.graph, events: result.extraction.events, documents: result.documents,
                  profiles: result.profiles, formats: formats, to: directory, timer: &timer)
    }

    /// The same for a graph and timeline built by other means (tests, other front ends); the
    /// store then lists the documents and sentences given here.
    public static func write(graph: KnowledgeGraph, events: [Event], documents: [Document] = [], profiles: [Profile] = [],
                             formats: [ExportFormat] = ExportFormat.defaults,
                             to directory: String, timer: inout StageTimer) throws -> [String] {
        var outcomes: [(seconds: Double, error: ChronographError?)] = []
        try ExportSet(directory).replace { staging in
            @Sendable func path(_ name: String) -> String { (staging as NSString).appendingPathComponent(name) }
            // Formats are independent files: write them on all cores, report the first failure.
            outcomes = timer.measure("export (\(formats.count) formats in parallel)") {
                formats.parallelMap { format -> (seconds: Double, error: ChronographError?) in
                    let start = DispatchTime.now().uptimeNanoseconds
                    do {
                        try write(format, graph: graph, events: events, documents: documents, profiles: profiles, path: path)
                    } catch let error as ChronographError {
                        return (0, error)
                    } catch {
                        return (0, ChronographError(file: directory, "\(error)"))
                    }
                    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, nil)
                }
            }
            if let failure = outcomes.compactMap(\.error).first { throw failure }
        }
        for (format, outcome) in zip(formats, outcomes) { timer.recordPart(format.rawValue, seconds: outcome.seconds) }
        return formats.flatMap { $0.outputs.map { (directory as NSString).appendingPathComponent($0) } }
    }

    private static func write(_ format: ExportFormat, graph: KnowledgeGraph, events: [Event], documents: [Document],
                              profiles: [Profile], path: @Sendable (String) -> String) throws {
        switch format {
        case .graphml:
            try GraphMLWriter.write(graph, to: path("graph.graphml"))
        case .gexf:
            try GEXFWriter.write(graph, to: path("graph.gexf"))
        case .json:
            try AtomicFile.write(JSONSerializer.serialize(JSONExports.graph(graph)), to: path("graph.json"))
            try AtomicFile.write(JSONSerializer.serialize(JSONExports.timeline(events)), to: path("timeline.json"))
        case .timelinejs:
            try AtomicFile.write(JSONSerializer.serialize(TimelineJSExport.timeline(events)),
                                 to: path("timeline.timelinejs.json"))
        case .html:
            try HTMLTimeline.write(events, to: path("timeline.html"))
        case .neo4j:
            try Neo4jExport.write(graph, to: path("neo4j"))
        case .sqlite:
            try AtomicFile.write(path(Store.fileName)) { temp in
                try StoreWriter.write(graph: graph, events: events, documents: documents, profiles: profiles, to: temp)
            }
        }
    }
}
