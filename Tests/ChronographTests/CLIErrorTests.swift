import Chronograph
import ChronographCore
import Foundation
import Testing

/// Malformed inputs: a clear error naming the file and no output at all, through the library
/// and through the built `chronograph` binary.
@Suite struct CLIErrorTests {
    /// A bad input written into `directory`, and the file its error must name.
    struct BadInput: CustomStringConvertible, Sendable {
        var description: String
        var make: @Sendable (TemporaryDirectory) throws -> (input: String, named: String)
    }

    static let cases: [BadInput] = [
        BadInput(description: "empty file") { dir in let p = try dir.write("in/empty.txt", ""); return (p, p) },
        BadInput(description: "binary file") { dir in
            let p = try dir.write("in/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]); return (p, p)
        },
        BadInput(description: "invalid UTF-8") { dir in
            let p = try dir.write("in/latin1.txt", Array("Fernbrook\nFernbrook is a ".utf8) + [0xE9] + Array("t\u{E9}.\n".utf8))
            return (p, p)
        },
        BadInput(description: "directory with no profile files") { dir in
            try dir.write("in/readme.pdf", "x"); return (dir.file("in"), dir.file("in"))
        },
        BadInput(description: "directory whose files hold no profiles") { dir in
            try dir.write("in/news.txt", "In the News\nRead the latest updates about Fernbrook.\n")
            return (dir.file("in"), dir.file("in"))
        },
        BadInput(description: "one bad file among good ones") { dir in
            try dir.write("in/a.txt", "Fernbrook\nFernbrook is a valley town.\n")
            let p = try dir.write("in/b.txt", [0xFF, 0xFE, 0x41, 0x00]); return (dir.file("in"), p)
        },
        BadInput(description: "nonexistent path") { dir in (dir.file("in/missing.txt"), dir.file("in/missing.txt")) },
    ]

    @Test(arguments: cases)
    func libraryErrorNamesTheFileAndWritesNothing(bad: BadInput) throws {
        let directory = try TemporaryDirectory()
        let (input, named) = try bad.make(directory)
        let out = directory.file("out")
        do {
            let result = try Pipeline().run(inputs: [input])
            var timer = StageTimer()
            _ = try Exports.write(result, formats: ExportFormat.allCases, to: out, timer: &timer)
            Issue.record("\(bad) built without an error")
        } catch let error as ChronographError {
            #expect(error.description.contains(named), "\(error) names \(named)")
            #expect(!error.description.contains("\n"))
        }
        #expect(!FileManager.default.fileExists(atPath: out), "no output directory for \(bad)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: TestPaths.debugBinary),
                   "no .build/debug/chronograph: run `swift build` first; CLI cases skipped"),
          arguments: cases)
    func binaryExitsNonZeroWithOneLineAndNoFiles(bad: BadInput) throws {
        let directory = try TemporaryDirectory()
        let (input, named) = try bad.make(directory)
        // An output directory that exists already must stay exactly as it was.
        let out = directory.file("out")
        try directory.write("out/keep.txt", "kept")
        let run = try #require(Shell.run(TestPaths.debugBinary, ["build", input, "--out", out]))
        #expect(run.status != 0)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line on stderr: \(run.stderr)")
        #expect(lines.first?.contains(named) == true, "stderr names \(named): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["keep.txt"])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: TestPaths.debugBinary),
                   "no .build/debug/chronograph: run `swift build` first; CLI case skipped"))
    func binaryBuildsAGoodInput() throws {
        let directory = try TemporaryDirectory()
        let out = directory.file("out")
        let run = try #require(Shell.run(TestPaths.debugBinary, ["build", TestPaths.fixture("per-file"), "--out", out]))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("3 profiles"))
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(written.contains("graph.graphml") && !written.contains { $0.hasPrefix(".") })
    }
}
