import Foundation

/// Learned theme decisions: one logistic model per (context, theme) over named evidence
/// features, read from a rules file written by `scripts/train_themes.py`. The evidence is
/// computed by the lexicon engines (theme scores of a clause, of a mention's apposition, …);
/// the model only says how much each piece counts for each theme, so every weight is a line a
/// reader can check ("[event economy] sentence => 0.8").
///
/// File format: sections `[CONTEXT THEME]` with `feature => weight` lines, `bias` among them;
/// a `[CONTEXT]` section holds the context's settings (`threshold`, `limit`).
public struct ThemeModel: Sendable {
    /// Where a theme is decided: a dated event, or an initiative or network.
    public enum Context: String, Sendable, CaseIterable {
        case event, item
    }

    /// Evidence of one decision: features shared by every theme (the event's type, the words
    /// of its clause) and features per theme (the lexicon's score of each part for that theme).
    public struct Evidence: Sendable, Equatable {
        public var shared: [String: Double] = [:]
        public var perTheme: [String: [String: Double]] = [:]
        public init() {}
    }

    struct Weights: Sendable {
        var bias = 0.0
        var features: [String: Double] = [:]
    }

    struct Settings: Sendable {
        var threshold = 0.5
        var limit = 3
    }

    private var weights: [Context: [String: Weights]] = [:]
    private var settings: [Context: Settings] = [:]
    /// Theme ids in file order, so ties break the same way everywhere.
    public private(set) var themeIDs: [String] = []

    public init(rules: RuleFile) {
        for section in rules.sectionOrder {
            let parts = section.split(separator: " ").map(String.init)
            guard let context = parts.first.flatMap(Context.init(rawValue:)) else { continue }
            if parts.count == 1 {
                var s = Settings()
                for case let (key, value)? in rules.entries(section).map(\.mapping) {
                    if key == "threshold", let v = Double(value) { s.threshold = v }
                    if key == "limit", let v = Int(value) { s.limit = v }
                }
                settings[context] = s
                continue
            }
            guard parts.count == 2 else { continue }
            let theme = parts[1]
            if !themeIDs.contains(theme) { themeIDs.append(theme) }
            var w = Weights()
            for case let (key, value)? in rules.entries(section).map(\.mapping) {
                guard let v = Double(value) else { continue }
                if key == "bias" { w.bias = v } else { w.features[key] = v }
            }
            weights[context, default: [:]][theme] = w
        }
    }

    /// Whether the file holds a model for this context.
    public func covers(_ context: Context) -> Bool { !(weights[context]?.isEmpty ?? true) }

    /// Probability per theme. Features are summed in name order: float addition must not follow
    /// dictionary order, which changes from run to run.
    public func probabilities(_ evidence: Evidence, context: Context) -> [String: Double] {
        var result: [String: Double] = [:]
        let shared = evidence.shared.sorted { $0.key < $1.key }
        for (theme, w) in weights[context] ?? [:] {
            var z = w.bias
            for (feature, value) in shared { z += (w.features[feature] ?? 0) * value }
            for (feature, value) in (evidence.perTheme[theme] ?? [:]).sorted(by: { $0.key < $1.key }) {
                z += (w.features[feature] ?? 0) * value
            }
            result[theme] = 1 / (1 + exp(-z))
        }
        return result
    }

    /// The themes kept: those reaching the context's threshold, most probable first, at most
    /// its limit; when none does, the most probable one (every event is about something).
    public func decide(_ probabilities: [String: Double], context: Context) -> [String] {
        let s = settings[context] ?? Settings()
        let order = Dictionary(uniqueKeysWithValues: themeIDs.enumerated().map { ($1, $0) })
        let ranked = probabilities.sorted {
            ($0.value, -(order[$0.key] ?? .max)) > ($1.value, -(order[$1.key] ?? .max))
        }
        let kept = ranked.filter { $0.value >= s.threshold }.prefix(s.limit).map(\.key)
        return kept.isEmpty ? Array(ranked.prefix(1).map(\.key)) : kept
    }
}
