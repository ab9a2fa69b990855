import Crypto

/// SHA-256 as lowercase hex (swift-crypto: Foundation on Linux has no digest API): the content
/// hash of a document, and the part of an event id that names its content.
public enum ContentHash {
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        SHA256.hash(data: Array(bytes)).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
        }.joined()
    }
}
