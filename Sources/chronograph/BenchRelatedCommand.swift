import ArgumentParser
import Chronograph
import ChronographCore
import Foundation

struct BenchRelated: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-related",
        abstract: "Benchmark: related-initiative queries on a synthetic graph (build with -c release).")

    @Option(name: .long, help: "Synthetic initiatives.")
    var items: Int = 100_000

    @Option(name: .long, help: "Queries to time.")
    var queries: Int = 1_000

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let r = RelatedBenchmark(items: max(1, items), queries: max(1, queries)).run()
        if json { print(JSONSerializer.serialize(r.json)); return }
        print("items \(r.items), queries \(r.queries)")
        print(String(format: "generate %.2f s, index build %.3f s, name matcher build %.3f s",
                     r.generateSeconds, r.buildSeconds, r.matcherSeconds))
        print(String(format: "related query: median %.3f ms, p99 %.3f ms (%.1f results/query)",
                     r.medianMillis, r.p99Millis, r.meanResults))
        print(String(format: "name lookup (exact): median %.4f ms", r.nameMedianMillis))
    }
}
