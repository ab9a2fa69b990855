import ArgumentParser
import Chronograph
import ChronographCore

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of the built graph with their aliases and mention counts (JSON: {\"entities\": [...]}).")

    @Option(name: .long, help: "Only this type: person, organization, initiative, network, award, place.")
    var type: String?

    @Option(name: .long, help: "Only entities named in this community's profile (name or alias, fuzzy).")
    var community: String?

    @OptionGroup var exports: ExportsFolder

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        try runReportingErrors {
            let reports = try EntityReports(directory: exports.path)
            let found = try reports.list(type: type, community: community)
            let lines = found.map { entity in
                let aliases = entity.aliases.isEmpty ? "" : "  (also: \(entity.aliases.joined(separator: "; ")))"
                return "\(entity.label) [\(entity.type)] ×\(entity.mentions) — \(entity.communities.joined(separator: ", "))\(aliases)\n"
            }
            try printResult(json: json, EntityReports.json(found), empty: found.isEmpty, what: "entities", text: lines.joined())
        }
    }
}
