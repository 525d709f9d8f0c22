import Foundation
import Mustache
import Testing
@testable import LanternKit
import LanternTestSupport

/// The page views answer swift-mustache by name (`PageViews+Generated.swift`, made by
/// `scripts/page-views`) instead of being reflected at every lookup. Every field of every view
/// reachable from a page must answer with its value.
@Suite struct PageViewTests {
    /// Walks `value`; each struct must be a `MustacheParent` whose answers match its fields.
    func check(_ value: Any, at path: String, seen: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional?:
            if let wrapped = mirror.children.first?.value { check(wrapped, at: path, seen: &seen) }
        case .collection?:
            for child in mirror.children { check(child.value, at: path + "[]", seen: &seen) }
        case .struct?:
            let type = String(reflecting: type(of: value))
            seen.insert(type)
            guard let parent = value as? any PageView else {
                Issue.record("\(type) (at \(path)) does not answer the templates by name: run scripts/page-views")
                return
            }
            for child in mirror.children {
                guard let label = child.label else { continue }
                let answered = parent.child(named: label)
                let unwrapped = unwrap(child.value)
                #expect(
                    shown(answered) == shown(unwrapped),
                    "\(type).\(label) answers a different value")
                check(child.value, at: path + "." + label, seen: &seen)
            }
            #expect(parent.child(named: "no such field") == nil)
        default:
            break
        }
    }

    /// The value inside an optional, `nil` for none; any other value as it is.
    func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        guard let inside = mirror.children.first else { return nil }
        return inside.value
    }

    /// A value as text, `nil` for none (a value still wrapped in an optional shows as one).
    func shown(_ value: Any?) -> String {
        value.map { String(describing: $0) } ?? "nil"
    }

    @Test func everyWeekAndIndexViewAnswersEveryField() throws {
        let nb = try notebook(try exampleNotebookFiles(), today: "2026-11-20")
        var seen: Set<String> = []
        for week in [Week(containing: nb.today), Week(containing: nb.today).previous] {
            check(WeekPage(report: WeekReport(week: week, notebook: nb, lint: Linter().run(nb)), linkBase: "").view, at: "week", seen: &seen)
        }
        check(IndexPage(report: IndexReport(notebook: nb), linkBase: "").view, at: "index", seen: &seen)
        // The example notebook reaches every kind of row, so every view type was checked.
        #expect(seen.count >= 25, "only \(seen.sorted()) were reached")
    }
}
