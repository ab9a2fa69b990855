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
    /// Keyed by Substring so a word's prefixes are looked up without allocating.
    private var byPrefix: [Substring: [Int]] = [:]
    private var prefixLengths: [Int] = []

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
                byPrefix[Substring(entry.words[0]), default: []].append(id)
            } else {
                byFirstWord[entry.words[0], default: []].append(id)
            }
        }
        // Longest phrase first; equal phrases stay in file order.
        for key in byFirstWord.keys {
            byFirstWord[key]!.sort { (entries[$0].words.count, -$0) > (entries[$1].words.count, -$1) }
        }
        prefixLengths = Set(byPrefix.keys.map(\.count)).sorted(by: >)
    }

    /// Ids of the entries matching at word `i`: whole-word phrases longest first, then one-word
    /// prefixes longest prefix first.
    func matches(_ words: [String], at i: Int) -> [Int] {
        var found: [Int] = []
        for id in byFirstWord[words[i]] ?? [] where matches(entries[id], words, at: i) { found.append(id) }
        let word = words[i]
        for length in prefixLengths where length <= word.count {
            if let ids = byPrefix[word.prefix(length)] { found += ids }
        }
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
