import ChronographCore
import Foundation
import Testing

/// The learned theme model's engine, on hand-written weights.
@Suite struct ThemeModelTests {
    let model = ThemeModel(rules: RuleFile(name: "m", text: """
        [event]
        threshold => 0.5
        limit => 2
        [event harbour]
        bias => -1
        clause => 2
        type:award => -4
        [event rail]
        bias => -1
        sentence => 1
        [event parks]
        bias => -2
        """))

    func evidence(_ perTheme: [String: [String: Double]], shared: [String: Double] = [:]) -> ThemeModel.Evidence {
        var e = ThemeModel.Evidence()
        e.perTheme = perTheme
        e.shared = shared
        return e
    }

    @Test func probabilityIsTheLogisticOfBiasPlusWeightedEvidence() {
        let p = model.probabilities(evidence(["harbour": ["clause": 1]]), context: .event)
        #expect(abs(p["harbour"]! - 1 / (1 + exp(-1.0))) < 1e-12)
        #expect(abs(p["rail"]! - 1 / (1 + exp(1.0))) < 1e-12)
        // A feature the theme has no weight for counts nothing.
        #expect(p["parks"] == model.probabilities(evidence([:]), context: .event)["parks"])
    }

    @Test func sharedFeaturesCountForEveryThemeWithItsOwnWeight() {
        let p = model.probabilities(evidence(["harbour": ["clause": 1]], shared: ["type:award": 1]), context: .event)
        #expect(p["harbour"]! < 0.1)
        #expect(abs(p["rail"]! - 1 / (1 + exp(1.0))) < 1e-12)
    }

    @Test func keepsThemesOverTheThresholdMostProbableFirstUpToTheLimit() {
        let p = ["harbour": 0.7, "rail": 0.9, "parks": 0.6]
        #expect(model.decide(p, context: .event) == ["rail", "harbour"])
        #expect(model.decide(["harbour": 0.2, "rail": 0.3, "parks": 0.1], context: .event) == ["rail"])
        // Ties break in file order.
        #expect(model.decide(["parks": 0.8, "harbour": 0.8], context: .event) == ["harbour", "parks"])
    }

    @Test func aContextTheFileLacksDecidesNothing() {
        #expect(model.covers(.event))
        #expect(!model.covers(.item))
        #expect(model.probabilities(evidence(["harbour": ["clause": 1]]), context: .item).isEmpty)
        #expect(model.decide([:], context: .item).isEmpty)
    }

    @Test func aRulesFolderInTheEnvironmentReplacesTheBundledFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // CHRONOGRAPH_RULES is read per load: a file there replaces the bundled one.
        try "[item]\nthreshold => 0.9\n".write(to: dir.appendingPathComponent("t.rules"), atomically: true, encoding: .utf8)
        setenv("CHRONOGRAPH_RULES", dir.path, 1)
        defer { unsetenv("CHRONOGRAPH_RULES") }
        let overridden = RuleFile(bundle: .main, name: "t.rules")
        #expect(overridden.lines("item") == ["threshold => 0.9"])
    }
}
