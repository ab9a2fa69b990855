import ChronographCore
import Foundation

/// Writes a file completely or not at all: into a temporary file beside the target, then rename.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        try write(path) { temp in
            guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8)) else {
                throw ChronographError(file: path, "cannot be written")
            }
        }
    }

    /// Runs `produce` on a temporary path, then moves the result into place; on failure the
    /// temporary file is removed and the target is left as it was.
    public static func write(_ path: String, produce: (String) throws -> Void) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temp = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        do {
            try produce(temp)
            if rename(temp, path) != 0 {
                throw ChronographError(file: path, "cannot be written (\(String(cString: strerror(errno))))")
            }
        } catch {
            unlink(temp)
            throw error
        }
    }
}
