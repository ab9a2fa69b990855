import ArgumentParser
import Chronograph
import ChronographCore
import Foundation

struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the evidence of every theme decision, one JSON object a line (training data of scripts/train_themes.py).")

    @Argument(help: "Files or directories of profiles (.txt, .md, .html).")
    var inputs: [String] = ["seeds"]

    @Option(name: .long, help: "File to write (JSON lines).")
    var out: String

    @OptionGroup var reference: ReferenceDate

    func run() throws {
        try runReportingErrors {
            var pipeline = Pipeline()
            pipeline.extractor.referenceDate = try reference.date()
            let result = try pipeline.run(inputs: inputs)
            let text = ThemeEvidence.lines(result, pipeline: pipeline).map { $0 + "\n" }.joined()
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw ChronographError(file: out, "cannot write: \(error.localizedDescription)")
            }
        }
    }
}
