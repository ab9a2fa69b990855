import ChronographGraph

/// A name that picks no single thing: why, with the closest candidates (exit status 2).
public struct NameError: Error, CustomStringConvertible {
    public var description: String
}

/// A filter value outside the valid ones, listed in the message (exit status 64, as for any usage error).
public struct UsageError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }

    /// `value` when it is one of `valid`, else the error listing them.
    public static func check(_ option: String, _ value: String, in valid: [String]) throws {
        guard valid.contains(value) else {
            throw UsageError("\(option): unknown value '\(value)' (valid: \(valid.joined(separator: ", ")))")
        }
    }
}

/// A query that matched nothing (exit status 2); the empty result is printed first.
public struct NothingMatched: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension NameMatcher {
    /// The one item `name` denotes, or a `NameError` naming the kind sought and the closest
    /// candidates: the same matcher and message for every command.
    func pick(_ name: String, kind: String, describe: (Int) -> String) throws -> Int {
        switch match(name) {
        case let .found(item):
            return item
        case let .ambiguous(items):
            throw NameError(description: "'\(name)' is ambiguous: it could be " + items.map(describe).joined(separator: "; "))
        case let .unknown(items):
            throw NameError(description: "no \(kind) is named '\(name)'"
                            + (items.isEmpty ? "" : "; closest: " + items.map(describe).joined(separator: "; ")))
        }
    }
}
