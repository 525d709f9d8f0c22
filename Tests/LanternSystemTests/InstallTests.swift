import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// Lantern as a user's machine gets it: the Debian package (`make deb`) and `make install`, run in
/// a mount namespace where the Swift toolchain's folder is hidden, print exactly what the
/// development build prints; the man page renders, and bash, zsh and fish each find the
/// completions where they were installed.
///
/// The package is the one `make deb` built. `make test` builds it first and names it in
/// `LANTERN_PACKAGE`: then a missing package is a failure. A plain `swift test` uses it only when
/// make says it is up to date (`make -q`), and otherwise skips these tests and says why; so does
/// any run where `unshare -m` is not permitted. With `LANTERN_TEST_APT_INSTALL=1` as root (CI sets
/// it), the package is also installed with apt as the README says, checked, and removed.
@Suite(.serialized) struct InstallTests {
    /// What the development build prints for the main job, next to what an installed binary prints.
    static let mainJob: [[String]] = [
        ["lint", exampleNotebook],
        ["followups", exampleNotebook],
        ["week", exampleNotebook, "--out", "-"],
        ["week", exampleNotebook, "--format", "json"],
    ].map { $0 + ["--today", "2026-11-20", "--color", "never"] }

    @Test func thePackageRunsWithoutSwift() throws {
        let deb = try Installed.package()
        let root = temporaryFolder()
        let unpack = try runTool("/usr/bin/dpkg-deb", ["-x", deb, root])
        #expect(unpack.status == 0, "\(unpack.stderr)")

        // One version, from Sources/LanternKit/Version.swift, in the binary and the package.
        let fields = try runTool("/usr/bin/dpkg-deb", ["--field", deb, "Package", "Version", "Depends"])
        #expect(fields.stdout.contains("Package: lantern\n"))
        #expect(fields.stdout.contains("Version: \(lanternVersion)\n"))
        let depends = fields.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Depends: ") } ?? ""
        #expect(depends.contains("libcmark0"), "\(depends)")
        #expect(!depends.contains("-dev"), "\(depends)")
        #expect(depends.contains("libc6"), "\(depends)")
        #expect(try Installed.withoutSwift(root + "/usr/bin/lantern", ["--version"]).stdout == lanternVersion + "\n")

        let listing = try runTool("/usr/bin/dpkg-deb", ["--contents", deb]).stdout
        for path in Installed.files(prefix: "/usr", zsh: "/usr/share/zsh/vendor-completions")
            + ["/usr/share/doc/lantern/copyright", "/usr/share/doc/lantern/changelog.gz"]
        {
            #expect(listing.contains(" ." + path + "\n"), "the package has no \(path)")
        }
        try Installed.expectSameOutput(root + "/usr/bin/lantern")
        try Installed.expectManualRenders(root + "/usr/share/man/man1/lantern.1.gz", binary: root + "/usr/bin/lantern")
        try Installed.expectCompletions(share: root + "/usr/share", zsh: root + "/usr/share/zsh/vendor-completions", bin: root + "/usr/bin")
        try Installed.expectZshLooks(in: "/usr/share/zsh/vendor-completions")
    }

    @Test func makeInstallAndUninstall() throws {
        _ = try Installed.package()
        let destdir = temporaryFolder()
        // A file of someone else's in a folder Lantern installs into: uninstall must leave it.
        write(["usr/local/share/man/man1/other.1": ".TH OTHER 1\n"], in: destdir)
        let install = try runTool("/usr/bin/make", ["-s", "install", "DESTDIR=" + destdir, "PREFIX=/usr/local"])
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
        let files = Installed.files(prefix: "/usr/local", zsh: "/usr/local/share/zsh/site-functions")
        for path in files {
            #expect(FileManager.default.fileExists(atPath: destdir + path), "make install wrote no \(path)")
        }
        let binary = destdir + "/usr/local/bin/lantern"
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        try Installed.expectSameOutput(binary)
        try Installed.expectManualRenders(destdir + "/usr/local/share/man/man1/lantern.1.gz", binary: binary)
        try Installed.expectCompletions(
            share: destdir + "/usr/local/share", zsh: destdir + "/usr/local/share/zsh/site-functions",
            bin: destdir + "/usr/local/bin")
        // zsh looks in PREFIX=/usr/local's folder by default, and so does bash-completion (it reads
        // XDG_DATA_DIRS, /usr/local/share:/usr/share when unset); fish when XDG_DATA_DIRS says so.
        try Installed.expectZshLooks(in: "/usr/local/share/zsh/site-functions")

        let uninstall = try runTool("/usr/bin/make", ["-s", "uninstall", "DESTDIR=" + destdir, "PREFIX=/usr/local"])
        #expect(uninstall.status == 0, "\(uninstall.stdout)\(uninstall.stderr)")
        let left = try runTool("/usr/bin/find", [destdir, "-type", "f"]).stdout
        #expect(left == destdir + "/usr/local/share/man/man1/other.1\n", "left after make uninstall:\n\(left)")
    }

    /// `make install PREFIX=~/.local`, for one user without root: bash and fish find the
    /// completions there by themselves, as the README says.
    @Test func makeInstallForOneUser() throws {
        _ = try Installed.package()
        let home = temporaryFolder()
        let install = try runTool("/usr/bin/make", ["-s", "install", "PREFIX=" + home + "/.local"])
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
        let environment = ["PATH": home + "/.local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"]
        let bash = try runTool("/bin/bash", ["-c", Installed.bashLoads], environment: environment)
        #expect(bash.stdout.components(separatedBy: "\n").contains("followups"), "\(bash.stdout)\(bash.stderr)")
        let fish = try runTool("/usr/bin/fish", ["-c", "complete --do-complete 'lantern fo'"], environment: environment)
        #expect(fish.stdout.hasPrefix("followups"), "\(fish.stdout)\(fish.stderr)")
        let uninstall = try runTool("/usr/bin/make", ["-s", "uninstall", "PREFIX=" + home + "/.local"])
        #expect(uninstall.status == 0)
        #expect(try runTool("/usr/bin/find", [home, "-type", "f"]).stdout.isEmpty)
    }

    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["LANTERN_TEST_APT_INSTALL"] == "1",
            "installs a system package: only where LANTERN_TEST_APT_INSTALL=1 (CI) says so"))
    func aptInstallsAndRemovesThePackage() throws {
        let deb = try Installed.package()
        guard getuid() == 0 else { try Test.cancel("apt install needs root; the package was checked unpacked instead") }
        guard try runTool("/usr/bin/dpkg-query", ["--show", "lantern"]).status != 0 else {
            try Test.cancel("lantern is already installed on this machine: left as it is")
        }
        let apt = ["DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        // As the README says: apt install ./.build-static/lantern_VERSION_ARCH.deb, from the checkout.
        let relative = deb.hasPrefix(repositoryRoot + "/") ? "./" + deb.dropFirst(repositoryRoot.count + 1) : deb
        let install = try runTool("/usr/bin/apt", ["install", "-y", relative], environment: apt)
        defer { _ = try? runTool("/usr/bin/apt", ["purge", "-y", "lantern"], environment: apt) }
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")

        try Installed.expectSameOutput("/usr/bin/lantern")
        let listed = try runTool("/usr/bin/dpkg", ["--listfiles", "lantern"]).stdout
        for path in Installed.files(prefix: "/usr", zsh: "/usr/share/zsh/vendor-completions") {
            #expect(listed.contains(path + "\n"), "dpkg -L lantern has no \(path)")
        }
        // Docker's Debian images leave out /usr/share/man (dpkg path-exclude): render it where it is.
        if FileManager.default.fileExists(atPath: "/usr/share/man/man1/lantern.1.gz") {
            try Installed.expectManualRenders("/usr/share/man/man1/lantern.1.gz", binary: "/usr/bin/lantern")
        }
        // Each shell finds the completions where it looks by default.
        try Installed.expectCompletions(share: nil, zsh: nil, bin: "/usr/bin")

        let remove = try runTool("/usr/bin/apt", ["remove", "-y", "lantern"], environment: apt)
        #expect(remove.status == 0, "\(remove.stdout)\(remove.stderr)")
        for path in Installed.files(prefix: "/usr", zsh: "/usr/share/zsh/vendor-completions") {
            #expect(!FileManager.default.fileExists(atPath: path), "\(path) is left after apt remove")
        }
    }

    @Test func lintianReportsNoErrors() throws {
        let deb = try Installed.package()
        let run = try runTool("/usr/bin/lintian", ["--fail-on", "error,warning", "--no-tag-display-limit", deb])
        #expect(run.status == 0, "lintian:\n\(run.stdout)\(run.stderr)")
    }
}

/// Finding the package, running an installed binary with the Swift toolchain out of sight, and
/// checking what was installed beside it.
enum Installed {
    /// The package `make deb` built, or the reason these tests cannot run.
    static func package() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["LANTERN_PACKAGE"] {
            let path = named.hasPrefix("/") ? named : repositoryRoot + "/" + named
            try #require(FileManager.default.fileExists(atPath: path), "LANTERN_PACKAGE=\(named): no such package")
            return path
        }
        let architecture = try runTool("/usr/bin/dpkg", ["--print-architecture"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let relative = ".build-static/lantern_\(lanternVersion)_\(architecture).deb"
        guard FileManager.default.fileExists(atPath: repositoryRoot + "/" + relative) else {
            try Test.cancel("no package: make deb builds it (make test does, then runs this test)")
        }
        guard try runTool("/usr/bin/make", ["-q", relative]).status == 0 else {
            try Test.cancel("\(relative) is older than the sources: make deb rebuilds it (make test does)")
        }
        return repositoryRoot + "/" + relative
    }

    /// The files an install puts under `prefix` (the Makefile's layout, scripts/package).
    static func files(prefix: String, zsh: String) -> [String] {
        [
            prefix + "/bin/lantern", prefix + "/share/man/man1/lantern.1.gz",
            prefix + "/share/bash-completion/completions/lantern", zsh + "/_lantern",
            prefix + "/share/fish/vendor_completions.d/lantern.fish",
        ]
    }

    /// The Swift toolchain's folder: /opt/swift when `swift` is /opt/swift/usr/bin/swift (through
    /// its links). A toolchain installed in /usr itself keeps its runtime in /usr/lib/swift.
    static let toolchain: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for folder in path.split(separator: ":") {
            let swift = URL(fileURLWithPath: String(folder) + "/swift")
            guard FileManager.default.isExecutableFile(atPath: swift.path) else { continue }
            let root = swift.resolvingSymlinksInPath().deletingLastPathComponent()  // …/usr/bin
                .deletingLastPathComponent().deletingLastPathComponent().path
            return root == "/" ? "/usr/lib/swift" : root
        }
        return "/usr/lib/swift"
    }()

    /// `unshare`'s options for a new mount namespace: as root `-m`, otherwise in a user namespace
    /// (`-r -m`); or why neither is permitted here (a container without CAP_SYS_ADMIN, say).
    static let namespace: (options: [String], problem: String?) = {
        let options = getuid() == 0 ? ["-m"] : ["-r", "-m"]
        let probe = try? runTool("/usr/bin/unshare", options + ["/bin/sh", "-c", hide, "sh", temporaryFolder(), toolchain, "/bin/true"])
        guard let probe, probe.status == 0 else {
            return (
                options, "cannot hide the Swift toolchain here: unshare \(options.joined(separator: " ")) failed: \(probe?.stderr ?? "no /usr/bin/unshare")"
            )
        }
        return (options, nil)
    }()

    /// Mounts the empty folder $1 over $2, then runs the rest.
    static let hide = #"mount --bind "$1" "$2" && shift 2 && exec "$@""#

    /// Runs a program in a new mount namespace where an empty folder is mounted over the Swift
    /// toolchain, as on a machine that never had Swift. Skips the test, saying why, where that is
    /// not permitted.
    static func withoutSwift(_ program: String, _ arguments: [String], in folder: String = repositoryRoot) throws -> Run {
        if let problem = namespace.problem { try Test.cancel("\(problem)") }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LANTERN_TODAY")
        return try runTool(
            "/usr/bin/unshare", namespace.options + ["/bin/sh", "-c", hide, "sh", temporaryFolder(), toolchain, program] + arguments,
            environment: environment, in: folder)
    }

    /// The installed binary, with Swift hidden, prints what the development build prints, and
    /// writes the same weekly page; the development build itself cannot even start there.
    static func expectSameOutput(_ binary: String) throws {
        // What the loader will look for, checked even where the toolchain cannot be hidden.
        let libraries = try runTool("/usr/bin/ldd", [binary]).stdout
        #expect(!libraries.contains("libswift") && !libraries.contains(toolchain + "/"), "\(binary) needs the toolchain:\n\(libraries)")
        let control = try withoutSwift(lanternBinary, ["--version"])
        #expect(
            control.status != 0 && control.stderr.contains("libswift"),
            "the development build still runs with \(toolchain) hidden: the test hides nothing\n\(control.stderr)")
        for arguments in InstallTests.mainJob {
            let development = try lantern(arguments), installed = try withoutSwift(binary, arguments)
            #expect(!development.stdout.isEmpty)
            #expect(installed.status == development.status, "lantern \(arguments.joined(separator: " "))")
            #expect(installed.stdout == development.stdout, "lantern \(arguments.joined(separator: " "))")
            #expect(installed.stderr == development.stderr, "lantern \(arguments.joined(separator: " "))")
        }
        // The README's weekly page, written into the notebook.
        let mine = try copyOfExampleNotebook(), theirs = try copyOfExampleNotebook()
        let week = ["week", ".", "--today", "2026-11-20"]
        let development = try lantern(week, in: mine), installed = try withoutSwift(binary, week, in: theirs)
        #expect(installed.status == 0, "\(installed.stderr)")
        #expect(installed.stdout == development.stdout)
        for page in ["reports/2026-W47.md", "reports/2026-W47.html"] {
            let expected = try String(contentsOfFile: mine + "/" + page, encoding: .utf8)
            #expect(try String(contentsOfFile: theirs + "/" + page, encoding: .utf8) == expected, "\(page)")
        }
    }

    /// `man -l` renders the page without a warning, with every subcommand the binary has: its
    /// summary, and each example exactly as written (accents and all, hyphens the ASCII ones).
    static func expectManualRenders(_ page: String, binary: String) throws {
        let man = try runTool(
            "/usr/bin/man", ["--warnings", "-l", page],
            environment: ["PATH": "/usr/bin:/bin", "MANPAGER": "cat", "MANWIDTH": "100", "LANG": "C.UTF-8"])
        #expect(man.status == 0, "\(man.stderr)")
        #expect(man.stderr.isEmpty, "man -l \(page) warns:\n\(man.stderr)")
        #expect(man.stdout.contains("LANTERN(1)"))
        #expect(man.stdout.contains("lantern \(lanternVersion)"))
        let words = man.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let help = try withoutSwift(binary, ["--experimental-dump-help"])
        let tool = try JSONSerialization.jsonObject(with: Data(help.stdout.utf8)) as? [String: Any]
        let command = tool?["command"] as? [String: Any]
        let subcommands = (command?["subcommands"] as? [[String: Any]] ?? []).filter { $0["commandName"] as? String != "help" }
        #expect(subcommands.count > 10)
        for (index, subcommand) in ([command ?? [:]] + subcommands).enumerated() {
            let name = subcommand["commandName"] as? String ?? ""
            if index > 0 { #expect(man.stdout.contains("lantern \(name)\n"), "the man page has no lantern \(name)") }
            let abstract = (subcommand["abstract"] as? String ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(
                words.contains(abstract) || words.lowercased().contains(abstract.lowercased().dropLast()),
                "the man page lacks \(name)'s summary: \(abstract)")
            for line in (subcommand["discussion"] as? String ?? "").components(separatedBy: "\n") where line.hasPrefix("Example: ") {
                let example = line.dropFirst("Example: ".count)
                #expect(man.stdout.contains(example), "the man page lacks \(name)'s example: \(example)")
            }
        }
    }

    /// bash-completion's loader finds lantern's completion where bash-completion looks, and it
    /// completes "lantern fo" to followups (one word a line).
    static let bashLoads = """
        source /usr/share/bash-completion/bash_completion
        if declare -F _comp_load >/dev/null; then _comp_load lantern; else __load_completion lantern; fi
        complete -p lantern || exit 1
        COMP_LINE="lantern fo"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(lantern fo); COMP_CWORD=1
        _lantern lantern fo lantern
        printf '%s\\n' "${COMPREPLY[@]}"
        """

    /// Debian's zsh has `folder` in its default `fpath`, so compinit finds `_lantern` there.
    static func expectZshLooks(in folder: String) throws {
        let fpath = try runTool("/usr/bin/zsh", ["-f", "-c", "print -l $fpath"]).stdout
        #expect(fpath.components(separatedBy: "\n").contains(folder), "zsh's fpath has no \(folder):\n\(fpath)")
    }

    /// bash (through bash-completion's loader), zsh (compinit) and fish each find Lantern's
    /// completions where they were installed, and complete "lantern fo" to followups. `share` is
    /// the installed share/ folder, `zsh` the folder of `_lantern`; nil for each shell's defaults.
    /// `bin` (the installed bin/ folder) goes first on PATH: fish loads completions only for a
    /// command it finds.
    static func expectCompletions(share: String?, zsh: String?, bin: String) throws {
        let home = temporaryFolder()
        var environment = ["PATH": bin + ":/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"]
        if let share { environment["XDG_DATA_DIRS"] = share + ":/usr/local/share:/usr/share" }

        if let share {
            // The issue's check: the file itself defines the completion.
            let direct = try runTool(
                "/bin/bash",
                [
                    "-c", "source \"$1\" && complete -p lantern", "bash",
                    share + "/bash-completion/completions/lantern",
                ], environment: environment)
            #expect(direct.stdout.contains("-F _lantern lantern"), "\(direct.stdout)\(direct.stderr)")
        }
        let loaded = try runTool("/bin/bash", ["-c", bashLoads], environment: environment)
        #expect(loaded.status == 0, "bash-completion did not load lantern's completion: \(loaded.stderr)")
        #expect(loaded.stdout.contains("-F _lantern lantern"))
        #expect(loaded.stdout.components(separatedBy: "\n").contains("followups"), "bash completes lantern fo to:\n\(loaded.stdout)")

        let fpath = zsh.map { "fpath=(\($0) $fpath); " } ?? ""
        let zshRun = try runTool(
            "/usr/bin/zsh", ["-f", "-c", fpath + "autoload -Uz compinit && compinit -u -D && print -r -- $_comps[lantern]"],
            environment: environment)
        #expect(zshRun.stdout == "_lantern\n", "zsh's compinit did not find _lantern: \(zshRun.stdout)\(zshRun.stderr)")

        let fish = try runTool("/usr/bin/fish", ["-c", "complete --do-complete 'lantern fo'"], environment: environment)
        #expect(
            fish.stdout.components(separatedBy: "\n").contains { $0.hasPrefix("followups") },
            "fish completes lantern fo to:\n\(fish.stdout)\(fish.stderr)")
    }
}
