import ArgumentParser
import Chronograph
import ChronographCore

struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Communities by their theme profiles: each one's top themes, or those most like one.")

    @Option(name: .long, help: "Rank the other communities by likeness to this one.")
    var like: String?

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var exports: ExportsFolder

    func run() throws {
        try runReportingErrors {
            let query = try RelatedQuery.load(from: exports.path, reading: .communities)
            let community = try like.map(query.community(named:))
            print(json ? JSONSerializer.serialize(query.communitiesJSON(like: community))
                       : query.communitiesTable(like: community))
        }
    }
}
