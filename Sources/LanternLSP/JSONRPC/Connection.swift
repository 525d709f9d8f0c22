import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The two ends of the conversation: frames read from one file descriptor on a thread of their
/// own, and messages written, framed, to another.
final class Connection: @unchecked Sendable {
    private let input: Int32
    private let output: Int32
    private let writeLock = NSLock()
    let inbox = Inbox()

    init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// Starts reading: every frame goes to the inbox, then `.closed` at the end of the input.
    func startReading() {
        let thread = Thread { [self] in
            var parser = FrameParser()
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                parser.append(chunk[0..<n])
                while let frame = parser.next() { inbox.put(.frame(frame)) }
            }
            inbox.put(.closed)
        }
        thread.name = "lantern-lsp-reader"
        thread.start()
    }

    /// Writes one message; safe from any thread.
    func send(_ body: [UInt8]) {
        let bytes = FrameParser.frame(body)
        writeLock.lock()
        defer { writeLock.unlock() }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(output, $0.baseAddress! + written, $0.count - written) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }  // the client went away; the reader will see the end
            written += n
        }
    }
}

/// What the reader hands the server, in order, with a wake-up at a given time.
final class Inbox: @unchecked Sendable {
    enum Item {
        case frame(FrameParser.Frame)
        case closed
    }

    private let condition = NSCondition()
    private var items: [Item] = []

    func put(_ item: Item) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// Everything waiting, after waiting for at least one item until `deadline` (for ever
    /// without one); empty when the deadline passed first.
    func takeAll(waitingUntil deadline: Date?) -> [Item] {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty {
            // Foundation traps on a deadline as far away as `distantFuture`: wait without one.
            guard let deadline else {
                condition.wait()
                continue
            }
            if !condition.wait(until: deadline) { break }
        }
        let out = items
        items.removeAll(keepingCapacity: true)
        return out
    }
}
