/// Phrases of lower-case words — the last word optionally a prefix ("broadcast*"), inner words
/// optionally "*" for any one word — indexed by their first word (one-word prefixes by the
/// prefix itself), so matching costs a few dictionary lookups per word of text instead of a
/// scan over every phrase. Shared by the theme lexicon and the event-type rules.
struct PhraseIndex<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var prefixLast: Bool
        var payload: Payload
    }

    let entries: [Entry]
    private var byFirstWord: [String: [Int]] = [:]
    /// One-word prefixes bucketed by their first UTF-8 byte, longest first: a word is compared
    /// with the few prefixes that start like it, without building or hashing substrings.
    private var prefixesByFirstByte: [[(prefix: [UInt8], id: Int)]] = Array(repeating: [], count: 256)

    /// `text` like "broadcast*" or "named * of the year"; `*` at the very end marks a prefix.
    static func entry(_ text: String, payload: Payload, split: (String) -> [String]) -> Entry? {
        let prefixLast = text.hasSuffix("*") && !text.hasSuffix(" *")
        let body = prefixLast ? String(text.dropLast()) : text
        let words = body.lowercased().split(separator: " ").flatMap { part -> [String] in
            part == "*" ? ["*"] : split(String(part))
        }
        return words.isEmpty ? nil : Entry(words: words, prefixLast: prefixLast, payload: payload)
    }

    init(_ entries: [Entry]) {
        self.entries = entries
        for (id, entry) in entries.enumerated() {
            if entry.prefixLast && entry.words.count == 1 {
                let bytes = Array(entry.words[0].utf8)
                prefixesByFirstByte[Int(bytes[0])].append((bytes, id))
            } else {
                byFirstWord[entry.words[0], default: []].append(id)
            }
        }
        // Longest phrase first; equal phrases stay in file order.
        for key in byFirstWord.keys {
            byFirstWord[key]!.sort { (entries[$0].words.count, -$0) > (entries[$1].words.count, -$1) }
        }
        for byte in prefixesByFirstByte.indices {
            prefixesByFirstByte[byte].sort { ($0.prefix.count, -$0.id) > ($1.prefix.count, -$1.id) }
        }
    }

    /// Ids of the entries matching at word `i`: whole-word phrases longest first, then one-word
    /// prefixes longest prefix first.
    func matches(_ words: [String], at i: Int) -> [Int] {
        var found: [Int] = []
        for id in byFirstWord[words[i]] ?? [] where matches(entries[id], words, at: i) { found.append(id) }
        let word = words[i].utf8
        guard let first = word.first else { return found }
        for candidate in prefixesByFirstByte[Int(first)] where word.starts(with: candidate.prefix) { found.append(candidate.id) }
        return found
    }

    private func matches(_ entry: Entry, _ words: [String], at i: Int) -> Bool {
        guard i + entry.words.count <= words.count else { return false }
        for k in 1..<max(1, entry.words.count) {
            let pattern = entry.words[k], word = words[i + k]
            if pattern == "*" { continue }
            let isLast = k == entry.words.count - 1
            if isLast && entry.prefixLast ? !word.hasPrefix(pattern) : word != pattern { return false }
        }
        if entry.words.count == 1, entry.prefixLast { return words[i].hasPrefix(entry.words[0]) }
        return true
    }
}
