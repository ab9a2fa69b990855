import Foundation

/// How alike two items are, with the parts kept for explanation. Every part is in [0, 1];
/// `score` is their weighted mean over the parts the query item has evidence for.
public struct Similarity: Sendable, Equatable {
    /// Share of the query's IDF-weighted themes that the other item bears on.
    public var themes: Double = 0
    /// TF-IDF cosine of the content words of the sentences that mention each.
    public var lexical: Double = 0
    /// Share of the query's IDF-weighted partner organisations that the other item shares.
    public var partners: Double = 0
    public var score: Double = 0
    public var sharedThemes: [String] = []
    public var sharedTerms: [String] = []
    public var sharedPartners: [String] = []

    public init() {}

    /// Weights of the parts in `score`, tuned on the development profiles (scripts/related_sim.py):
    /// themes carry most, since relatedness is shared themes; the words of the mentioning
    /// sentences order the items a theme leaves tied and stand in where themes are wrong;
    /// shared partners add a little.
    public struct Weights: Sendable {
        public var themes = 0.60, lexical = 0.35, partners = 0.05
        public init() {}
    }
}

/// Related initiatives through inverted indexes (theme → items, term → items, partner →
/// items): a query touches only the postings of its own themes, terms and partners, never
/// every pair, so large graphs still answer in milliseconds.
public struct RelatedIndex: Sendable {
    public struct Match: Sendable {
        public var item: Int
        public var similarity: Similarity
    }

    /// A sparse feature vector: (feature index, weight), sorted by feature index.
    typealias Vector = [(feature: Int32, weight: Float)]

    /// One kind of feature (themes, terms or partners) with its IDF and postings.
    struct Features: Sendable {
        var names: [String] = []
        var idf: [Double] = []
        var postings: [[(item: Int32, weight: Float)]] = []
        var vectors: [Vector] = []
    }

    public let items: [RelatedItem]
    public var weights: Similarity.Weights
    private let themes: Features
    private let terms: Features
    private let partners: Features
    private let communities: [[Int32]]
    private let byID: [String: Int]
    /// Terms with more postings than this are skipped at query time: their IDF is tiny and
    /// their postings are the long ones.
    private let termPostingLimit: Int
    /// Query terms used, highest weight first.
    private let queryTermLimit = 24

    public init(items: [RelatedItem], weights: Similarity.Weights = Similarity.Weights()) {
        let items = items.sorted { $0.id < $1.id }
        self.items = items
        self.weights = weights
        let n = Double(max(items.count, 1))
        byID = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var communityIndex: [String: Int32] = [:]
        communities = items.map { item in
            item.communities.map { name in
                if let i = communityIndex[name] { return i }
                let i = Int32(communityIndex.count)
                communityIndex[name] = i
                return i
            }.sorted()
        }
        // Themes: weight = assignment score; IDF over items.
        themes = Self.features(items.map { $0.themes.map { ($0.key, $0.value) } }, n: n, unit: false)
        // Terms: (1 + log tf) · idf, unit length (cosine).
        terms = Self.features(items.map { $0.terms.map { ($0.key, 1 + log(Double($0.value))) } }, n: n, unit: true,
                              scaleByIDF: true)
        partners = Self.features(items.map { $0.partners.map { ($0, 1.0) } }, n: n, unit: false)
        termPostingLimit = max(200, items.count / 10)
    }

    /// Builds one feature family: dictionary, IDF = log(1 + N/df), vectors and postings.
    private static func features(_ raw: [[(String, Double)]], n: Double, unit: Bool,
                                 scaleByIDF: Bool = false) -> Features {
        var f = Features()
        var index: [String: Int32] = [:]
        var df: [Int] = []
        for pairs in raw {
            for (name, _) in pairs where index[name] == nil {
                index[name] = Int32(f.names.count)
                f.names.append(name)
                df.append(0)
            }
            for (name, _) in pairs { df[Int(index[name]!)] += 1 }
        }
        // Feature indices in name order, so ties and output do not depend on input order.
        let order = f.names.indices.sorted { f.names[$0] < f.names[$1] }
        var renumber = [Int32](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { renumber[old] = Int32(new) }
        f.names = order.map { f.names[$0] }
        f.idf = order.map { log(1 + n / Double(df[$0])) }
        f.postings = Array(repeating: [], count: f.names.count)
        for (item, pairs) in raw.enumerated() {
            // Sorted before any sum: float addition order must not follow dictionary order,
            // or ties between equal items break differently from run to run.
            var vector: Vector = pairs.map { (renumber[Int(index[$0.0]!)], Float($0.1)) }
            vector.sort { $0.feature < $1.feature }
            if scaleByIDF { vector = vector.map { ($0.feature, $0.weight * Float(f.idf[Int($0.feature)])) } }
            if unit {
                let norm = vector.reduce(Float(0)) { $0 + $1.weight * $1.weight }.squareRoot()
                if norm > 0 { vector = vector.map { ($0.feature, $0.weight / norm) } }
            }
            for (feature, weight) in vector { f.postings[Int(feature)].append((Int32(item), weight)) }
            f.vectors.append(vector)
        }
        return f
    }

    public func index(of id: String) -> Int? { byID[id] }

    /// Items of other communities most like `item`, best first (ties by id).
    public func related(to item: Int, limit: Int = 10, minScore: Double = 0) -> [Match] {
        var accumulators = Accumulators(count: items.count)
        let own = communities[item]
        let themeTotal = accumulate(themes, of: item, into: &accumulators, part: 0, limit: .max)
        let termVector = accumulate(terms, of: item, into: &accumulators, part: 1, limit: queryTermLimit)
        let partnerTotal = accumulate(partners, of: item, into: &accumulators, part: 2, limit: .max)
        // Weights of the parts this item has evidence for, normalised to sum to 1.
        let active = [themeTotal > 0 ? weights.themes : 0, termVector > 0 ? weights.lexical : 0,
                      partnerTotal > 0 ? weights.partners : 0]
        let sum = active.reduce(0, +)
        guard sum > 0 else { return [] }
        var best: [(score: Double, item: Int)] = []
        for candidate in accumulators.touched {
            let c = Int(candidate)
            guard c != item, items[c].isResult, !Self.overlaps(own, communities[c]) else { continue }
            let parts = accumulators.parts(c)
            let score = (active[0] * parts.0 / max(themeTotal, 1e-12) + active[1] * parts.1
                         + active[2] * parts.2 / max(partnerTotal, 1e-12)) / sum
            guard score >= minScore, score > 0 else { continue }
            Self.insert((score, c), into: &best, limit: limit)
        }
        // Final order by the full similarity (the ranking pass used the query's top terms only).
        return best.map { Match(item: $0.item, similarity: explain(item, $0.item)) }
            .sorted { ($0.similarity.score, -$0.item) > ($1.similarity.score, -$1.item) }
    }

    /// Adds one feature family's query contributions; returns the query's total weight
    /// (themes, partners: sum of idf·weight; terms: 1 when it has any).
    private func accumulate(_ f: Features, of item: Int, into acc: inout Accumulators, part: Int, limit: Int) -> Double {
        var query = f.vectors[item]
        if query.isEmpty { return 0 }
        if part == 1 {
            query = query.filter { f.postings[Int($0.feature)].count <= termPostingLimit }
            if query.count > limit { query = Array(query.sorted { $0.weight > $1.weight }.prefix(limit)) }
            for (feature, weight) in query {
                for (c, w) in f.postings[Int(feature)] { acc.add(Int(c), part: 1, Double(weight * w)) }
            }
            return 1
        }
        var total = 0.0
        for (feature, weight) in query {
            let idf = f.idf[Int(feature)]
            total += idf * Double(weight)
            for (c, w) in f.postings[Int(feature)] {
                // A shared theme counts with the query's weight, scaled by how sure the other is.
                acc.add(Int(c), part: part, idf * Double(weight) * Double(min(w, 1)))
            }
        }
        return total
    }

    /// The full similarity of two items, with the shared themes, terms and partners named.
    public func explain(_ a: Int, _ b: Int) -> Similarity {
        var s = Similarity()
        let (themeShare, themeNames) = Self.shared(themes, a, b, idfWeighted: true)
        let (lexical, termNames) = Self.shared(terms, a, b, idfWeighted: false)
        let (partnerShare, partnerNames) = Self.shared(partners, a, b, idfWeighted: true)
        s.themes = themeShare
        s.lexical = min(1, lexical)
        s.partners = partnerShare
        s.sharedThemes = themeNames
        s.sharedTerms = Array(termNames.prefix(5))
        s.sharedPartners = partnerNames
        let active = [themes.vectors[a].isEmpty ? 0 : weights.themes, terms.vectors[a].isEmpty ? 0 : weights.lexical,
                      partners.vectors[a].isEmpty ? 0 : weights.partners]
        let sum = active.reduce(0, +)
        s.score = sum > 0 ? (active[0] * s.themes + active[1] * s.lexical + active[2] * s.partners) / sum : 0
        return s
    }

    /// Merge of two sorted vectors: the query-side share (or the dot product) and the shared
    /// feature names, strongest first.
    private static func shared(_ f: Features, _ a: Int, _ b: Int, idfWeighted: Bool) -> (Double, [String]) {
        let va = f.vectors[a], vb = f.vectors[b]
        var i = 0, j = 0
        var sum = 0.0, total = 0.0
        var names: [(Double, String)] = []
        for (feature, weight) in va { total += idfWeighted ? f.idf[Int(feature)] * Double(weight) : 0 }
        while i < va.count, j < vb.count {
            if va[i].feature < vb[j].feature { i += 1; continue }
            if va[i].feature > vb[j].feature { j += 1; continue }
            let feature = Int(va[i].feature)
            let part = idfWeighted ? f.idf[feature] * Double(va[i].weight) * Double(min(vb[j].weight, 1))
                                   : Double(va[i].weight * vb[j].weight)
            sum += part
            names.append((part, f.names[feature]))
            i += 1
            j += 1
        }
        let ordered = names.sorted { ($0.0, $1.1) > ($1.0, $0.1) }.map(\.1)
        return (idfWeighted ? (total > 0 ? sum / total : 0) : sum, ordered)
    }

    private static func overlaps(_ a: [Int32], _ b: [Int32]) -> Bool {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Keeps the `limit` best (score desc, then item index asc).
    private static func insert(_ entry: (score: Double, item: Int), into best: inout [(score: Double, item: Int)], limit: Int) {
        func better(_ x: (score: Double, item: Int), _ y: (score: Double, item: Int)) -> Bool {
            x.score != y.score ? x.score > y.score : x.item < y.item
        }
        if best.count == limit, let last = best.last, !better(entry, last) { return }
        var position = best.count
        while position > 0, better(entry, best[position - 1]) { position -= 1 }
        best.insert(entry, at: position)
        if best.count > limit { best.removeLast() }
    }
}

/// Per-candidate sums of the three parts, with the list of candidates touched.
private struct Accumulators {
    var sums: [Double]
    var seen: [Bool]
    var touched: [Int32] = []

    init(count: Int) {
        sums = Array(repeating: 0, count: count * 3)
        seen = Array(repeating: false, count: count)
    }

    mutating func add(_ item: Int, part: Int, _ value: Double) {
        if !seen[item] {
            seen[item] = true
            touched.append(Int32(item))
        }
        sums[item * 3 + part] += value
    }

    func parts(_ item: Int) -> (Double, Double, Double) {
        (sums[item * 3], sums[item * 3 + 1], sums[item * 3 + 2])
    }
}
