import Dispatch
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// ProgressLine for long runs, on standard error and only on a terminal (docs/performance.md,
/// "Progress on a terminal"): nothing during
/// the first second, then one line (`lantern: reading notes 4,512 of 10,000`) redrawn ten times a
/// second, and wiped before the command prints anything or exits. Piped or redirected standard
/// error never gets a byte of it; `LANTERN_PROGRESS=0` turns it off. `LANTERN_TIMINGS=1` prints
/// how long each phase took when the command ends (for `docs/performance.md`), terminal or not.
public final class ProgressLine: @unchecked Sendable {
    /// The one the command line uses.
    public static let shared = ProgressLine()

    private let lock = NSLock()
    private var phase = ""
    private var total = 0
    private var done = 0
    private var startedAt: DispatchTime?
    private var delay = 1.0
    private var shown = false
    private var draws = true
    /// Phases met so far, with when each began (for `LANTERN_TIMINGS`).
    private var phases: [(name: String, at: DispatchTime)] = []
    private var timings = false
    private var timer: DispatchSourceTimer?
    private var sink: @Sendable (String) -> Void = { text in
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }

    public init() {}

    /// Whether a run should show progress: standard error is a terminal that draws, and the user
    /// did not turn it off.
    public static var wanted: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(2) == 1 && environment["TERM"] != "dumb" && environment["LANTERN_PROGRESS"] != "0"
    }

    /// Whether phase timings were asked for (`LANTERN_TIMINGS=1`).
    public static var timingsWanted: Bool {
        ProcessInfo.processInfo.environment["LANTERN_TIMINGS"].map { $0 != "0" && !$0.isEmpty } ?? false
    }

    /// Starts the clock; the line appears once `delay` seconds have passed (1 s, or
    /// `LANTERN_PROGRESS_DELAY` seconds). `sink` receives what would be written (for tests).
    public func start(delay: Double? = nil, draw: Bool = true, timings: Bool = false, sink: (@Sendable (String) -> Void)? = nil) {
        lock.lock()
        defer { lock.unlock() }
        guard timer == nil else { return }
        draws = draw
        self.timings = timings
        self.delay = delay ?? ProcessInfo.processInfo.environment["LANTERN_PROGRESS_DELAY"].flatMap(Double.init) ?? 1.0
        if let sink { self.sink = sink }
        startedAt = .now()
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now(), repeating: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
        self.timer = timer
        atexit { ProgressLine.shared.finish() }
    }

    /// Names what is being done now, with how many steps it has (0: no count).
    public func phase(_ name: String, total: Int = 0) {
        lock.lock()
        phase = name
        self.total = total
        done = 0
        if timings { phases.append((name, .now())) }
        lock.unlock()
    }

    /// One step done (from any thread).
    public func advance() {
        lock.lock()
        done += 1
        lock.unlock()
    }

    /// Stops drawing, and wipes the line if one was drawn; the phases' clock goes on until
    /// `finish`. Call before writing anything else.
    public func stopDrawing() {
        lock.lock()
        defer { lock.unlock() }
        wipe()
    }

    private func wipe() {
        timer?.cancel()
        timer = nil
        if shown {
            sink("\r\u{1B}[K")
            shown = false
        }
    }

    /// Stops, and wipes the line if one was drawn. Call before writing anything else.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        wipe()
        if timings, let startedAt {
            var report = ""
            let stops = phases.map(\.at) + [.now()]
            for (i, p) in phases.enumerated() {
                report += "lantern: timing: \(p.name): \(milliseconds(from: stops[i], to: stops[i + 1])) ms\n"
            }
            report += "lantern: timing: total: \(milliseconds(from: startedAt, to: stops.last!)) ms\n"
            sink(report)
            phases = []
            timings = false
        }
    }

    private func tick() {
        lock.lock()
        defer { lock.unlock() }
        guard draws, timer != nil, let startedAt, !phase.isEmpty,
            Double(DispatchTime.now().uptimeNanoseconds - startedAt.uptimeNanoseconds) / 1e9 >= delay
        else { return }
        sink("\r\u{1B}[K" + ProgressLine.line(phase: phase, done: done, total: total))
        shown = true
    }

    private func milliseconds(from a: DispatchTime, to b: DispatchTime) -> Int {
        Int((b.uptimeNanoseconds - a.uptimeNanoseconds) / 1_000_000)
    }

    /// The text of the line: `lantern: reading notes 4,512 of 10,000`.
    static func line(phase: String, done: Int, total: Int) -> String {
        guard total > 0 else { return "lantern: \(phase)…" }
        return "lantern: \(phase) \(grouped(min(done, total))) of \(grouped(total))"
    }

    /// 10000 → `10,000`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
