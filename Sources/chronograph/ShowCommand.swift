import ArgumentParser
import Chronograph
import ChronographCore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one entity's card: type, aliases, communities, events in order, strongest links.")

    @Argument(help: "The entity's name, one of its aliases, or its id.")
    var name: String

    @OptionGroup var exports: ExportsFolder

    func run() throws {
        try runReportingErrors {
            let reports = try EntityReports(directory: exports.path)
            guard let entity = reports.find(name) else { throw ChronographError("no entity named '\(name)'") }
            let card = reports.card(for: entity)
            print("\(entity.label) [\(entity.type)]  id: \(entity.id)")
            if !entity.aliases.isEmpty { print("aliases: \(entity.aliases.joined(separator: "; "))") }
            print("communities: \(entity.communities.joined(separator: ", "))")
            print("mentions: \(entity.mentions)")
            if !card.events.isEmpty {
                print("events:")
                for event in card.events { print("  \(event.date)  \(event.community): \(event.title)") }
            }
            if !card.links.isEmpty {
                print("links:")
                for link in card.links {
                    let weight = Int(exactly: link.weight).map(String.init) ?? String(link.weight)
                    print("  \(link.type) \(link.other) [\(link.otherType)] ×\(weight)")
                }
            }
        }
    }
}
