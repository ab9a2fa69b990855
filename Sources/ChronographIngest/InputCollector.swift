import ChronographCore
import Foundation

/// A file to read, with the name its provenance will carry (relative to the input it was found under).
public struct InputFile: Sendable, Equatable {
    public var path: String
    public var name: String
    public var format: Document.Format
}

/// Expands inputs (files and directories, recursively) into the files Chronograph reads.
public enum InputCollector {
    public static let extensions: [String: Document.Format] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    ]

    /// `excluding`: directories never read from, such as the build's own output folder when it
    /// sits inside an input folder (a build must not read the exports of the one before).
    public static func collect(_ inputs: [String], excluding: [String] = []) throws -> [InputFile] {
        var files: [InputFile] = []
        let fm = FileManager.default
        let skipped = excluding.map { absolute($0) + "/" }
        // Full paths, so errors and later reads name the file wherever the command was run.
        for input in inputs.map(absolute) {
            // An input inside the output folder would be replaced by the build's own exports.
            if skipped.contains(where: { (input + "/").hasPrefix($0) }) {
                throw ChronographError(file: input, "lies in the output folder; write the exports to another folder (--out)")
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw ChronographError(file: input, "no such file or directory")
            }
            if !isDirectory.boolValue {
                guard isRegularFile(input) else { throw ChronographError(file: input, "not a regular file") }
                guard fm.isReadableFile(atPath: input) else { throw ChronographError(file: input, "permission denied") }
                let ext = (input as NSString).pathExtension.lowercased()
                files.append(InputFile(path: input, name: (input as NSString).lastPathComponent,
                                       format: extensions[ext] ?? .text))
                continue
            }
            guard fm.isReadableFile(atPath: input), let walker = fm.enumerator(atPath: input) else {
                throw ChronographError(file: input, "directory cannot be read")
            }
            var found: [InputFile] = []
            while let relative = walker.nextObject() as? String {
                let path = (input as NSString).appendingPathComponent(relative)
                // Hidden entries are no profiles: editor backups, a build's staging folder.
                if (relative as NSString).lastPathComponent.hasPrefix(".") {
                    if Self.isDirectory(path) { walker.skipDescendants() }
                    continue
                }
                // The walker skips a folder it cannot list without a word: say so instead.
                if Self.isDirectory(path), access(path, R_OK | X_OK) != 0 {
                    throw ChronographError(file: path, "directory cannot be read (permission denied)")
                }
                let ext = (relative as NSString).pathExtension.lowercased()
                guard let format = extensions[ext] else { continue }
                guard isRegularFile(path), !skipped.contains(where: { absolute(path).hasPrefix($0) }) else { continue }
                found.append(InputFile(path: path, name: relative, format: format))
            }
            guard !found.isEmpty else {
                throw ChronographError(file: input, "no profile files (.txt, .md, .html, .htm) in this directory")
            }
            files += found.sorted { $0.name < $1.name }
        }
        // Two inputs a/x.txt and b/x.txt must not share a provenance name: those take their path.
        let paths = Dictionary(files.map { ($0.name, Set([$0.path])) }, uniquingKeysWith: { $0.union($1) })
        return files.map { file in
            var file = file
            if paths[file.name]!.count > 1 { file.name = file.path }
            return file
        }
    }

    /// Symlinks resolved, so an output folder reached through a link is still recognised.
    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Regular files only (after symlinks): reading a FIFO or a device would block or never end.
    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
