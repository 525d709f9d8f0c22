import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The editor `lantern edit` and `lantern new --edit` open a note in, chosen as git chooses its
/// own: `$VISUAL`, else `$EDITOR`, else `vi` (an empty value counts as unset). The value is a
/// shell command, run as git runs it — `sh -c 'VALUE "$@"' VALUE ARGS…` — so that arguments and
/// quotes in it work (`EDITOR="code --wait"`, `VISUAL='"/opt/My Editor/bin/edit" -w'`).
///
/// The line goes where the editor takes it: `+LINE FILE` for the editors of the terminal that
/// read it (vi, Vim, Neovim, nano, Emacs, Kakoune, micro, Helix…), `--goto FILE:LINE` for VS
/// Code and its forks, `FILE:LINE` for Sublime Text and Zed; any other editor gets the file
/// alone (`lineStyle`).
public struct ExternalEditor: Sendable, Equatable {
    /// The command as the user wrote it.
    public var command: String
    /// Where it came from: `VISUAL`, `EDITOR`, or `nil` for the fallback `vi`.
    public var variable: String?

    /// The editor when neither `VISUAL` nor `EDITOR` is set, as git's.
    public static let fallback = "vi"

    public init(command: String, variable: String?) {
        self.command = command
        self.variable = variable
    }

    /// `$VISUAL`, else `$EDITOR`, else `vi`.
    public init(environment: [String: String]) {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty {
                self.init(command: value, variable: name)
                return
            }
        }
        self.init(command: ExternalEditor.fallback, variable: nil)
    }

    /// How an editor is told the line to open at.
    public enum LineStyle: Sendable, Equatable {
        /// `+LINE FILE`.
        case plus
        /// `--goto FILE:LINE`.
        case goto
        /// `FILE:LINE`.
        case suffix
        /// The file alone: the editor is not known to take a line.
        case none
    }

    /// Editors known to read `+LINE` before the file.
    static let plusEditors: Set<String> = [
        "vi", "vim", "nvim", "gvim", "mvim", "view", "nvi", "nano", "rnano", "pico",
        "emacs", "emacsclient", "kak", "micro", "hx", "helix", "joe", "mg",
    ]
    /// Editors that take `--goto FILE:LINE`: VS Code and its forks.
    static let gotoEditors: Set<String> = ["code", "code-insiders", "codium", "vscodium", "cursor"]
    /// Editors that read `FILE:LINE`.
    static let suffixEditors: Set<String> = ["subl", "sublime_text", "zed", "zeditor"]

    /// How the program named `name` (a path or a bare name) takes a line: by its own name, else
    /// by the name without a variant after `.` or `-` (`vim.basic`, `emacs-gtk`, `nvim.appimage`).
    public static func lineStyle(ofProgram name: String) -> LineStyle {
        let base = (name.split(separator: "/").last.map(String.init) ?? name).lowercased()
        let plain = String(base.prefix { $0 != "." })
        for candidate in [base, plain, String(plain.prefix { $0 != "-" })] {
            if plusEditors.contains(candidate) { return .plus }
            if gotoEditors.contains(candidate) { return .goto }
            if suffixEditors.contains(candidate) { return .suffix }
        }
        return .none
    }

    /// The program the command starts with, quotes taken off (`"/opt/My Editor/edit" -w` →
    /// `/opt/My Editor/edit`); `nil` when it is more than a plain word to the shell (a variable,
    /// a tilde, an assignment, a builtin such as `:`), so that only the shell can tell what it is.
    public var program: String? {
        let text = command.drop { $0 == " " || $0 == "\t" }
        let word: Substring
        if let quote = text.first, quote == "\"" || quote == "'" {
            let rest = text.dropFirst()
            guard let end = rest.firstIndex(of: quote) else { return nil }
            word = rest[..<end]
        } else {
            word = text.prefix { $0 != " " && $0 != "\t" }
        }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._+-/@ "))
        guard !word.isEmpty, word.unicodeScalars.allSatisfy(allowed.contains), !word.hasPrefix("-") else { return nil }
        return String(word)
    }

    /// Where the program is: a path as it is (when it can be run), a bare name on `PATH`, with
    /// symbolic links followed (`editor` → `/usr/bin/vim.basic`). `nil` when it cannot be found.
    public static func locate(_ program: String, path: String?, currentFolder: String = FileManager.default.currentDirectoryPath) -> String? {
        let files = FileManager.default
        func runnable(_ candidate: String) -> String? {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                files.isExecutableFile(atPath: candidate)
            else { return nil }
            return URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
        }
        if program.contains("/") {
            return runnable(program.hasPrefix("/") ? program : currentFolder + "/" + program)
        }
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false) {
            let dir = folder.isEmpty ? currentFolder : String(folder)
            if let found = runnable(dir + "/" + program) { return found }
        }
        return nil
    }

    /// How this editor takes a line: by the program as written, else by where it leads
    /// (`editor`, a Debian alternative, is Vim or nano underneath).
    public func lineStyle(located: String?) -> LineStyle {
        guard let program else { return .none }
        let written = ExternalEditor.lineStyle(ofProgram: program)
        if written != .none { return written }
        return located.map(ExternalEditor.lineStyle(ofProgram:)) ?? .none
    }

    /// What follows the command to open `file` at `line` in an editor of `style`. The file is
    /// never taken for an option or a `+command` (`./+x.md`); line 1 is where every editor opens,
    /// so it is not given.
    public static func arguments(file: String, line: Int, style: LineStyle) -> [String] {
        let path = file.hasPrefix("-") || file.hasPrefix("+") ? "./" + file : file
        guard line > 1 else { return [path] }
        switch style {
        case .plus: return ["+\(line)", path]
        case .goto: return ["--goto", "\(path):\(line)"]
        case .suffix: return ["\(path):\(line)"]
        case .none: return [path]
        }
    }

    /// What `posix_spawn` runs: `sh -c 'COMMAND "$@"' COMMAND ARGUMENTS…`, as git does.
    public func shellArguments(_ arguments: [String]) -> [String] {
        ["/bin/sh", "-c", command + " \"$@\"", command] + arguments
    }

    /// Why the editor cannot be started, or `nil` when it can be tried: a plain program that is
    /// not on `PATH` (or a path that cannot be run). `located` is `locate`'s answer.
    public func missing(located: String?) -> String? {
        guard let program, located == nil else { return nil }
        guard let variable else {
            return
                "neither VISUAL nor EDITOR is set, and \(ExternalEditor.fallback) is not on the PATH: set EDITOR to the editor you use, like EDITOR=nano or EDITOR=\"code --wait\""
        }
        let place = program.contains("/") ? "cannot be run (no such program)" : "is not on the PATH"
        return
            "\(program) (from \(variable)=\(Shell.quote(command))) \(place): set \(variable) to the editor you use, like \(variable)=nano or \(variable)=\"code --wait\""
    }

    /// Runs the editor on the terminal Lantern runs on (standard input, output and error
    /// inherited, in Lantern's process group so that it can read the terminal) and waits for it;
    /// while it runs, Lantern ignores Ctrl-C and Ctrl-\ as git does, and leaves them to the
    /// editor. Returns the editor's exit status (128 + the signal when a signal ended it), or
    /// throws when the shell could not be started.
    public func run(_ arguments: [String]) throws(Failure) -> Int32 {
        let argv = shellArguments(arguments)
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // The editor starts with every signal unblocked and at its default action: Lantern
        // ignores SIGPIPE (a closed pipe is an error code to it), and its threads may block others.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for number in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // Ignored from before the editor starts (it gets them at their default, above).
        let oldInterrupt = signal(SIGINT, SIG_IGN), oldQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, oldInterrupt)
            signal(SIGQUIT, oldQuit)
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start /bin/sh for the editor: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "lost the editor: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        let signalled = status & 0x7f
        return signalled == 0 ? (status >> 8) & 0xff : 128 + signalled
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }
}
