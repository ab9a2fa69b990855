import ChronographCore
import ChronographExport
import Foundation

/// The files `build` writes, by format name.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, json

    public static let defaults: [ExportFormat] = [.graphml, .json]

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
}

public enum Exports {
    /// Writes each format into `directory` (created if missing); returns the paths written.
    public static func write(_ result: Pipeline.Result, formats: [ExportFormat] = ExportFormat.defaults,
                             to directory: String, timer: inout StageTimer) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ChronographError(file: directory, "output directory cannot be created")
        }
        var written: [String] = []
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        for format in formats {
            try timer.measure("export \(format.rawValue)") {
                switch format {
                case .graphml:
                    try GraphMLWriter.write(result.graph, to: path("graph.graphml"))
                    written.append(path("graph.graphml"))
                case .json:
                    try AtomicFile.write(JSONSerializer.serialize(JSONExports.graph(result.graph)), to: path("graph.json"))
                    try AtomicFile.write(JSONSerializer.serialize(JSONExports.timeline(result.extraction.events)),
                                         to: path("timeline.json"))
                    written += [path("graph.json"), path("timeline.json")]
                }
            }
        }
        return written
    }
}
