import ChronographCore
import ChronographExport
import ChronographExtract
import ChronographGraph
import ChronographIngest
import Foundation

/// The whole build: read inputs → segment profiles → extract → graph. The CLI and the
/// benchmark call this; exporting is `Exports.write`.
public struct Pipeline: Sendable {
    public var segmenter = ProfileSegmenter()
    public var extractor = Extractor()
    /// Told the name of each stage as it starts (the CLI's progress line).
    public var progress: (@Sendable (String) -> Void)?

    public init() {}

    /// Everything a build produced, plus sizes for the summary and the benchmark.
    public struct Result: Sendable {
        public var documents: [Document]
        public var profiles: [Profile]
        public var extraction: Extraction
        public var graph: KnowledgeGraph
        public var timings: [StageTiming]

        public var summary: (profiles: Int, entities: Int, events: Int) {
            (profiles.count, extraction.entities.count, extraction.events.count)
        }

        public var words: Int {
            documents.reduce(0) { total, doc in
                var count = 0, inWord = false
                for s in doc.scalars {
                    let space = s.properties.isWhitespace
                    if !space && !inWord { count += 1 }
                    inWord = !space
                }
                return total + count
            }
        }
    }

    /// `excluding`: folders not to read (the output folder, when it lies inside an input).
    public func run(inputs: [String], excluding: [String] = []) throws -> Result {
        var timer = StageTimer()
        timer.onStage = progress
        let files = try timer.measure("collect") { try InputCollector.collect(inputs, excluding: excluding) }
        let documents = try timer.measure("read") { try files.map(DocumentReader.read) }
        return try run(documents: documents, timer: timer, origin: inputs.joined(separator: ", "))
    }

    public func run(documents: [Document], timer: StageTimer = StageTimer(), origin: String = "input") throws -> Result {
        var timer = timer
        let profiles = try timer.measure("segment") {
            try documents.flatMap { document -> [Profile] in
                let found = try segmenter.profiles(in: document)
                return found
            }
        }
        guard !profiles.isEmpty else { throw ChronographError(file: origin, "no profiles found") }
        let extraction = timer.measure("extract") { extractor.extract(profiles) }
        let graph = timer.measure("graph") { GraphBuilder(themes: extractor.themes).build(extraction, sentences: profiles.flatMap(\.sentences)) }
        return Result(documents: documents, profiles: profiles, extraction: extraction, graph: graph, timings: timer.timings)
    }
}

/// One measured stage: wall time, and the process's peak resident memory when it ended.
public struct StageTiming: Sendable {
    public var stage: String
    public var seconds: Double
    public var peakMemoryBytes: Int
    /// A part of the stage before it that ran alongside its other parts: shown, not added to totals.
    public var isPart = false
}

/// Wall-clock time and peak memory per named stage.
public struct StageTimer: Sendable {
    public private(set) var timings: [StageTiming] = []
    /// Called with each stage's name as it starts.
    public var onStage: (@Sendable (String) -> Void)?
    public init() {}

    public mutating func measure<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        onStage?(stage)
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try work()
        timings.append(StageTiming(stage: stage, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                                   peakMemoryBytes: Self.peakMemoryBytes()))
        return value
    }

    /// Records a part of the last stage, timed by the caller (parts run in parallel).
    public mutating func recordPart(_ stage: String, seconds: Double) {
        timings.append(StageTiming(stage: stage, seconds: seconds, peakMemoryBytes: Self.peakMemoryBytes(), isPart: true))
    }

    /// The process's peak resident set size so far (getrusage; Linux reports kilobytes, macOS bytes).
    public static func peakMemoryBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
        #endif
    }
}
