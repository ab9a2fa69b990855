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

    @Option(name: .customLong("reference-date"), help: "Date of writing (YYYY-MM-DD), to resolve \"this year\", \"last year\".")
    var referenceDate: String?

    func run() throws {
        try runReportingErrors {
            let reference = try referenceDate.map { text -> EDTFDate in
                guard let date = try? EDTFDate(parsing: text), !date.isInterval else {
                    throw ChronographError("--reference-date: not a date: \(text)")
                }
                return date
            }
            let report = try DatesReport(inputs: inputs, referenceDate: reference)
            print(json ? JSONSerializer.serialize(report.json) : report.table, terminator: json ? "\n" : "")
        }
    }
}
