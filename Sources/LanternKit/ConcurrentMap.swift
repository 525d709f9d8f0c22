import Dispatch

/// `body(i)` for every `i` in `0..<count`, on every core, the results in index order and the
/// `nil` ones left out. How the loader reads notes, and how the linter, the follow-up list, the
/// events and the index work through notes and people.
func concurrentMap<T>(_ count: Int, _ body: @Sendable (Int) -> T?) -> [T] {
    let slots = Slots<T>(count: count)
    // In runs of neighbouring indices: one worker reads notes that lie side by side (fetched
    // ahead) and writes neighbouring slots, and workers take a run, not each index, from Dispatch.
    let chunks = Swift.min(64, count)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        for i in chunkRange(chunk, of: chunks, count: count) { slots[i] = body(i) }
    }
    return slots.takeValues()
}

/// `body(i)` for every `i` in `0..<count`, on every core, each result written straight into its
/// place in the array (no slot to move it out of): for long lists of large values, such as the
/// follow-up list's items.
func concurrentArray<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        nonisolated(unsafe) let buffer = buffer  // each index written by exactly one worker
        let chunks = Swift.min(64, count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for i in chunkRange(chunk, of: chunks, count: count) { (buffer.baseAddress! + i).initialize(to: body(i)) }
        }
        initialized = count
    }
}

/// Writes `count` lines to `out` in order, each made by `line(k, &text)`; a long list is
/// formatted on every core, a few thousand lines at a time, in runs side by side, each run into
/// a string of its own, then the strings in turn. The memory held is a few megabytes however
/// long the list (lint's text at 100,000 notes is 47 MB).
func writeLines(_ count: Int, to out: inout some TextOutputStream, _ line: @Sendable (Int, inout String) -> Void) {
    let block = 16_384
    var start = 0
    while start < count {
        let first = start, end = Swift.min(count, start + block)
        let runs = end - first < 1_024 ? 1 : 16
        let texts = concurrentArray(runs) { run -> String in
            var text = ""
            for k in chunkRange(run, of: runs, count: end - first) { line(first + k, &text) }
            return text
        }
        for text in texts { out.write(text) }
        start = end
    }
}

/// `first()` and `second()` at the same time (on two cores when there are two), and both
/// results: two passes over the same notes that do not depend on each other.
func concurrently<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let a = Slots<A>(count: 1), b = Slots<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { a[0] = first() } else { b[0] = second() }
    }
    return (a.takeValues()[0], b.takeValues()[0])
}

/// Fixed slots written from parallel workers, each slot by exactly one worker.
private final class Slots<T>: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> T? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// The values set, in slot order, moved out (the slots are empty afterwards): no copy of
    /// each note or list, which for 10,000 notes was a tenth of reading them.
    func takeValues() -> [T] {
        var out: [T] = []
        out.reserveCapacity(storage.count)
        for i in storage.indices {
            let slot = storage.baseAddress! + i
            if let value = slot.move() { out.append(value) }
            slot.initialize(to: nil)
        }
        return out
    }
}

/// The part `chunk` of `chunks` nearly equal runs of `0..<count`: neighbouring indices, read
/// in order, so that memory is fetched ahead (a stride across the whole range is not).
func chunkRange(_ chunk: Int, of chunks: Int, count: Int) -> Range<Int> {
    (chunk * count / chunks)..<((chunk + 1) * count / chunks)
}
