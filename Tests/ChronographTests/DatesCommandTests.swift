import ChronographCore
import ChronographIngest
import Foundation
import Testing
@testable import Chronograph

/// `chronograph dates`: the library report, and the built binary when it is there.
@Suite struct DatesCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let seedPath = root.appendingPathComponent("seeds/icf-profiles.txt").path
    static let binary = root.appendingPathComponent(".build/debug/chronograph").path

    @Test func reportRowsPointIntoTheDocument() throws {
        let report = try DatesReport(inputs: [Self.seedPath])
        let document = try DocumentReader.read(InputCollector.collect([Self.seedPath])[0]).scalars
        #expect(report.rows.count > 50)
        for row in report.rows {
            #expect(String(String.UnicodeScalarView(document[row.span.start..<row.span.end])) == row.expression.text)
        }
        let christmas = try #require(report.rows.first { $0.expression.text == "Christmas Day of 2014" })
        #expect(christmas.expression.date == .day(2014, 12, 25))
        let relative = report.rows.filter { $0.expression.kind == .relative && $0.expression.date != nil }
        #expect(!relative.isEmpty)
        #expect(relative.allSatisfy { $0.expression.anchor != nil })
        // Stable order: by document position within each profile.
        #expect(report.rows.map(\.span.start) == report.rows.map(\.span.start).sorted())
    }

    @Test func referenceDateDatesDeicticExpressions() throws {
        let plain = try DatesReport(inputs: [Self.seedPath])
        let referenced = try DatesReport(inputs: [Self.seedPath], referenceDate: .day(2024, 5, 1))
        let deictic = { (r: DatesReport) in r.rows.filter { $0.expression.kind == .deictic } }
        #expect(!deictic(plain).isEmpty)
        #expect(deictic(plain).allSatisfy { $0.expression.date == nil })
        #expect(deictic(referenced).contains { $0.expression.text == "this year" && $0.expression.date == .year(2024) })
    }

    @Test func tableAndJSONAgree() throws {
        let report = try DatesReport(inputs: [Self.seedPath])
        let lines = report.table.split(separator: "\n")
        #expect(lines.count == report.rows.count + 1)
        #expect(lines[0].hasPrefix("document"))
        let textColumn = try #require(lines[0].range(of: "text"))
        let offset = lines[0].distance(from: lines[0].startIndex, to: textColumn.lowerBound)
        let json = try #require(JSONParser.parse(JSONSerializer.serialize(report.json))["expressions"]?.arrayValue)
        #expect(json.count == report.rows.count)
        for (line, (row, value)) in zip(lines.dropFirst(), zip(report.rows, json)) {
            #expect(String(line.dropFirst(offset)).hasPrefix(row.expression.text))
            #expect(value["text"]?.stringValue == row.expression.text)
            // The EDTF date, or a duration's ISO 8601 length.
            let timex = row.expression.timex
            #expect(value["date"]?.stringValue == (row.expression.date?.description ?? (timex.type == .duration ? timex.value : nil)))
            #expect(value["start"]?.intValue == row.span.start)
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func binaryPrintsJSONAndReportsMissingFiles() throws {
        let (status, output, _) = try Self.run(["dates", Self.seedPath, "--json", "--reference-date", "2024-05-01"])
        #expect(status == 0)
        let rows = try #require(JSONParser.parse(output)["expressions"]?.arrayValue)
        let report = try DatesReport(inputs: [Self.seedPath], referenceDate: .day(2024, 5, 1))
        #expect(rows.count == report.rows.count)

        let (missing, _, error) = try Self.run(["dates", "no-such-file.txt"])
        #expect(missing == 1)
        let errorLines = error.split(separator: "\n")
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.contains("no-such-file.txt") == true)

        let (badDate, _, dateError) = try Self.run(["dates", Self.seedPath, "--reference-date", "yesterday"])
        #expect(badDate == 64)
        #expect(dateError.contains("yesterday"))
    }

    static func run(_ arguments: [String]) throws -> (Int32, String, String) {
        let output = try #require(Shell.run(binary, arguments))
        return (output.status, output.stdout, output.stderr)
    }
}
