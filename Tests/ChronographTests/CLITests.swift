import ChronographCore
import Foundation
import Testing

/// The command line through the built binary: no default subcommand, the documented exit
/// statuses, one-line errors and one JSON shape per command.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: TestPaths.debugBinary), "run `swift build` first"))
struct CLITests {
    static let profile = """
    Lakeside
    In 2012 Lakeside launched the Harbour Fibre Network with Jane Okafor of Northgate University.
    The following year the council opened the Lakeside Digital Library.

    Population: 12,000
    Smart21 2014

    Fernbrook
    Fernbrook, a valley town, started the Valley Wireless Project in 2015 with Northgate University.

    Population: 8,000

    """

    /// A built exports folder and its input.
    static func built() throws -> (directory: TemporaryDirectory, out: String) {
        let directory = try TemporaryDirectory()
        let input = try directory.write("in/towns.txt", profile)
        let out = directory.file("out")
        let run = try #require(Shell.run(TestPaths.debugBinary, ["build", input, "--out", out]))
        #expect(run.status == 0, "\(run.stderr)")
        return (directory, out)
    }

    static func run(_ arguments: [String]) throws -> Shell.Output {
        try #require(Shell.run(TestPaths.debugBinary, arguments))
    }

    /// A run that fails with `status` and one error line containing `text`.
    static func expectError(_ arguments: [String], status: Int32, containing text: String,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try run(arguments)
        #expect(run.status == status, "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        expectOneErrorLine(run, containing: text, sourceLocation: sourceLocation)
    }

    /// Exactly one stderr line of the `chronograph: error: ` form.
    static func expectOneErrorLine(_ run: Shell.Output, containing text: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1 && run.stderr.hasPrefix("chronograph: error: "), "stderr: \(run.stderr)",
                sourceLocation: sourceLocation)
        #expect(text.isEmpty || run.stderr.contains(text), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [["relatd", "x"], ["docs"], ["timeline", "--bogus"], [], ["build", "--format"]])
    func usageErrorsExit64WithOneLine(arguments: [String]) throws {
        guard !arguments.isEmpty else {
            // No subcommand at all prints the help, builds nothing.
            let help = try Self.run([])
            #expect(help.stdout.contains("SUBCOMMANDS") || help.stderr.contains("SUBCOMMANDS"))
            return
        }
        let run = try Self.run(arguments)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        Self.expectOneErrorLine(run, containing: "")
    }

    @Test func versionPrintsAndExitsZero() throws {
        let run = try Self.run(["--version"])
        #expect(run.status == 0 && run.stdout.split(separator: ".").count == 3)
    }

    @Test func badInputExits1NamingTheFullPathAndLine() throws {
        let directory = try TemporaryDirectory()
        let missing = try Self.run(["build", directory.file("nowhere.txt"), "--out", directory.file("out")])
        #expect(missing.status == 1)
        Self.expectOneErrorLine(missing, containing: directory.file("nowhere.txt"))
        try Self.expectError(["build", "--reference-date", "0000-01-01", directory.file("x.txt")], status: 64, containing: "--reference-date")
    }

    @Test func unknownNamesExit2WithTheClosestCandidates() throws {
        let (directory, out) = try Self.built()
        defer { withExtendedLifetime(directory) {} }
        // One fuzzy matcher in every command: misspellings of known names are found.
        for arguments in [["timeline", "--community", "Lakesid"], ["show", "Northgate Univrsity"],
                          ["related", "Lakeside Digitl Library"], ["communities", "--like", "Fernbrok"],
                          ["entities", "--community", "Lakesid"]] {
            let run = try Self.run(arguments + ["--from", out])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        try Self.expectError(["entities", "--community", "Lakesyde", "--from", out], status: 2, containing: "no community is named 'Lakesyde'; closest: Lakeside")
        try Self.expectError(["show", "Lakeside Library", "--from", out], status: 2, containing: "Lakeside Digital Library (initiative); Lakeside (community)")
        try Self.expectError(["show", "Quixotic Zephyr Bureau", "--from", out], status: 2, containing: "no entity or community is named 'Quixotic Zephyr Bureau'")
        try Self.expectError(["timeline", "--to-year", "1900", "--from", out], status: 2, containing: "no events match")
    }

    @Test func unknownFilterValuesAreUsageErrorsListingTheValidOnes() throws {
        let (directory, out) = try Self.built()
        defer { withExtendedLifetime(directory) {} }
        try Self.expectError(["timeline", "--theme", "nosuchtheme", "--from", out], status: 64, containing: "broadband")
        try Self.expectError(["timeline", "--type", "robot", "--from", out], status: 64, containing: "milestone")
        try Self.expectError(["entities", "--type", "robot", "--from", out], status: 64, containing: "person")
    }

    @Test func everyCommandHasOneJSONShape() throws {
        let (directory, out) = try Self.built()
        let shapes: [([String], [String])] = [
            (["build", directory.file("in"), "--out", directory.file("out2")], ["profiles", "entities", "events", "files"]),
            (["timeline", "--from", out], ["events"]),
            (["entities", "--from", out], ["entities"]),
            (["show", "Lakeside", "--from", out], ["entity", "events", "links"]),
            (["show", "Northgate University", "--from", out], ["entity", "events", "links"]),
            (["communities", "--from", out], ["communities"]),
            (["dates", directory.file("in")], ["expressions"]),
            (["bench", "--copies", "1", "--seed", directory.file("in/towns.txt")],
             ["copies", "bytes", "words", "profiles", "events", "seconds", "peak_memory_bytes", "stages"]),
            (["bench-related", "--items", "200", "--queries", "5"],
             ["items", "queries", "generate_seconds", "index_build_seconds", "name_matcher_build_seconds",
              "query_median_ms", "query_p99_ms", "results_per_query", "name_lookup_median_ms"]),
        ]
        for (arguments, keys) in shapes {
            let run = try Self.run(arguments + ["--json"])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            let document = try JSONParser.parse(run.stdout)
            #expect(document.objectValue?.map(\.0) == keys, "\(arguments): \(run.stdout.prefix(200))")
        }
        let community = try JSONParser.parse(try Self.run(["show", "lakeside", "--json", "--from", out]).stdout)
        #expect(community["entity"]?["type"]?.stringValue == "community")
        #expect((community["events"]?.arrayValue?.count ?? 0) >= 2)
    }

    @Test func anOutputFolderEqualToTheInputIsRefusedSayingSo() throws {
        let directory = try TemporaryDirectory()
        try directory.write("in/towns.txt", Self.profile)
        try Self.expectError(["build", directory.file("in"), "--out", directory.file("in")], status: 1, containing: "lies in the output folder")
        #expect(directory.contents() == ["in", "in/towns.txt"])
    }

    @Test(.enabled(if: getuid() != 0, "root reads any folder"))
    func anUnreadableSubfolderIsAnErrorNotSkipped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("in/towns.txt", Self.profile)
        try directory.write("in/locked/more.txt", Self.profile)
        chmod(directory.file("in/locked"), 0)
        defer { chmod(directory.file("in/locked"), 0o755) }
        let run = try Self.run(["build", directory.file("in"), "--out", directory.file("out")])
        #expect(run.status == 1)
        Self.expectOneErrorLine(run, containing: directory.file("in/locked"))
    }

    @Test func twoInputsWithOneFileNameKeepDistinctProvenance() throws {
        let directory = try TemporaryDirectory()
        let a = try directory.write("a/x.txt", "Lakeside\nIn 2012 Lakeside opened a library.\n")
        let b = try directory.write("b/x.txt", "Fernbrook\nIn 2015 Fernbrook opened a harbour.\n")
        let run = try Self.run(["build", a, b, "--out", directory.file("out"), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let timeline = try JSONParser.parse(try String(contentsOfFile: directory.file("out/timeline.json"), encoding: .utf8))
        let documents = Set((timeline["events"]?.arrayValue ?? []).compactMap { $0["source"]?["document"]?.stringValue })
        #expect(documents.count == 2)
    }

    @Test func anOutputFolderReachedThroughASymlinkIsNotReadBack() throws {
        let directory = try TemporaryDirectory()
        let input = directory.file("in")
        try directory.write("in/towns.txt", Self.profile)
        try FileManager.default.createSymbolicLink(atPath: directory.file("link"), withDestinationPath: input)
        let out = directory.file("link/exports")
        let first = try Self.run(["build", input, "--out", out])
        let second = try Self.run(["build", input, "--out", out])
        #expect(first.status == 0 && second.status == 0, "\(second.stderr)")
        #expect(first.stdout == second.stdout, "the second build read the first one's exports")
    }
}
