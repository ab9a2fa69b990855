import ChronographCore
import ChronographExtract
import ChronographGraph
import Foundation

/// The evidence every theme decision of a build was made from, one JSON object per line: the
/// training data of `scripts/train_themes.py`, which matches each line to the gold and learns
/// how much each feature counts (`theme-model.rules`). Events are keyed by their time
/// expression's span (as in `timeline.json`), items by their node id (as in `graph.json`).
public enum ThemeEvidence {
    public static func lines(_ result: Pipeline.Result, pipeline: Pipeline) -> [String] {
        var lines: [String] = []
        let extractor = pipeline.extractor
        for profile in result.profiles {
            for (event, evidence) in extractor.events.eventsWithEvidence(in: profile, referenceDate: extractor.referenceDate) {
                guard let span = event.timeSpan else { continue }
                lines.append(line(evidence, key: [("context", .string("event")), ("document", .string(span.document)),
                                                  ("time_start", .int(span.start))]))
            }
        }
        let links = ThemeLinks(scorer: extractor.themes)
        for (item, evidence) in links.itemsWithEvidence(result.extraction, sentences: result.profiles.flatMap(\.sentences)) {
            lines.append(line(evidence, key: [("context", .string("item")), ("id", .string(item.id))]))
        }
        return lines
    }

    private static func line(_ evidence: ThemeModel.Evidence, key: [(String, JSONValue)]) -> String {
        func object(_ values: [String: Double]) -> JSONValue {
            .object(values.sorted { $0.key < $1.key }.map { ($0.key, .double(($0.value * 1e6).rounded() / 1e6)) })
        }
        let perTheme = JSONValue.object(evidence.perTheme.sorted { $0.key < $1.key }.map { ($0.key, object($0.value)) })
        return JSONSerializer.serialize(.object(key + [("shared", object(evidence.shared)), ("per_theme", perTheme)]), pretty: false)
    }
}
