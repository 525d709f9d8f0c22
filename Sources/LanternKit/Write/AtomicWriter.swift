import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The one way Lantern writes a file: new notes, `lantern log`, generated pages and `lantern init`
/// all go through it, so that a reader sees the old file or the new one, never half of one, and
/// nothing another program saved is overwritten.
///
/// Replacing a file:
/// 1. The note's own file is locked (`flock`, never a lock file beside it); after the lock is
///    taken, the path must still name the locked file, else it is opened again.
/// 2. Its bytes are read under the lock and handed to the caller's change, so that two Lantern
///    runs on one note apply their changes one after the other.
/// 3. The new bytes go to a temporary file in the same folder (unnamed with `O_TMPFILE` until it is
///    complete), flushed, given the note's owner, group and mode, and locked too.
/// 4. The note is checked once more (the same file, the same bytes), then
///    `renameat2(RENAME_EXCHANGE)` swaps the new file with it; what was swapped out must be the
///    file that was locked, with the bytes that were read. If an editor saved in between, the
///    write is refused (and the swap undone). Where the exchange is not available, the check is
///    followed by a plain `rename` (the instant between them stays open: see docs/reliability.md).
///
/// A run killed part way can leave a hidden `.NAME.lantern-PID-HASH.tmp`; the next write in that
/// folder removes it when its process is gone and it holds the bytes Lantern meant to write (the
/// hash of its name) or the note's current bytes, and otherwise renames it so that it is visible
/// and says so.
public enum AtomicWriter {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    public struct Options: Sendable {
        /// Writes a file with several hard links in place (not atomically) instead of refusing.
        public var inPlace = false
        /// What the refusal of a file with hard links advises (the command's own way out).
        public var hardLinkAdvice = "remove the other links, or write the file elsewhere"
        /// Refuses, before reading it, a file larger than this many bytes.
        public var maxBytes: Int?
        /// How long to wait for another Lantern's lock on the file, in seconds.
        public var lockWait = 10.0
        /// A pause, in milliseconds, just before the new file takes the note's place and just
        /// after, while the temporary name is in the folder: for the kill -9 test only
        /// (`LANTERN_TEST_WRITE_PAUSE_MS`).
        public var testPause = 0
        /// Called just before the new file takes the note's place, and just after (tests: an
        /// editor saving then).
        var beforeSwap: (@Sendable () -> Void)?
        var afterSwap: (@Sendable () -> Void)?
        /// Whether to try `renameat2(RENAME_EXCHANGE)` (tests turn it off to check the fallback).
        var exchanges = true

        public init(inPlace: Bool = false, maxBytes: Int? = nil) {
            self.inPlace = inPlace
            self.maxBytes = maxBytes
        }
    }

    /// What a write did.
    public struct Outcome: Sendable {
        /// Whether the file was written (`create`: whether the name was free).
        public var written: Bool
        /// Leftovers of interrupted runs found in the folder and what became of them, for the user.
        public var notices: [String]
    }

    // MARK: - Creating

    /// Creates `path` with `bytes`, never replacing a file: the finished, flushed file is linked
    /// into place, which fails when the name is taken (`written` is then false). The mode is
    /// 0666 less the umask, as for any new file.
    public static func create(_ bytes: [UInt8], at path: String) throws(Failure) -> Outcome {
        let place = try Place(path)
        defer { close(place.dir) }
        let notices = Leftovers.clean(place)
        var file = try TemporaryFile(bytes, in: place, mode: 0o666, owner: nil)
        defer { file.discard() }
        return Outcome(written: try file.link(as: place.name), notices: notices)
    }

    /// Creates a folder and its parents when missing; whether it had to be created.
    @discardableResult
    public static func makeFolder(_ path: String) throws(Failure) -> Bool {
        var st = stat()
        if stat(path, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { throw Failure("\(OutputPlace.display(path)) exists and is not a folder") }
            return false
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw Failure("cannot create the folder \(OutputPlace.display(path)): \(errno == EACCES ? "permission denied" : describe(errno))")
        }
        return true
    }

    // MARK: - Replacing

    /// Rewrites the file at `path` (through a symlink, the real file) under its lock: `change` gets
    /// its current bytes (`nil` when there is no file) and returns the new ones, or `nil` to write
    /// nothing. Errors `change` throws come out as they are.
    public static func update(_ path: String, options: Options = Options(), _ change: ([UInt8]?) throws -> [UInt8]?) throws -> Outcome {
        for _ in 0..<20 {
            let place = try Place(path)
            defer { close(place.dir) }
            let notices = Leftovers.clean(place)
            let fd = openat(place.dir, place.name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
            if fd < 0 {
                guard errno == ENOENT else { throw Failure(reason(errno, place.shown)) }
                guard let bytes = try change(nil) else { return Outcome(written: false, notices: notices) }
                var file = try TemporaryFile(bytes, in: place, mode: 0o666, owner: nil)
                defer { file.discard() }
                if try file.link(as: place.name) { return Outcome(written: true, notices: notices) }
                continue  // someone created it meanwhile: read what they wrote
            }
            defer { close(fd) }
            try lock(fd, options.lockWait, place.shown)
            // The lock is on the file that was opened; the name may by now be another file.
            guard let locked = status(fd), let named = status(at: place), locked.st_ino == named.st_ino, locked.st_dev == named.st_dev else {
                continue
            }
            try check(locked, place, options)
            let current = try readAll(fd, place.shown)
            guard let bytes = try change(current) else { return Outcome(written: false, notices: notices) }
            if locked.st_nlink > 1 {
                try writeInPlace(bytes, fd, expecting: current, place)
            } else {
                try swap(bytes, for: fd, locked, expecting: current, place, options)
            }
            return Outcome(written: true, notices: notices)
        }
        throw Failure("\(path) keeps being replaced by another program while Lantern waits for it; nothing was written")
    }

    /// Reads a file as `update` would (a regular file, no larger than `maxBytes`), without writing.
    public static func read(_ path: String, maxBytes: Int? = nil) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(reason(errno, path)) }
        defer { close(fd) }
        guard let st = status(fd) else { throw Failure(reason(errno, path)) }
        try checkType(st, path)
        try checkSize(st, maxBytes, path)
        return try readAll(fd, path)
    }

    /// The checks before a note is replaced: a regular file, not too large, writable, one link.
    static func check(_ st: stat, _ place: Place, _ options: Options) throws(Failure) {
        try checkType(st, place.shown)
        try checkSize(st, options.maxBytes, place.shown)
        let mode = String(st.st_mode & 0o7777, radix: 8).leftPadded(to: 4)
        if st.st_mode & 0o222 == 0 {
            throw Failure(
                "\(place.shown) is read-only (mode \(mode)), so Lantern leaves it as it is; to have it written, make it writable (chmod u+w \(Shell.quote(place.shown))) and run the command again"
            )
        }
        if faccessat(place.dir, place.name, W_OK, AT_EACCESS) != 0 {
            throw Failure(
                "\(place.shown) is not writable for \(userName(geteuid())) (mode \(mode), owner \(userName(st.st_uid))), so Lantern leaves it as it is")
        }
        if st.st_nlink > 1, !options.inPlace {
            throw Failure(
                "\(place.shown) has \(st.st_nlink) hard links, and replacing it would leave the other names with the old file; nothing was written (\(options.hardLinkAdvice))"
            )
        }
    }

    static func checkType(_ st: stat, _ name: String) throws(Failure) {
        guard st.st_mode & S_IFMT == S_IFREG else { throw Failure("\(name) is \(FileKind(st.st_mode)), not a regular file") }
    }

    static func checkSize(_ st: stat, _ maxBytes: Int?, _ name: String) throws(Failure) {
        if let maxBytes, Int(st.st_size) > maxBytes {
            throw Failure(
                "\(name) is \(byteCount(Int(st.st_size))), more than max_note_bytes (\(byteCount(maxBytes))); Lantern edits notes up to that size: edit this one by hand, or raise max_note_bytes in lantern.yml"
            )
        }
    }

    // MARK: - Steps

    /// Swaps the finished file in for the locked one, and makes sure it replaced what was read.
    static func swap(
        _ bytes: [UInt8], for fd: Int32, _ locked: stat, expecting current: [UInt8], _ place: Place,
        _ options: Options
    ) throws(Failure) {
        var file = try TemporaryFile(bytes, in: place, mode: locked.st_mode & 0o7777, owner: locked)
        defer { file.discard() }
        let temporary = try file.name(for: place.name, bytes: bytes)
        _ = flock(file.fd, LOCK_EX)  // a Lantern that opens the note from now on waits for this run
        if options.testPause > 0 { usleep(UInt32(options.testPause) * 1_000) }
        defer { if options.testPause > 0 { usleep(UInt32(options.testPause) * 1_000) } }
        /// Whether `name` is the locked file, holding the bytes that were read.
        func unchanged(_ name: String) -> Bool {
            guard let out = status(at: place, name), out.st_ino == locked.st_ino, out.st_dev == locked.st_dev else { return false }
            return (try? readAll(fd, place.shown)) == current
        }
        let changedMessage = "\(place.shown) changed on disk while Lantern was writing it (an editor saving?); nothing was written: run the command again"
        // Checked before the swap too: the new file must never stand, even for an instant, in
        // place of a save it does not hold (a program reading the note then would build on it).
        guard unchanged(place.name) else { throw Failure(changedMessage) }
        options.beforeSwap?()
        guard options.exchanges, exchange(place.dir, temporary, place.name) == 0 else {
            guard !options.exchanges || [ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP].contains(errno) else { throw Failure(reason(errno, place.shown)) }
            // No exchange here: check again, then rename (the instant between the two stays open).
            guard unchanged(place.name) else { throw Failure(changedMessage) }
            guard renameat(place.dir, temporary, place.dir, place.name) == 0 else { throw Failure(reason(errno, place.shown)) }
            file.release()
            fsync(place.dir)
            return
        }
        options.afterSwap?()
        // What was swapped out now has the temporary name, and must be what was read.
        if unchanged(temporary) {
            fsync(place.dir)
            return
        }
        try swapBack(&file, temporary, place, changedMessage)
    }

    /// Puts back the file another program saved in the instant before the swap, which now has the
    /// temporary name; never removes a file that is not Lantern's own.
    static func swapBack(_ file: inout TemporaryFile, _ temporary: String, _ place: Place, _ changedMessage: String) throws(Failure) {
        func keep(_ message: (String) -> String) -> Failure {
            let kept = Leftovers.keepVisible(place, temporary, pid: getpid())
            file.release()
            return Failure(message(kept.map { OutputPlace.display(place.folder + "/" + $0) } ?? temporary))
        }
        guard exchange(place.dir, temporary, place.name) == 0 else {
            throw keep {
                "\(place.shown) changed on disk while Lantern was writing it; Lantern's version is in place and the other one was kept as \($0): compare them"
            }
        }
        // What came back must be Lantern's file. If the note was saved over once more meanwhile
        // (by a program that read Lantern's version), that newer save came back instead: it goes
        // in place too, and the save before it is kept in sight.
        guard let ours = status(file.fd), let back = status(at: place, temporary), back.st_ino != ours.st_ino || back.st_dev != ours.st_dev else {
            throw Failure(changedMessage)
        }
        _ = exchange(place.dir, temporary, place.name)
        throw keep {
            "\(place.shown) was saved twice by another program while Lantern was writing it; nothing of Lantern's was written, the newest save is in place, and the one before it was kept as \($0): compare them"
        }
    }

    /// Writes into the locked file itself (a note with hard links, `--in-place`): not atomic.
    static func writeInPlace(_ bytes: [UInt8], _ fd: Int32, expecting current: [UInt8], _ place: Place) throws(Failure) {
        let out = openat(place.dir, place.name, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard out >= 0 else { throw Failure(reason(errno, place.shown)) }
        defer { close(out) }
        guard let a = status(fd), let b = status(out), a.st_ino == b.st_ino, (try? readAll(fd, place.shown)) == current else {
            throw Failure("\(place.shown) changed on disk while Lantern was writing it; nothing was written: run the command again")
        }
        if let why = writeAll(bytes, to: out, at: 0) { throw Failure("cannot write \(place.shown): \(why)") }
        guard ftruncate(out, off_t(bytes.count)) == 0, fsync(out) == 0 else { throw Failure(reason(errno, place.shown)) }
    }

    /// Takes the exclusive lock, waiting up to `seconds` for another holder.
    static func lock(_ fd: Int32, _ seconds: Double, _ name: String) throws(Failure) {
        let deadline = Date().addingTimeInterval(seconds)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return }  // no locks on this file system: go on unlocked
            if Date() > deadline {
                throw Failure("another program has held a lock on \(name) for \(Int(seconds)) seconds (another lantern still writing?); nothing was written")
            }
            usleep(5_000)
        }
    }

    // MARK: - The file system

    /// The folder (open) and the name of the file a path names, symlinks followed.
    struct Place {
        var path: String
        var folder: String
        var name: String
        /// The path as messages show it: relative to the current folder when inside it.
        var shown: String
        var dir: Int32

        init(_ given: String) throws(Failure) {
            var target = given
            var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if realpath(given, &resolved) != nil {
                target = String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            path = target
            let slash = target.lastIndex(of: "/")
            folder = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
            name = slash.map { String(target[target.index(after: $0)...]) } ?? target
            shown = OutputPlace.display(target)
            dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard dir >= 0 else { throw Failure("cannot open the folder \(OutputPlace.display(folder)): \(describe(errno))") }
        }
    }

    /// A finished temporary file in the note's folder: unnamed (`O_TMPFILE`) until it is linked
    /// under a name, or where that is not available, created under its temporary name.
    struct TemporaryFile {
        let fd: Int32
        let place: Place
        /// The name it has in the folder, once it has one.
        private(set) var linkedName: String?
        private let unnamed: Bool

        init(_ bytes: [UInt8], in place: Place, mode: mode_t, owner: stat?) throws(Failure) {
            self.place = place
            var fd = openat(place.dir, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, owner == nil ? mode : 0o600)
            unnamed = fd >= 0
            if fd < 0 {
                let name = ".\(truncated(place.name)).lantern-\(getpid())-\(hash(bytes)).tmp"
                unlinkat(place.dir, name, 0)
                fd = openat(place.dir, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, owner == nil ? mode : 0o600)
                if fd >= 0 { linkedName = name }
            }
            guard fd >= 0 else { throw Failure("cannot write in \(OutputPlace.display(place.folder)): \(describe(errno))") }
            self.fd = fd
            if let why = writeAll(bytes, to: fd, at: 0) {
                discard()
                throw Failure("cannot write \(place.shown): \(why)")
            }
            if let owner {
                // The new file keeps the note's owner and group, or nothing is written.
                if fchown(fd, owner.st_uid, owner.st_gid) != 0 {
                    let code = errno
                    discard()
                    throw Failure(ownerRefusal(owner, place.shown, code))
                }
                fchmod(fd, owner.st_mode & 0o7777)
            }
            guard fsync(fd) == 0 else {
                let code = errno
                discard()
                throw Failure("cannot write \(place.shown): \(describe(code))")
            }
        }

        /// Gives the file `name`; false when the name is taken.
        mutating func link(as name: String) throws(Failure) -> Bool {
            let done: Int32
            if unnamed {
                done = linkat(AT_FDCWD, "/proc/self/fd/\(fd)", place.dir, name, AT_SYMLINK_FOLLOW)
            } else {
                done = linkat(place.dir, linkedName!, place.dir, name, 0)
            }
            guard done == 0 else {
                if errno == EEXIST { return false }
                throw Failure("cannot create \(name) in \(OutputPlace.display(place.folder)): \(describe(errno))")
            }
            if !unnamed { unlinkat(place.dir, linkedName!, 0) }
            linkedName = nil
            fsync(place.dir)
            return true
        }

        /// Its temporary name, `.NAME.lantern-PID-HASH.tmp`, linking it there if it has none yet.
        mutating func name(for note: String, bytes: [UInt8]) throws(Failure) -> String {
            if let linkedName { return linkedName }
            let name = ".\(truncated(note)).lantern-\(getpid())-\(hash(bytes)).tmp"
            unlinkat(place.dir, name, 0)
            guard linkat(AT_FDCWD, "/proc/self/fd/\(fd)", place.dir, name, AT_SYMLINK_FOLLOW) == 0 else {
                throw Failure("cannot write in \(OutputPlace.display(place.folder)): \(describe(errno))")
            }
            linkedName = name
            return name
        }

        /// Forgets its name, which now names a file that must stay.
        mutating func release() { linkedName = nil }

        /// Closes it, and removes its name if it still has one.
        func discard() {
            if let linkedName { unlinkat(place.dir, linkedName, 0) }
            close(fd)
        }
    }

    /// Linux's flag, under its C name (Glibc does not export it to Swift).
    // swift-format-ignore: AlwaysUseLowerCamelCase
    static let O_TMPFILE: Int32 = 0o20000000 | O_DIRECTORY

    typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, looked up at run time (Swift's Glibc module does not declare it).
    static let renameat2: Renameat2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: Renameat2.self) }

    /// Swaps two names of a folder atomically (`RENAME_EXCHANGE`); -1 with `ENOSYS` where it does not exist.
    static func exchange(_ dir: Int32, _ a: String, _ b: String) -> Int32 {
        guard let renameat2 else {
            errno = ENOSYS
            return -1
        }
        return renameat2(dir, a, dir, b, 2)  // RENAME_EXCHANGE
    }

    static func status(_ fd: Int32) -> stat? {
        var st = stat()
        return fstat(fd, &st) == 0 ? st : nil
    }

    static func status(at place: Place, _ name: String? = nil) -> stat? {
        var st = stat()
        return fstatat(place.dir, name ?? place.name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? st : nil
    }

    /// Every byte of an open file, from its start.
    static func readAll(_ fd: Int32, _ name: String) throws(Failure) -> [UInt8] {
        switch Discovery.readAll(fd) {
        case .success(let bytes): return bytes
        case .failure(let failure): throw Failure("cannot read \(name): \(failure.message)")
        }
    }

    /// A short, stable hash of the bytes Lantern means to write (FNV-1a, 64 bits, in hex).
    static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return String(h, radix: 16).leftPadded(to: 16)
    }

    /// A name short enough to carry the temporary suffix within the 255 bytes a name may have.
    static func truncated(_ name: String) -> String {
        var out = ""
        for ch in name where out.utf8.count + ch.utf8.count <= 200 { out.append(ch) }
        return out
    }

    static func reason(_ code: Int32, _ name: String) -> String {
        switch code {
        case EACCES, EPERM: "cannot write \(name): permission denied"
        case EROFS: "cannot write \(name): the file system is read-only"
        case ENOSPC: "cannot write \(name): the disk is full"
        default: "cannot write \(name): \(describe(code))"
        }
    }

    static func userName(_ uid: uid_t) -> String {
        getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "user \(uid)"
    }

    static func ownerRefusal(_ owner: stat, _ name: String, _ code: Int32) -> String {
        let who = userName
        let group = { (gid: gid_t) in getgrgid(gid).map { String(cString: $0.pointee.gr_name) } ?? "group \(gid)" }
        if owner.st_uid != geteuid() {
            return
                "\(name) belongs to \(who(owner.st_uid)), and Lantern (running as \(who(geteuid()))) cannot give the new file that owner; nothing was written, so that who can read the note does not change (run it as \(who(owner.st_uid)))"
        }
        return
            "\(name) belongs to the group \(group(owner.st_gid)), which \(who(geteuid())) is not in, so the new file cannot keep it; nothing was written, so that who can read the note does not change (\(describe(code)))"
    }

    /// Human words for a file type.
    struct FileKind: CustomStringConvertible {
        var mode: mode_t
        init(_ mode: mode_t) { self.mode = mode }
        var description: String {
            switch mode & S_IFMT {
            case S_IFIFO: "a FIFO (named pipe)"
            case S_IFDIR: "a folder"
            case S_IFCHR: "a character device"
            case S_IFBLK: "a block device"
            case S_IFSOCK: "a socket"
            case S_IFLNK: "a symlink"
            default: "a special file"
            }
        }
    }

    static func byteCount(_ n: Int) -> String {
        n >= 1 << 20 ? String(format: "%.1f MiB", Double(n) / Double(1 << 20)) : n >= 1 << 10 ? "\(n >> 10) KiB" : "\(n) bytes"
    }
}

/// `strerror` as a Swift string.
func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

/// Writes every byte at `offset` onwards, retrying short writes; the reason on failure.
func writeAll(_ bytes: [UInt8], to fd: Int32, at offset: Int) -> String? {
    var written = 0
    while written < bytes.count {
        let n = bytes[written...].withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(offset + written)) }
        if n < 0 {
            if errno == EINTR { continue }
            return describe(errno)
        }
        written += n
    }
    return nil
}
