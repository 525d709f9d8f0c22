import Foundation
import Testing
import LanternTestSupport

/// Every command Lantern prints as advice works exactly as printed: collected from lint's
/// messages and from the follow-up list's `clear` field, each run through a shell on the notebook
/// as it was when the advice was given, first with `--dry-run` (for `log`), then for real;
/// afterwards the findings and items it was given for are gone.
@Suite(.serialized) struct AdviceTests {
    struct Advice: Hashable {
        var command: String
        /// What it was given for: a lint rule or a follow-up kind, and the note.
        var reason: String
        var path: String
    }

    /// The lint findings of a notebook as (rule, path, message).
    func findings(_ root: String, today: String) throws -> [(rule: String, path: String, message: String)] {
        let run = try lantern(["lint", "--today", today, "--format", "json"], in: root)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return (object["diagnostics"] as? [[String: Any]] ?? []).map { ($0["rule"] as! String, $0["path"] as! String, $0["message"] as! String) }
    }

    /// The follow-up items due by today (or undated), as (kind, path, clear).
    func items(_ root: String, today: String) throws -> [(kind: String, path: String, clear: String)] {
        let run = try lantern(["followups", "--today", today, "--format", "json"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return (object["items"] as? [[String: Any]] ?? []).compactMap { item in
            if let due = item["due"] as? String, due > today { return nil }
            return (item["kind"] as! String, item["path"] as! String, item["clear"] as! String)
        }
    }

    /// Every command the notebook's findings and items suggest today.
    func advice(_ root: String, today: String) throws -> [Advice] {
        var out: [Advice] = []
        for f in try findings(root, today: today) {
            // A command is quoted in the message: run "lantern …".
            for part in f.message.components(separatedBy: "\"lantern ").dropFirst() {
                guard let end = part.firstIndex(of: "\"") else { continue }
                out.append(Advice(command: "lantern " + part[..<end], reason: f.rule, path: f.path))
            }
        }
        for item in try items(root, today: today) where item.clear.hasPrefix("lantern ") {
            out.append(Advice(command: item.clear, reason: item.kind, path: item.path))
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0.command + "|" + $0.reason + "|" + $0.path).inserted }
    }

    func followEveryPieceOfAdvice(in original: String, today: String, atLeast: Int) throws {
        let given = try advice(original, today: today)
        #expect(given.count >= atLeast, "only \(given.count) commands suggested")
        let commands = Dictionary(grouping: given, by: \.command)
        let files = FileManager.default
        for (command, reasons) in commands.sorted(by: { $0.key < $1.key }) {
            // Each on the notebook as it was when the advice was given.
            let root = temporaryFolder() + "/notebook"
            try files.copyItem(atPath: original, toPath: root)
            defer { try? files.removeItem(atPath: root) }
            if command.hasPrefix("lantern log ") {
                let dry = try runAsPrinted(command + " --dry-run", in: root, today: today)
                #expect(dry.status == 0, "\(command) --dry-run: \(dry.stderr)")
                #expect(dry.stdout.hasPrefix("--- a/"), "\(command) --dry-run: \(dry.stdout)")
            }
            let real = try runAsPrinted(command, in: root, today: today)
            #expect(real.status == 0, "\(command): \(real.stderr)")
            // What it was suggested for is gone.
            let after = try findings(root, today: today)
            let left = try items(root, today: today)
            for advice in reasons {
                #expect(
                    !after.contains { $0.rule == advice.reason && $0.path == advice.path },
                    "\(advice.reason) in \(advice.path) is still there after \(command)")
                #expect(
                    !left.contains { $0.kind == advice.reason && $0.path == advice.path && $0.clear == command },
                    "the \(advice.reason) item of \(advice.path) is still there after \(command)")
            }
        }
    }

    @Test func onTheExampleNotebook() throws {
        try followEveryPieceOfAdvice(in: try copyOfExampleNotebook(), today: "2026-11-22", atLeast: 10)
    }

    @Test func onAGeneratedNotebook() throws {
        let root = try generatedNotebook(count: 90, seed: 3)
        try followEveryPieceOfAdvice(in: root, today: "2026-11-22", atLeast: 30)
    }

    /// Jane has a person card and two conversations, and shares her first name with nobody: the
    /// advice names her by her first name and reaches the right note.
    @Test func withACardAndTwoConversations() throws {
        let root = temporaryFolder()
        write(
            [
                "lantern.yml": "",
                "people/jane-doe.md": "---\ntype: person\nname: Jane Doe\nemail: jane@example.com\n---\n",
                "interviews/2026-06-01-jane.md": "---\ncontact: \"[[jane-doe]]\"\ndate: 2026-06-01\nthank_you: 2026-06-01\n---\n",
                "interviews/2026-11-19-jane.md": "---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n",
                "interviews/2026-11-10-sam-lee.md": "---\ncontact: Sam Lee\ndate: 2026-11-10\n---\n",
                "interviews/2026-11-12-sam-park.md": "---\ncontact: Sam Park\ndate: 2026-11-12\n---\n",
            ], in: root)
        let given = try advice(root, today: "2026-11-22")
        #expect(given.contains { $0.command == "lantern log jane thank-you" && $0.path == "interviews/2026-11-19-jane.md" })
        #expect(given.contains { $0.command == "lantern log lee thank-you" })
        #expect(given.contains { $0.command == "lantern log park thank-you" })
        try followEveryPieceOfAdvice(in: root, today: "2026-11-22", atLeast: 3)
    }
}
