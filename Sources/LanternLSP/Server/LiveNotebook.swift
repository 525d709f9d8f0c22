import Foundation
import LanternKit
#if canImport(Glibc)
    import Glibc
#endif

/// One notebook kept in memory while the editor is open: its settings, every note (open ones
/// read from the editor's buffer, the others from disk), and what lint knows of its people.
/// An edit to one note updates that note and the facts about its people, not the notebook.
final class LiveNotebook {
    /// How the server knows it: its root, or for a file judged alone, the file.
    let id: String
    let root: String
    /// Whether the notes under the root are read; a file outside any notebook is judged alone.
    let readsFolder: Bool
    private(set) var config: Config
    /// Why `lantern.yml` could not be used (the notebook is then judged with the last good
    /// settings, or the defaults).
    private(set) var configError: ConfigError?
    private(set) var context: LintContext
    /// What each note read from disk looked like when it was read, to find changes on a rescan.
    private var stamps: [String: FileStamp] = [:]
    private var configStamp: FileStamp?
    /// Notes whose text comes from the editor (relative path → text), which the disk does not override.
    private(set) var buffers: [String: String] = [:]

    var notebook: Notebook { context.notebook }
    var configPath: String { root + "/lantern.yml" }

    /// Loads the notebook at `root` (which holds `lantern.yml`, or is where the notebook is taken to be).
    init(id: String, root: String, readsFolder: Bool, today: (TimeZone) -> Day) {
        self.id = id
        self.root = root
        self.readsFolder = readsFolder
        config = Config()
        context = LintContext(notebook: Notebook(root: root, config: Config(), today: today(.current), notes: []))
        load(today: today)
    }

    /// Reads the settings and every note again (the editor's buffers stay).
    func load(today: (TimeZone) -> Day) {
        configStamp = readsFolder ? FileStamp(of: configPath) : nil
        if configStamp != nil {
            do {
                config = try Config.load(contentsOf: URL(fileURLWithPath: configPath), displayPath: "lantern.yml")
                configError = nil
            } catch {
                configError = error
            }
        } else {
            config = Config()
            configError = nil
        }
        var notes: [Note] = []
        stamps = [:]
        let paths = readsFolder ? Discovery.notePaths(root: root, config: config) : []
        for path in paths { stamps[path] = FileStamp(of: root + "/" + path) }
        notes.reserveCapacity(paths.count + buffers.count)
        notes += Loader.readNotes(paths.filter { buffers[$0] == nil }, root: root, config: config)
        for (path, text) in buffers where Discovery.isNotePath(path, config: config) {
            notes.append(NoteReader.read(text: text, path: path, config: config))
        }
        notes.sort { $0.path < $1.path }
        context = LintContext(notebook: Notebook(root: root, config: config, today: today(config.timeZone), notes: notes))
    }

    /// The path of an absolute file path relative to the root, if it is below it.
    func relativePath(of absolute: String) -> String? {
        let prefix = root == "/" ? "/" : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : nil
    }

    /// Whether a relative path is one of the notebook's notes (a generated file never is).
    func isNote(_ path: String, text: String? = nil) -> Bool {
        guard Discovery.isNotePath(path, config: config) else { return false }
        if let text { return !Discovery.isGenerated(Array(text.utf8.prefix(512))) }
        return true
    }

    // MARK: - Edits

    /// The editor's text for a note (opened or changed).
    func setBuffer(_ text: String, for path: String) {
        guard isNote(path, text: text) else {
            if buffers.removeValue(forKey: path) != nil { reread(path) }
            return
        }
        buffers[path] = text
        context.replace(with: NoteReader.read(text: text, path: path, config: config))
    }

    /// The editor closed a note: the disk's text counts again.
    func closeBuffer(for path: String) {
        guard buffers.removeValue(forKey: path) != nil else { return }
        reread(path)
    }

    /// Reads a note from disk again (changed, created or deleted outside the editor). A note
    /// open in the editor keeps the editor's text.
    func reread(_ path: String) {
        guard buffers[path] == nil else { return }
        guard readsFolder else { return context.remove(path: path) }
        let stamp = FileStamp(of: root + "/" + path)
        stamps[path] = stamp
        guard stamp != nil, isNote(path) else {
            stamps[path] = nil
            context.remove(path: path)
            return
        }
        if let note = Loader.readNote(path, root: root, config: config) {
            context.replace(with: note)
        } else {
            context.remove(path: path)
        }
    }

    /// Looks for changes made outside the editor (for clients that do not report them): the
    /// settings, and every note file, by modification time and size. Returns whether anything changed.
    @discardableResult
    func rescan(today: (TimeZone) -> Day) -> Bool {
        guard readsFolder else { return false }
        if FileStamp(of: configPath) != configStamp {
            load(today: today)
            return true
        }
        var changed = false
        let paths = Discovery.notePaths(root: root, config: config)
        let present = Set(paths)
        for path in paths where buffers[path] == nil && FileStamp(of: root + "/" + path) != stamps[path] {
            reread(path)
            changed = true
        }
        for path in stamps.keys where !present.contains(path) && buffers[path] == nil {
            reread(path)
            changed = true
        }
        return changed
    }

    /// Judges the notes on another day.
    func judge(on day: Day) {
        context.judge(on: day)
    }

    // MARK: - Findings

    /// The findings on these notes (relative paths), judged against the whole notebook.
    func diagnostics(of paths: [String]) -> [String: [Diagnostic]] {
        var out: [String: [Diagnostic]] = [:]
        let present = paths.filter { notebook.index(of: $0) != nil }
        for path in paths { out[path] = [] }
        guard !present.isEmpty else { return out }
        for d in Linter().run(notebook, only: present, context: context).diagnostics { out[d.path, default: []].append(d) }
        return out
    }
}

/// When a file was last changed, and its size: enough to tell that it changed since it was read.
struct FileStamp: Equatable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int

    init?(of path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        seconds = Int(st.st_mtim.tv_sec)
        nanoseconds = Int(st.st_mtim.tv_nsec)
        size = Int(st.st_size)
    }
}
