import ChronographCore
import Foundation
import Testing
@testable import Chronograph

/// Faults while writing exports: the folder always holds the complete old set or the complete
/// new one, and no build leaves hidden temporaries behind.
@Suite(.serialized) struct ExportSetTests {
    static let binaryBuilt = FileManager.default.isExecutableFile(atPath: TestPaths.debugBinary) && Tool.python != nil
    static let isRoot = getuid() == 0

    static let oldProfile = "Lakeside\nIn 2011 Lakeside opened the Harbour Library with Jane Okafor.\n\nPopulation: 12,000\n"
    static func newProfile(_ copies: Int) -> String {
        (0..<copies).map { i in
            "Town \(i)\nIn \(1990 + i % 30) Town \(i) launched the Valley Fibre Network \(i) with Aiko Tanaka.\n"
                + "The following year the council partnered with Northgate University.\n\nPopulation: \(1000 + i)\n\n"
        }.joined()
    }

    /// File name → bytes of every entry below `path`, hidden ones included.
    static func snapshot(_ path: String) -> [String: Data] {
        let names = FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []
        var files: [String: Data] = [:]
        for name in names { files[name] = FileManager.default.contents(atPath: path + "/" + name) ?? Data() }
        return files
    }

    /// The exports of `text`, built through the library into a fresh folder.
    static func reference(_ text: String, in directory: TemporaryDirectory, _ tag: String) throws -> [String: Data] {
        let input = try directory.write("\(tag)/lakeside.txt", text)
        var timer = StageTimer()
        _ = try Exports.write(try Pipeline().run(inputs: [input]), formats: ExportFormat.allCases,
                              to: directory.file("\(tag)-ref"), timer: &timer)
        return snapshot(directory.file("\(tag)-ref"))
    }

    /// No staging or retired folder beside `out`.
    static func leftovers(beside out: String) -> [String] {
        let parent = (out as NSString).deletingLastPathComponent, name = (out as NSString).lastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0.hasPrefix(".\(name).") }
    }

    @Test func aSecondBuildReplacesTheWholeSetAndDropsFormatsNotRebuilt() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("in/a.txt", Self.oldProfile)
        let out = directory.file("out")
        var timer = StageTimer()
        _ = try Exports.write(try Pipeline().run(inputs: [input]), formats: ExportFormat.allCases, to: out, timer: &timer)
        try directory.write("out/.graph.json.4242.tmp", "a per-file temporary of an older build")
        _ = try Exports.write(try Pipeline().run(inputs: [input]), formats: [.json], to: out, timer: &timer)
        #expect(Self.snapshot(out).keys.sorted() == ["graph.json", "timeline.json"])
        #expect(Self.leftovers(beside: out).isEmpty)
    }

    @Test func aFolderWithOtherFilesIsNotReplaced() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("in/a.txt", Self.oldProfile)
        try directory.write("out/notes.docx", "mine")
        var timer = StageTimer()
        #expect(throws: ChronographError.self) {
            _ = try Exports.write(try Pipeline().run(inputs: [input]), to: directory.file("out"), timer: &timer)
        }
        #expect(Self.snapshot(directory.file("out")).keys.sorted() == ["notes.docx"])
    }

    @Test func staleStagingIsRemovedAndARetiredSetWithoutAFolderIsPutBack() throws {
        let directory = try TemporaryDirectory()
        let old = try Self.reference(Self.oldProfile, in: directory, "old")
        // A build that died between its two renames: the old set retired, no folder in place.
        try FileManager.default.moveItem(atPath: directory.file("old-ref"), toPath: directory.file(".out.old-999999"))
        try directory.write(".out.tmp-999998/graph.json", "half")
        // The next build recovers under the lock, even one that then fails before writing.
        #expect(throws: ChronographError.self) {
            try ExportSet(directory.file("out")).replace { _ in throw ChronographError("stopped before writing") }
        }
        #expect(Self.snapshot(directory.file("out")) == old)
        #expect(Self.leftovers(beside: directory.file("out")).isEmpty)
    }

    // MARK: faults through the binary

    /// Runs `chronograph build` on `input` into `out` as a child process. The test runner blocks
    /// SIGTERM in its threads and children inherit the mask, so python unblocks it before exec.
    static func startBuild(_ input: String, _ out: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tool.python!)
        process.arguments = ["-c", "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])",
                             TestPaths.debugBinary, "build", input, "--out", out,
                             "--format", "graphml,gexf,json,timelinejs,html,neo4j,sqlite"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Old and new reference sets, and `out` holding the old one.
    static func prepare(_ directory: TemporaryDirectory, copies: Int = 40) throws -> (old: [String: Data], new: [String: Data], out: String) {
        let old = try reference(oldProfile, in: directory, "old")
        let new = try reference(newProfile(copies), in: directory, "new")
        let out = directory.file("out")
        try FileManager.default.copyItem(atPath: directory.file("old-ref"), toPath: out)
        return (old, new, out)
    }

    @Test(.enabled(if: binaryBuilt, "run `swift build` first"))
    func sigtermMidBuildLeavesTheOldOrTheNewSet() throws {
        let directory = try TemporaryDirectory()
        let (old, new, out) = try Self.prepare(directory)
        var seen: Set<String> = []
        for delay in [0.3, 0.8, 1.3, 1.8, 2.4, 3.0, 4.0] {
            let build = try Self.startBuild(directory.file("new"), out)
            Thread.sleep(forTimeInterval: delay)
            build.terminate()   // SIGTERM
            build.waitUntilExit()
            let now = Self.snapshot(out)
            #expect(now == old || now == new, "after SIGTERM at \(delay) s: \(now.keys.sorted())")
            seen.insert(now == old ? "old" : "new")
            // Put the old set back for the next round (a build recovers and cleans first).
            try FileManager.default.removeItem(atPath: out)
            try FileManager.default.copyItem(atPath: directory.file("old-ref"), toPath: out)
        }
        let last = try Self.startBuild(directory.file("new"), out)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(Self.snapshot(out) == new)
        #expect(Self.leftovers(beside: out).isEmpty)
        #expect(seen.contains("old"), "some SIGTERM landed before the swap")
    }

    @Test(.enabled(if: binaryBuilt, "run `swift build` first"))
    func twoConcurrentBuildsLeaveOneCompleteSet() throws {
        let directory = try TemporaryDirectory()
        let (old, new, out) = try Self.prepare(directory, copies: 10)
        for _ in 0..<3 {
            let a = try Self.startBuild(directory.file("old"), out), b = try Self.startBuild(directory.file("new"), out)
            a.waitUntilExit()
            b.waitUntilExit()
            #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
            let now = Self.snapshot(out)
            #expect(now == old || now == new, "\(now.keys.sorted())")
            #expect(Self.leftovers(beside: out).isEmpty)
        }
    }

    @Test(.enabled(if: binaryBuilt, "run `swift build` first"))
    func anUnwritableTargetFailsWithOneLineAndKeepsTheOldSet() throws {
        let directory = try TemporaryDirectory()
        let (old, _, out) = try Self.prepare(directory, copies: 2)
        // Below a regular file nothing can be created, whoever runs the test.
        try directory.write("plain", "a file")
        let run = try #require(Shell.run(TestPaths.debugBinary, ["build", directory.file("new"), "--out", directory.file("plain/out")]))
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("chronograph: error: ") && run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        // A read-only folder: chmod for other users, a read-only mount for root.
        let parent = directory.file("ro")
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let mounted = Self.isRoot && Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", parent])?.status == 0
        defer { if mounted { _ = Shell.run("/bin/umount", [parent]) } }
        guard mounted || !Self.isRoot else { return }
        let target = parent + "/out"
        try FileManager.default.copyItem(atPath: out, toPath: target)
        if mounted {
            #expect(Shell.run("/bin/mount", ["-o", "remount,ro", parent])?.status == 0)
        } else {
            chmod(parent, 0o555)
        }
        let denied = try #require(Shell.run(TestPaths.debugBinary, ["build", directory.file("new"), "--out", target, "--format",
                                                                  "graphml,gexf,json,timelinejs,html,neo4j"]))
        if !mounted { chmod(parent, 0o755) }
        #expect(denied.status == 1)
        #expect(denied.stderr.contains(parent) && denied.stderr.split(separator: "\n").count == 1, "\(denied.stderr)")
        #expect(Self.snapshot(target) == old)
    }

    @Test(.enabled(if: binaryBuilt && isRoot, "needs the binary and root (a small tmpfs)"))
    func aFullDiskKeepsTheOldSet() throws {
        let directory = try TemporaryDirectory()
        let (old, _, _) = try Self.prepare(directory, copies: 300)
        let disk = directory.file("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", disk])?.status == 0 else { return }
        defer { _ = Shell.run("/bin/umount", [disk]) }
        let out = disk + "/out"
        try FileManager.default.copyItem(atPath: directory.file("old-ref"), toPath: out)
        let run = try #require(Shell.run(TestPaths.debugBinary, ["build", directory.file("new"), "--out", out, "--format",
                                                                "graphml,gexf,json,timelinejs,html,neo4j"]))
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(Self.snapshot(out) == old)
        #expect(Self.leftovers(beside: out).isEmpty)
    }
}
