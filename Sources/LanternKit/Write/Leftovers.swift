import Foundation
#if canImport(Glibc)
    import Glibc
#endif

extension AtomicWriter {
    /// Temporary files that a run killed part way left in a folder (`.NAME.lantern-PID-HASH.tmp`).
    ///
    /// One whose process is gone is removed only when it holds the bytes Lantern meant to write
    /// (their hash is in its name) or the note's current bytes. Any other may hold what an editor
    /// saved (after an exchange, the swapped-out file has the temporary name): it is kept, renamed
    /// to `NAME.lantern-recovered-PID.txt` so that it is in plain sight (and never read as a note),
    /// and reported. Discovery skips hidden files, so a leftover is never read as a note either.
    enum Leftovers {
        /// The parts of a leftover's name: the note it was for, the process, and the hash.
        static func parse(_ file: String) -> (note: String, pid: Int32, tag: String)? {
            guard file.hasPrefix("."), file.hasSuffix(".tmp"), let marker = file.range(of: ".lantern-", options: .backwards) else { return nil }
            let note = String(file[file.index(after: file.startIndex)..<marker.lowerBound])
            let parts = file[marker.upperBound...].dropLast(4).split(separator: "-")
            guard !note.isEmpty, parts.count == 2, let pid = Int32(parts[0]), pid > 0 else { return nil }
            return (note, pid, String(parts[1]))
        }

        /// Cleans the folder of `place`; returns what the user should hear about.
        static func clean(_ place: Place) -> [String] {
            guard let folder = opendir(place.folder) else { return [] }
            var names: [String] = []
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name.hasPrefix("."), name.hasSuffix(".tmp"), name.contains(".lantern-") { names.append(name) }
            }
            closedir(folder)
            var notices: [String] = []
            for name in names.sorted() {
                guard let (note, pid, tag) = parse(name), !isRunning(pid) else { continue }
                let fd = openat(place.dir, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
                guard fd >= 0 else { continue }
                defer { close(fd) }
                // Another Lantern cleaning the same folder holds it, or has just moved it: skip.
                guard flock(fd, LOCK_EX | LOCK_NB) == 0, let st = status(fd), st.st_mode & S_IFMT == S_IFREG,
                    let named = status(at: place, name), named.st_ino == st.st_ino,
                    let content = try? readAll(fd, name)
                else { continue }
                if tag == hash(content) || current(note, in: place) == content {
                    unlinkat(place.dir, name, 0)
                    continue
                }
                let shown = OutputPlace.display(place.folder + "/" + name)
                if let kept = keepVisible(place, name, pid: pid) {
                    notices.append(
                        "\(shown) was left by a lantern run that was interrupted (process \(pid)) and differs from \(note) as it is now (it may hold an editor's save): kept as \(OutputPlace.display(place.folder + "/" + kept)); compare the two, then delete it"
                    )
                }
            }
            return notices
        }

        /// The bytes of the note a leftover was for, if it is a regular file.
        static func current(_ note: String, in place: Place) -> [UInt8]? {
            let fd = openat(place.dir, note, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            guard status(fd).map({ $0.st_mode & S_IFMT == S_IFREG }) == true else { return nil }
            return try? readAll(fd, note)
        }

        /// Renames a leftover to `NOTE.lantern-recovered-PID.txt` (`-2`, `-3`… when taken), never
        /// over another file; the new name, or `nil` when it could not be renamed.
        static func keepVisible(_ place: Place, _ name: String, pid: Int32) -> String? {
            let note = parse(name)?.note ?? String(name.dropFirst())
            for n in 1...99 {
                let visible = "\(note).lantern-recovered-\(pid)\(n == 1 ? "" : "-\(n)").txt"
                if linkat(place.dir, name, place.dir, visible, 0) == 0 {
                    unlinkat(place.dir, name, 0)
                    fsync(place.dir)
                    return visible
                }
                if errno != EEXIST { return nil }
            }
            return nil
        }

        /// Whether a process with this id exists (one run by another user counts).
        static func isRunning(_ pid: Int32) -> Bool {
            kill(pid, 0) == 0 || errno == EPERM
        }
    }
}
