import ArgumentParser
import Chronograph
import ChronographCore

struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every time expression found in the profiles, normalised to EDTF.")

    @Argument(help: "Files or directories of profiles (.txt, .md, .html).")
    var inputs: [String] = ["seeds"]

    @Flag(name: .long, help: "Write JSON instead of a table.")
    var json = false

    @OptionGroup var reference: ReferenceDate

    func run() throws {
        try runReportingErrors {
            let report = try DatesReport(inputs: inputs, referenceDate: try reference.date())
            try printResult(json: json, report.json, empty: report.rows.isEmpty, what: "time expressions", text: report.table)
        }
    }
}
