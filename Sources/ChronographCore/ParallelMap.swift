import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` over all cores, results in input order (so output stays deterministic).
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        let box = UncheckedSendable(results)
        self.withUnsafeBufferPointer { input in
            let source = UncheckedSendable(input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                box.value[index] = transform(source.value[index])
            }
        }
        return results.map { $0! }
    }
}

/// Lets a buffer cross into `concurrentPerform`; each iteration touches only its own slot.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
