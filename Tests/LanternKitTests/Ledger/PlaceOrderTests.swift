import Testing
@testable import LanternKit

/// `Ledger.Place.inNoteOrder`, the counted-out order the weekly page reads its due rows in, and
/// `chunkRange`, the runs of neighbouring notes its passes give each core, and the parallel
/// maps built on them.
@Suite struct PlaceOrderTests {
    @Test func noteByNoteReferralsLastEachNoteInGivenOrder() {
        var random = ASCIIFastPathTests.Generator(state: 5)
        for _ in 0..<200 {
            let notes = Int.random(in: 0...30, using: &random)
            let places = (0..<Int.random(in: 0...80, using: &random)).map { k in
                Ledger.Place(note: notes == 0 || Int.random(in: 0..<5, using: &random) == 0 ? nil : Int.random(in: 0..<notes, using: &random), at: k)
            }
            let order = Ledger.Place.inNoteOrder(places, notes: notes)
            #expect(order.sorted() == Array(places.indices))
            // The order a stable sort by note (nil last) gives.
            let expected = places.indices.sorted { (places[$0].note ?? Int.max, $0) < (places[$1].note ?? Int.max, $1) }
            #expect(order == expected)
        }
    }

    /// Every index once, in order, for any number of chunks up to 64 and fewer items than chunks
    /// (a 200-note notebook cut in 64 runs of 3 or 4; an empty one).
    @Test func chunkRangesCoverEveryIndexOnceInOrder() {
        for count in 0...300 {
            for chunks in 1...70 where chunks <= Swift.max(count, 1) {
                let covered = (0..<chunks).flatMap { Array(chunkRange($0, of: chunks, count: count)) }
                #expect(covered == Array(0..<count), "\(count) in \(chunks)")
            }
        }
    }

    /// `concurrentArray` and `concurrentMap` give what `map` gives (the latter without the nils),
    /// in order, for every count up to 300 (fewer items than runs, and none); values with
    /// reference counts (strings, arrays), as the ledger's are.
    /// `writeLines` writes every line once, in order, across its blocks of 16,384 lines and its
    /// runs (one run under 1,024 lines, sixteen from there), whatever was written before.
    @Test func linesWrittenInParallelKeepTheirOrder() {
        for count in [0, 1, 2, 1_023, 1_024, 1_025, 16_383, 16_384, 16_385, 40_000] {
            var out = "head\n"
            writeLines(count, to: &out) { k, text in text += "line \(k)" + (k % 7 == 0 ? " é" : "") + "\n" }
            let expected = "head\n" + (0..<count).map { "line \($0)" + ($0 % 7 == 0 ? " é" : "") + "\n" }.joined()
            #expect(out == expected, "\(count)")
        }
    }

    @Test func parallelMapsKeepIndexOrder() {
        for count in 0...300 {
            let value: @Sendable (Int) -> [String] = { i in [String(repeating: "x", count: i % 40) + String(i)] }
            #expect(concurrentArray(count, value) == (0..<count).map(value), "\(count)")
            let some: @Sendable (Int) -> [String]? = { i in i % 3 == 0 ? nil : value(i) }
            #expect(concurrentMap(count, some) == (0..<count).compactMap(some), "\(count)")
        }
    }
}
