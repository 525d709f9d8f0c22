import Foundation
import Dispatch

/// Why a notebook could not be loaded at all (exit 2).
public enum LoadError: Error, Sendable, CustomStringConvertible {
    case pathNotFound(String)
    case config(ConfigError)

    public var description: String {
        switch self {
        case .pathNotFound(let p): "\(p): no such file or folder"
        case .config(let e): e.description
        }
    }
}

/// Where a command should look: the root, the settings file, and the files named (if any).
public struct NotebookLocation: Sendable {
    /// The root folder, absolute, without a trailing `/`.
    public var root: String
    /// The settings file in use, if any.
    public var configFile: String?
    /// Files named on the command line, relative to the root.
    public var files: [String] = []

    /// Finds the root from the paths given (docs/format.md, "The notebook"): the nearest folder, walking up from the
    /// first path, that holds `lantern.yml`; without one, the path given is the root.
    public static func find(paths: [String], configFile: String?, currentFolder: String = FileManager.default.currentDirectoryPath) throws(LoadError)
        -> NotebookLocation
    {
        let given = paths.isEmpty ? ["."] : paths
        var absolutes: [(path: String, isFolder: Bool)] = []
        for p in given {
            let absolute = standardize(p.hasPrefix("/") ? p : currentFolder + "/" + p)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) else {
                throw .pathNotFound(p)
            }
            absolutes.append((absolute, isFolder.boolValue))
        }
        let start = absolutes[0].isFolder ? absolutes[0].path : parent(absolutes[0].path)
        var root = start
        var config: String?
        var folder = start
        while true {
            if FileManager.default.fileExists(atPath: folder + "/lantern.yml") {
                root = folder
                config = folder + "/lantern.yml"
                break
            }
            let up = parent(folder)
            if up == folder { break }
            folder = up
        }
        if let configFile {
            let absolute = standardize(configFile.hasPrefix("/") ? configFile : currentFolder + "/" + configFile)
            guard FileManager.default.fileExists(atPath: absolute) else { throw .pathNotFound(configFile) }
            config = absolute
        }
        var location = NotebookLocation(root: root, configFile: config)
        // Folders name the notebook; files are what a command reports on.
        for entry in absolutes where !entry.isFolder {
            location.files.append(relative(entry.path, to: root))
        }
        return location
    }

    public static func standardize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func relative(_ path: String, to root: String) -> String {
        let prefix = root == "/" ? "/" : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Reads the settings (exit 2 on error).
    public func loadConfig() throws(LoadError) -> Config {
        guard let configFile else { return Config() }
        do {
            return try Config.load(contentsOf: URL(fileURLWithPath: configFile), displayPath: NotebookLocation.relative(configFile, to: root))
        } catch {
            throw .config(error)
        }
    }
}

extension Notebook {
    /// Whether the folder read is a notebook: it or a folder above holds `lantern.yml` (or
    /// `--config` names one), or it holds an `interviews/` folder or a note with front matter.
    /// Elsewhere, commands say so instead of writing pages or reporting "nothing to do".
    public var isNotebook: Bool {
        var st = stat()
        return config.source != nil || (stat(root + "/interviews", &st) == 0 && st.st_mode & S_IFMT == S_IFDIR)
            || notes.contains(where: \.hasFrontMatter)
    }

    /// Why the folder is not a notebook, and the command that starts one there.
    public var notANotebook: (reason: String, start: String) {
        let shown = OutputPlace.display(root)
        let here = root == FileManager.default.currentDirectoryPath
        return (
            "\(here ? "this folder" : shown) is not a notebook: no lantern.yml in it or a folder above, no interviews/ folder, no note with front matter",
            "lantern init" + (here ? "" : " " + Shell.quote(shown))
        )
    }
}

/// Reads every note of a notebook, in parallel, keeping extracted records only.
public enum Loader {
    /// Loads the notebook at `location`. `today` defaults to the real day in the notebook's zone;
    /// `progress` hears of every note read.
    public static func load(_ location: NotebookLocation, today: Day? = nil, progress: ProgressLine? = nil) throws(LoadError) -> Notebook {
        let config = try location.loadConfig()
        progress?.phase("looking for notes")
        let paths = Discovery.notePaths(root: location.root, config: config)
        progress?.phase("reading notes", total: paths.count)
        let notes = readNotes(paths, root: location.root, config: config, progress: progress)
        progress?.phase("connecting people")
        return Notebook(root: location.root, config: config, today: today ?? Day.today(in: config.timeZone), notes: notes)
    }

    /// Reads files on every core; generated files are left out.
    public static func readNotes(_ paths: [String], root: String, config: Config, progress: ProgressLine? = nil) -> [Note] {
        concurrentMap(paths.count) { index -> Note? in
            defer { progress?.advance() }
            return readNote(paths[index], root: root, config: config)
        }
    }

    /// Reads one note file (relative to `root`); `nil` for a generated file.
    public static func readNote(_ path: String, root: String, config: Config) -> Note? {
        switch Discovery.readFile(root + "/" + path) {
        case .failure(let failure):
            return NoteReader.unreadable(path: path, failure.message)
        case .success(let bytes):
            if Discovery.isGenerated(bytes) { return nil }
            return NoteReader.read(bytes: bytes, path: path, config: config)
        }
    }
}
