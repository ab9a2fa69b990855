import ArgumentParser
import Chronograph
import ChronographCore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one entity's or community's card: type, aliases, communities, events in order, strongest links.")

    @Argument(help: "The name, an alias or the id of an entity or community (accents and case ignored, fuzzy).")
    var name: String

    @Flag(name: .long, help: "Print JSON ({\"entity\": {...}, \"events\": [...], \"links\": [...]}).")
    var json = false

    @OptionGroup var exports: ExportsFolder

    func run() throws {
        try runReportingErrors {
            let reports = try EntityReports(directory: exports.path)
            let card = try reports.card(for: try reports.find(name))
            try printResult(json: json, EntityReports.json(card), empty: false, what: "", text: Self.text(card))
        }
    }

    static func text(_ card: EntityReports.Card) -> String {
        let entity = card.entity
        var lines = ["\(entity.label) [\(entity.type)]  id: \(entity.id)"]
        if !entity.aliases.isEmpty { lines.append("aliases: \(entity.aliases.joined(separator: "; "))") }
        lines.append("communities: \(entity.communities.joined(separator: ", "))")
        if entity.type != "community" { lines.append("mentions: \(entity.mentions)") }
        if !card.events.isEmpty {
            lines.append("events:")
            lines += card.events.map { "  \($0.date)  \($0.community): \($0.title)" }
        }
        if !card.links.isEmpty {
            lines.append("links:")
            lines += card.links.map { link in
                let weight = Int(exactly: link.weight).map(String.init) ?? String(link.weight)
                return "  \(link.type) \(link.other) [\(link.otherType)] ×\(weight)"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
