import ArgumentParser
import Chronograph
import ChronographCore
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a synthetic corpus of renamed seed copies and report time, throughput and memory per stage.")

    @Option(name: .long, help: "Copies of the seed in the corpus (490 copies are about 20 MB).")
    var copies: Int = 490

    @Option(name: .long, help: "Keep the corpus and exports in this directory (default: a temporary one, removed after).")
    var out: String?

    @Option(name: .long, help: "The seed file to copy.")
    var seed: String = "seeds/icf-profiles.txt"

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        guard copies > 0 else { throw ValidationError("--copies must be at least 1") }
    }

    func run() throws {
        try runReportingErrors {
            let directory = out ?? NSTemporaryDirectory() + "chronograph-bench-\(getpid())"
            defer { if out == nil { try? FileManager.default.removeItem(atPath: directory) } }
            let report = try Benchmark.run(seed: seed, copies: copies, in: directory)
            print(json ? JSONSerializer.serialize(report.json) : report.table)
        }
    }
}
