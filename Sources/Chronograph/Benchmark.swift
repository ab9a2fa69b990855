import ChronographCore
import ChronographIngest
import Foundation

/// `chronograph bench`: builds a synthetic corpus of seed copies whose communities are renamed
/// ("Community 0042 <name>"), runs the build with every export, and reports per stage and in
/// total the wall time, MB/s, words/s and peak memory.
public enum Benchmark {
    public struct Report: Sendable {
        public var copies: Int
        public var bytes: Int
        public var words: Int
        public var profiles: Int
        public var events: Int
        public var stages: [StageTiming]

        public var seconds: Double { stages.filter { !$0.isPart }.reduce(0) { $0 + $1.seconds } }
        public var peakMemoryBytes: Int { stages.map(\.peakMemoryBytes).max() ?? 0 }

        /// A Markdown table, one row per stage and a total.
        /// The same figures for scripts: totals, then one object per stage.
        public var json: JSONValue {
            .object([
                ("copies", .int(copies)), ("bytes", .int(bytes)), ("words", .int(words)),
                ("profiles", .int(profiles)), ("events", .int(events)),
                ("seconds", .double(seconds)), ("peak_memory_bytes", .int(peakMemoryBytes)),
                ("stages", .array(stages.map { stage in
                    .object([("stage", .string(stage.stage)), ("seconds", .double(stage.seconds)),
                             ("peak_memory_bytes", .int(stage.peakMemoryBytes)), ("part", .bool(stage.isPart))])
                })),
            ])
        }

        public var table: String {
            let mb = Double(bytes) / 1_000_000
            func row(_ name: String, _ seconds: Double, _ peak: Int) -> String {
                let rate = seconds > 0 ? mb / seconds : 0, wordRate = seconds > 0 ? Double(words) / seconds : 0
                return "| \(name) | \(format(seconds, 3)) | \(format(rate, 1)) | \(format(wordRate / 1000, 0))k | \(format(Double(peak) / 1_048_576, 0)) |"
            }
            var lines = [
                "\(copies) copies: \(format(mb, 1)) MB, \(words) words, \(profiles) profiles, \(events) events",
                "",
                "| stage | wall s | MB/s | words/s | peak RSS MiB |",
                "|---|---:|---:|---:|---:|",
            ]
            lines += stages.map { row($0.isPart ? "  · \($0.stage)" : $0.stage, $0.seconds, $0.peakMemoryBytes) }
            lines.append(row("**total**", seconds, peakMemoryBytes))
            return lines.joined(separator: "\n")
        }

        private func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
    }

    /// Writes the corpus into `directory/corpus`, builds it into `directory/exports`.
    public static func run(seed: String, copies: Int, in directory: String) throws -> Report {
        let corpus = (directory as NSString).appendingPathComponent("corpus")
        let bytes = try makeCorpus(seed: seed, copies: copies, in: corpus)
        let result = try Pipeline().run(inputs: [corpus])
        var timer = StageTimer()
        _ = try Exports.write(result, formats: ExportFormat.allCases,
                              to: (directory as NSString).appendingPathComponent("exports"), timer: &timer)
        return Report(copies: copies, bytes: bytes, words: result.words, profiles: result.profiles.count,
                      events: result.extraction.events.count, stages: result.timings + timer.timings)
    }

    /// One file per copy, each profile's name (and every word-bounded mention of it) replaced by
    /// "Community NNNN <name>" with NNNN unique across the corpus; returns the bytes written.
    @discardableResult
    public static func makeCorpus(seed: String, copies: Int, in directory: String) throws -> Int {
        let document = try DocumentReader.read(InputCollector.collect([seed])[0])
        let names = try ProfileSegmenter().profiles(in: document).map(\.name)
        let pieces = template(document.text(0..<document.scalars.count), names: names)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ChronographError(file: directory, "corpus directory cannot be created")
        }
        var total = 0
        for copy in 0..<copies {
            var text = ""
            for piece in pieces {
                switch piece {
                case let .text(literal): text += literal
                case let .name(index):
                    text += "Community " + String(format: "%04d", copy * names.count + index) + " " + names[index]
                }
            }
            let data = Data(text.utf8)
            let path = (directory as NSString).appendingPathComponent(String(format: "copy-%04d.txt", copy))
            guard FileManager.default.createFile(atPath: path, contents: data) else {
                throw ChronographError(file: path, "cannot be written")
            }
            total += data.count
        }
        return total
    }

    private enum Piece { case text(String), name(Int) }

    /// The seed cut at every word-bounded mention of a profile name, longest names first.
    private static func template(_ text: String, names: [String]) -> [Piece] {
        var mentions: [(range: Range<String.Index>, name: Int)] = []
        for (index, name) in names.enumerated().sorted(by: { $0.element.count > $1.element.count }) {
            var from = text.startIndex
            while let found = text.range(of: name, range: from..<text.endIndex) {
                from = found.upperBound
                let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
                let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
                guard !before.isLetter, !before.isNumber, !after.isLetter, !after.isNumber,
                      !mentions.contains(where: { $0.range.overlaps(found) }) else { continue }
                mentions.append((found, index))
            }
        }
        var pieces: [Piece] = []
        var cursor = text.startIndex
        for mention in mentions.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            pieces.append(.text(String(text[cursor..<mention.range.lowerBound])))
            pieces.append(.name(mention.name))
            cursor = mention.range.upperBound
        }
        pieces.append(.text(String(text[cursor...])))
        return pieces
    }
}
