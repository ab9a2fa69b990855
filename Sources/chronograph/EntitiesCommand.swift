import ArgumentParser
import Chronograph
import ChronographCore

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of the built graph with their aliases and mention counts.")

    @Option(name: .long, help: "Only this type: person, organization, initiative, network, award, place.")
    var type: String?

    @Option(name: .long, help: "Only entities named in this community's profile.")
    var community: String?

    @OptionGroup var exports: ExportsFolder

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        try runReportingErrors {
            let reports = try EntityReports(directory: exports.path)
            let found = reports.list(type: type, community: community)
            if json {
                print(JSONSerializer.serialize(EntityReports.json(found)), terminator: "")
                return
            }
            for entity in found {
                let aliases = entity.aliases.isEmpty ? "" : "  (also: \(entity.aliases.joined(separator: "; ")))"
                print("\(entity.label) [\(entity.type)] ×\(entity.mentions) — \(entity.communities.joined(separator: ", "))\(aliases)")
            }
        }
    }
}
