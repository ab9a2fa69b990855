import Foundation

/// Stable identifiers and comparison keys built from names.
public enum Slug {
    /// "José Ramírez" → "jose-ramirez": accents folded, lower case, runs of other characters → "-".
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// Accent- and case-insensitive comparison form; curly quotes and dashes made ASCII.
    public static func fold(_ text: String) -> String {
        // ASCII (most names) folds by lower-casing alone: skip Foundation's slow path.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
                _ = buffer.initialize(from: text.utf8.lazy.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 })
                return text.utf8.count
            }
        }
        var mapped = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": mapped.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": mapped.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": mapped.append("-")
            default: mapped.append(s)
            }
        }
        return String(mapped).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
                                      locale: Locale(identifier: "en_US_POSIX")).lowercased()
    }
}
