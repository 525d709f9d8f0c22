import Foundation
import Testing
@testable import LanternKit
import LanternTestSupport

/// The rules' documentation is made from the rules themselves, and kept current.
@Suite struct RuleDocsTests {
    @Test func docsRulesIsCurrent() throws {
        let path = repositoryRoot + "/docs/rules.md"
        let made = RulesReporter.markdownDocument()
        if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
            try Data(made.utf8).write(to: URL(fileURLWithPath: path))
        }
        #expect(
            try String(contentsOfFile: path, encoding: .utf8) == made,
            "docs/rules.md is not current: lantern rules --format md > docs/rules.md")
    }

    @Test func everyRuleHasItsOwnAnchor() {
        // SARIF's helpUri is `rule_docs#rule-id`: each rule needs a heading of its own.
        let page = RulesReporter.markdownDocument()
        for rule in allRules {
            #expect(page.components(separatedBy: "\n## `\(rule.id)`\n").count == 2, "\(rule.id)")
        }
    }

    @Test func readmeCarriesTheRuleTable() throws {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        #expect(
            readme.contains(RulesReporter.markdownTable()),
            "regenerate the README's table: the table at the top of lantern rules --format md")
    }
}
