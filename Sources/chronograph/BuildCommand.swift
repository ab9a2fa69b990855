import ArgumentParser
import Chronograph
import ChronographCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read profiles and write the graph and timeline exports.")

    @Argument(help: "Files or directories of profiles (.txt, .md, .html).")
    var inputs: [String] = ["seeds"]

    @Option(name: .long, help: "Directory to write the exports into.")
    var out: String = "exports"

    @Option(name: .long, parsing: .upToNextOption,
            help: "Formats to write, comma-separated: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ",")).")
    var format: [String] = []

    @OptionGroup var reference: ReferenceDate

    @Flag(name: .long, help: "Print the summary as JSON ({\"profiles\", \"entities\", \"events\", \"files\"}).")
    var json = false

    func run() throws {
        try runReportingErrors {
            let formats = try ExportFormat.parse(format)
            var pipeline = Pipeline()
            pipeline.extractor.referenceDate = try reference.date()
            let result = try pipeline.run(inputs: inputs, excluding: [out])
            var timer = StageTimer()
            let files = try Exports.write(result, formats: formats, to: out, timer: &timer)
            let summary = result.summary
            let document: JSONValue = .object([("profiles", .int(summary.profiles)), ("entities", .int(summary.entities)),
                                                ("events", .int(summary.events)), ("files", .strings(files))])
            try printResult(json: json, document, empty: false, what: "", text: "\(summary.profiles) profiles, \(summary.entities) entities, \(summary.events) events → \(files.count) files in \(out)")
        }
    }
}
