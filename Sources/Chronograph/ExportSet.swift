import ChronographCore
import Foundation

/// The exports folder is replaced as a whole: the new set is written into a hidden sibling
/// (`.exports.tmp-PID`), then swapped in by two renames, so a failed, killed or concurrent
/// build leaves either the complete old set or the complete new one. A lock on the parent
/// folder (flock, released however the process ends) serialises builds into it; under the lock,
/// leftovers of builds that died are removed, or put back when one died between its renames.
struct ExportSet {
    /// The folder as it will be read: symlinks resolved, so the swap happens where the files are.
    let target: String
    let parent: String
    let name: String

    init(_ directory: String) {
        let absolute = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
        target = absolute
        parent = (absolute as NSString).deletingLastPathComponent
        name = (absolute as NSString).lastPathComponent
    }

    private var staging: String { sibling("tmp-\(getpid())") }
    private var retired: String { sibling("old-\(getpid())") }
    private func sibling(_ suffix: String) -> String { (parent as NSString).appendingPathComponent(".\(name).\(suffix)") }

    /// Entries a build may replace: the outputs of every format, and the per-file temporaries
    /// (`.graph.json.123.tmp`) that builds before whole-set writing left behind.
    static func isExportOutput(_ entry: String) -> Bool {
        let outputs = Set(ExportFormat.allCases.flatMap(\.outputs).map { String($0.split(separator: "/")[0]) })
        return outputs.contains(entry) || (entry.hasPrefix(".") && entry.hasSuffix(".tmp"))
    }

    /// Writes a complete set with `write(stagingFolder)`, then swaps it in.
    func replace(_ write: (String) throws -> Void) throws {
        let fm = FileManager.default
        guard name != "/", !name.isEmpty else { throw ChronographError(file: target, "cannot replace the root folder") }
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw ChronographError(file: parent, "output directory cannot be created")
        }
        let lock = try Self.lock(parent)
        defer { close(lock) }
        try recoverAndClean()
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw ChronographError(file: target, "exists and is not a directory") }
            let foreign = ((try? fm.contentsOfDirectory(atPath: target)) ?? []).sorted().filter { !Self.isExportOutput($0) }
            if let first = foreign.first {
                throw ChronographError(file: target, "holds files chronograph did not write (\(first)); "
                                       + "choose an empty folder or a folder of exports")
            }
        }
        guard mkdir(staging, 0o755) == 0 else { throw Self.failure(parent, "cannot be written") }
        do {
            try write(staging)
        } catch var error as ChronographError {
            try? fm.removeItem(atPath: staging)
            error.file = error.file.map(shown)
            throw error
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
        if exists, rename(target, retired) != 0 {
            let failure = Self.failure(target, "cannot be replaced")
            try? fm.removeItem(atPath: staging)
            throw failure
        }
        guard rename(staging, target) == 0 else {
            let failure = Self.failure(target, "cannot be written")
            if exists { rename(retired, target) }
            try? fm.removeItem(atPath: staging)
            throw failure
        }
        if exists { try? fm.removeItem(atPath: retired) }
    }

    /// A path inside the staging folder as the user will find it: `.../.out.tmp-7/.graph.json.7.tmp`
    /// → `.../out/graph.json`.
    private func shown(_ path: String) -> String {
        guard path.hasPrefix(staging + "/") else { return path }
        var parts = path.dropFirst(staging.count + 1).split(separator: "/").map(String.init)
        if let last = parts.last, last.hasPrefix("."), last.hasSuffix(".\(getpid()).tmp") {
            parts[parts.count - 1] = String(last.dropFirst().dropLast(".\(getpid()).tmp".count))
        }
        return ([target] + parts).joined(separator: "/")
    }

    /// Under the lock every staging or retired sibling belongs to a build that died. A retired
    /// set with no folder in its place is the last complete set: it goes back.
    private func recoverAndClean() throws {
        let fm = FileManager.default
        let prefix = "." + name + "."
        let leftovers = ((try? fm.contentsOfDirectory(atPath: parent)) ?? []).filter {
            $0.hasPrefix(prefix) && ($0.dropFirst(prefix.count).hasPrefix("tmp-") || $0.dropFirst(prefix.count).hasPrefix("old-"))
        }.sorted()
        for entry in leftovers {
            let path = (parent as NSString).appendingPathComponent(entry)
            if entry.dropFirst(prefix.count).hasPrefix("old-"), !fm.fileExists(atPath: target), rename(path, target) == 0 {
                continue
            }
            try? fm.removeItem(atPath: path)
        }
    }

    /// An exclusive lock on a folder, held until the descriptor is closed. The parent folder is
    /// never renamed, so every build into it locks the same inode, and no lock file is left behind.
    private static func lock(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot be opened") }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let error = failure(path, "cannot be locked")
                close(fd)
                throw error
            }
        }
        return fd
    }

    private static func failure(_ path: String, _ what: String) -> ChronographError {
        ChronographError(file: path, "\(what) (\(String(cString: strerror(errno))))")
    }
}
