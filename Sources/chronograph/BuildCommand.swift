import ArgumentParser
import Chronograph
import ChronographCore
import Foundation

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
            let progress = Progress.onTerminal()
            defer { progress?.clear() }   // before an error line
            pipeline.progress = progress?.show
            let result = try pipeline.run(inputs: inputs, excluding: [out])
            var timer = StageTimer()
            timer.onStage = progress?.show
            let files = try Exports.write(result, formats: formats, to: out, timer: &timer)
            progress?.clear()             // before the summary
            let summary = result.summary
            let document: JSONValue = .object([("profiles", .int(summary.profiles)), ("entities", .int(summary.entities)),
                                                ("events", .int(summary.events)), ("files", .strings(files))])
            try printResult(json: json, document, empty: false, what: "", text: "\(summary.profiles) profiles, \(summary.entities) entities, \(summary.events) events → \(files.count) files in \(out)")
        }
    }
}

/// The stage a build is in, on standard error, once it has run for a second, and only when
/// standard error is a terminal (never in logs or pipes).
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = "starting"
    private var shown = false
    private var stopped = false
    private var timer: DispatchSourceTimer?

    static func onTerminal() -> Progress? { isatty(STDERR_FILENO) == 1 ? Progress() : nil }

    private init() {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 1)
        timer.setEventHandler { [weak self] in self?.update { $0.shown = true } }
        timer.resume()
        self.timer = timer
    }

    @Sendable func show(_ stage: String) { update { $0.stage = stage } }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
        stopped = true
    }

    private func update(_ change: (Progress) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        change(self)
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[Kchronograph: \(stage)…".utf8)) }
    }
}
