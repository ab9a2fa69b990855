import ArgumentParser
import Chronograph
import ChronographCore

struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every time expression of any text (profiles, articles), normalised to EDTF and TIMEX3.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, timeml }

    @Argument(help: "Files or directories (.txt, .md, .html); - or none reads standard input.")
    var inputs: [String] = []

    @Flag(name: .long, help: "Write JSON instead of a table (same as --format json).")
    var json = false

    @Option(name: .long, help: "table, json, or timeml (the text with inline <TIMEX3> tags).")
    var format: Format = .table

    @OptionGroup var reference: ReferenceDate

    func run() throws {
        try runReportingErrors {
            let report = try DatesReport(inputs: inputs.isEmpty ? ["-"] : inputs, referenceDate: try reference.date())
            if format == .timeml {
                print(report.timeml, terminator: "")
                return
            }
            try printResult(json: json || format == .json, report.json, empty: report.rows.isEmpty, what: "time expressions",
                            text: report.table)
        }
    }
}
