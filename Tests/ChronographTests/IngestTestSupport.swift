import ChronographCore
import ChronographIngest
import Foundation

/// Paths of the test fixtures, the package and the shared reference folder, found from this file.
enum TestPaths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let package = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let seed = package.appendingPathComponent("seeds/icf-profiles.txt").path
    static let debugBinary = package.appendingPathComponent(".build/debug/chronograph").path
    /// `../shared/schemas/validate.py` beside the package (present in the development checkout only).
    static let validator = package.deletingLastPathComponent().appendingPathComponent("shared/schemas/validate.py").path

    static func fixture(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }

    static var canValidateXML: Bool {
        FileManager.default.fileExists(atPath: validator) && Shell.run("/usr/bin/env", ["xmllint", "--version"])?.status == 0
    }
    static var hasNetworkx: Bool { Shell.run("/usr/bin/env", ["python3", "-c", "import networkx"])?.status == 0 }
    static var hasPython: Bool { Shell.run("/usr/bin/env", ["python3", "-c", "pass"])?.status == 0 }
}

/// Collect → read → segment, as the pipeline does.
func segment(_ paths: String...) throws -> [Profile] {
    try InputCollector.collect(paths).map(DocumentReader.read).flatMap { try ProfileSegmenter().profiles(in: $0) }
}

func readDocument(_ path: String) throws -> Document {
    try DocumentReader.read(InputCollector.collect([path])[0])
}

/// A fresh temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "chronograph-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    /// Every entry below the directory, hidden ones included.
    func contents() -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
    }
}

enum Shell {
    struct Output { var status: Int32; var stdout: String; var stderr: String }

    /// Runs a program to completion; nil when it cannot be started. Output goes through files,
    /// so a chatty program cannot block on a full pipe.
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) -> Output? {
        let base = NSTemporaryDirectory() + "chronograph-run-\(UUID().uuidString)"
        defer { for ext in [".out", ".err"] { try? FileManager.default.removeItem(atPath: base + ext) } }
        guard FileManager.default.createFile(atPath: base + ".out", contents: nil),
              FileManager.default.createFile(atPath: base + ".err", contents: nil),
              let out = FileHandle(forWritingAtPath: base + ".out"), let err = FileHandle(forWritingAtPath: base + ".err")
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        let inPipe = Pipe()
        process.standardInput = inPipe
        do { try process.run() } catch { return nil }
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return Output(status: process.terminationStatus, stdout: read(base + ".out"), stderr: read(base + ".err"))
    }
}
