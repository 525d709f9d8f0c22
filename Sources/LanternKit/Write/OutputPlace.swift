import Foundation

/// Where a generated page goes, and how its links reach the notes from there.
public struct OutputPlace: Sendable {
    /// The folder the page is written in, absolute.
    public var folder: String
    /// The notebook root, absolute.
    public var root: String

    /// `folder` as the user gave it (relative to the current folder, or absolute).
    public init(folder: String, root: String, currentFolder: String = FileManager.default.currentDirectoryPath) {
        self.folder = OutputPlace.absolute(folder, currentFolder: currentFolder)
        self.root = root
    }

    /// What to put before a root-relative note path to reach it from the page: `../` from
    /// `reports/`, nothing from the root, a relative climb from elsewhere.
    public var linkBase: String {
        let from = folder.split(separator: "/"), to = root.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let down = to[common...].map(String.init)
        let parts = up + down
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    /// Creates the folder (and its parents) if missing.
    public func create() throws(Generated.WriteError) {
        do {
            try AtomicWriter.makeFolder(folder)
        } catch {
            throw .refused(error.description)
        }
    }

    /// `path` made absolute against the current folder, without `.` and `..`.
    public static func absolute(_ path: String, currentFolder: String = FileManager.default.currentDirectoryPath) -> String {
        NotebookLocation.standardize(path.hasPrefix("/") ? path : currentFolder + "/" + path)
    }

    /// A path to show the user: relative to the current folder when inside it.
    public static func display(_ path: String, currentFolder: String = FileManager.default.currentDirectoryPath) -> String {
        let prefix = currentFolder.hasSuffix("/") ? currentFolder : currentFolder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
