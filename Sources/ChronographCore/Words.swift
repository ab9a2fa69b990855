/// The word tokenizer every lexicon matches against: lower-case runs of letters and digits
/// with inner `-`, `&`, `'` (curly apostrophes folded), and "%" as the word "percent".
/// One pass over Unicode scalars with an ASCII fast path: it runs on every sentence.
public enum Words {
    public static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            while let last = current.last, last == "-" || last == "&" || last == "'" { current.removeLast() }
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x61...0x7A, 0x30...0x39: current.append(scalar)
                case 0x41...0x5A: current.append(Unicode.Scalar(v + 32)!)
                case 0x2D, 0x26, 0x27: if !current.isEmpty { current.append(scalar) } else { flush() }
                case 0x25: flush(); words.append("percent")
                default: flush()
                }
            } else if scalar == "\u{2019}" {
                if !current.isEmpty { current.append("'") }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars(appendingLowercaseOf: scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}

private extension String.UnicodeScalarView {
    mutating func unicodeScalars(appendingLowercaseOf scalar: Unicode.Scalar) {
        append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }
}
