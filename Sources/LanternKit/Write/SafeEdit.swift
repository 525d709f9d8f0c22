import Foundation

/// Writing a note the user owns: only if nobody changed it since it was read, atomically, with its
/// permissions kept, and through a symlink to the real file rather than over the link.
public enum SafeEdit {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static func write(_ bytes: [UInt8], to path: String, expecting original: [UInt8]) throws(Failure) {
        var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard realpath(path, &resolved) != nil else { throw Failure(description: "the file is gone (\(String(cString: strerror(errno))))") }
        let target = String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard case .success(let now) = Discovery.readFile(target), now == original else {
            throw Failure(description: "the file changed on disk since Lantern read it (another editor?); nothing was written: run the command again")
        }
        do {
            try AtomicFile.write(bytes, to: target)
        } catch {
            throw Failure(description: "cannot write it: \(error.description); the note is unchanged")
        }
    }
}
