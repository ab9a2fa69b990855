import ChronographCore
import Foundation

/// Streams UTF-8 text to a file through stdio's buffer, for the writers that are not XML.
final class TextFileWriter {
    private let file: UnsafeMutablePointer<FILE>
    private let path: String
    private var closed = false

    init(path: String) throws {
        guard let file = fopen(path, "wb") else { throw ChronographError(file: path, "cannot be opened for writing") }
        self.file = file
        self.path = path
    }

    deinit { if !closed { fclose(file) } }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, file) }
    }

    /// Flushes and closes; throws when any write failed.
    func finish() throws {
        let failed = ferror(file) != 0
        closed = true
        if fclose(file) != 0 || failed {
            throw ChronographError(file: path, "cannot be written (\(String(cString: strerror(errno))))")
        }
    }
}
