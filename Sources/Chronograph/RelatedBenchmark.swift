import ChronographCore
import ChronographGraph
import Foundation

/// Synthetic load for the related-initiatives engine: items with skewed themes, Zipf-like
/// terms and a few partners, spread over communities of 100 items each.
public struct RelatedBenchmark: Sendable {
    public var items = 100_000
    public var queries = 1_000
    public var seed: UInt64 = 42

    public init(items: Int = 100_000, queries: Int = 1_000) {
        self.items = items
        self.queries = queries
    }

    public struct Report: Sendable {
        public var items: Int
        public var queries: Int
        public var generateSeconds: Double
        public var buildSeconds: Double
        public var matcherSeconds: Double
        public var medianMillis: Double
        public var p99Millis: Double
        public var nameMedianMillis: Double
        public var meanResults: Double

        public var json: JSONValue {
            .object([
                ("items", .int(items)), ("queries", .int(queries)), ("generate_seconds", .double(generateSeconds)),
                ("index_build_seconds", .double(buildSeconds)), ("name_matcher_build_seconds", .double(matcherSeconds)),
                ("query_median_ms", .double(medianMillis)), ("query_p99_ms", .double(p99Millis)),
                ("results_per_query", .double(meanResults)), ("name_lookup_median_ms", .double(nameMedianMillis)),
            ])
        }
    }

    static let themes = ["broadband", "wireless", "e-government", "civic-participation", "digital-inclusion",
                         "education", "workforce", "innovation", "entrepreneurship", "mobility", "sustainability",
                         "health", "tourism-culture", "economy", "leadership", "recognition"]

    public func syntheticItems() -> [RelatedItem] {
        var random = SplitMix(seed)
        let vocabulary = 30_000, organisations = 2_000
        return (0..<items).map { i in
            var themes: [String: Double] = [:]
            for rank in 0..<(1 + random.below(3)) {
                // Squared uniform skews toward the first themes, as real corpora are skewed.
                let u = random.unit()
                themes[Self.themes[Int(u * u * Double(Self.themes.count))]] = rank == 0 ? 1 : 0.5 + 0.5 * random.unit()
            }
            var terms: [String: Int] = [:]
            for _ in 0..<25 {
                // Zipf-like: exp of a uniform over log-vocabulary.
                let word = Int(exp(random.unit() * log(Double(vocabulary)))) - 1
                terms["w\(word)", default: 0] += 1
            }
            let partners = (0..<random.below(4)).map { _ in "organization-o\(random.below(organisations))" }
            return RelatedItem(id: "initiative-i\(i)", label: "Initiative \(i)", type: "initiative",
                               communities: ["Community \(i / 100)"], themes: themes, terms: terms,
                               partners: Array(Set(partners)).sorted())
        }
    }

    public func run() -> Report {
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        var generated: [RelatedItem] = []
        let generate = clock.measure { generated = syntheticItems() }
        var index: RelatedIndex?
        let build = clock.measure { index = RelatedIndex(items: generated) }
        var matcher: NameMatcher?
        let matcherBuild = clock.measure { matcher = NameMatcher(names: generated.map { [$0.label] }) }
        var random = SplitMix(seed + 1)
        var latencies: [Double] = [], nameLatencies: [Double] = []
        var results = 0
        for _ in 0..<queries {
            let item = random.below(items)
            nameLatencies.append(seconds(clock.measure { _ = matcher!.match("initiative \(item)") }) * 1000)
            latencies.append(seconds(clock.measure { results += index!.related(to: item, limit: 10).count }) * 1000)
        }
        latencies.sort()
        nameLatencies.sort()
        return Report(items: items, queries: queries, generateSeconds: seconds(generate), buildSeconds: seconds(build),
                      matcherSeconds: seconds(matcherBuild), medianMillis: latencies[latencies.count / 2],
                      p99Millis: latencies[min(latencies.count - 1, latencies.count * 99 / 100)],
                      nameMedianMillis: nameLatencies[nameLatencies.count / 2],
                      meanResults: Double(results) / Double(max(queries, 1)))
    }
}

/// Deterministic pseudo-random numbers (SplitMix64), so runs are comparable.
struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
