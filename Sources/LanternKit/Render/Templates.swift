import Foundation
import Mustache

/// The Mustache templates of the pages: the notebook's own `templates/NAME` when it has one, else
/// the built-in copy compiled into the binary (the same files as the repository's `templates/`).
public struct Templates: Sendable {
    /// The notebook root whose `templates/` folder overrides the built-in templates.
    public var root: String?

    public init(root: String?) {
        self.root = root
        Templates.registerContentTypes
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Where a template comes from: the notebook's file or the built-in one. A notebook template
    /// that is there but cannot be read (a FIFO, no permission) stops the command rather than be
    /// replaced by the built-in one unseen.
    public func source(of name: String) throws(Failure) -> (text: String, origin: String)? {
        if let root {
            switch Discovery.readFile(root + "/templates/" + name) {
            case .success(let bytes): return (String(decoding: bytes, as: UTF8.self), "templates/" + name)
            case .failure(let failure) where !failure.isMissing:
                throw Failure(
                    description: "templates/\(name): error: cannot read the template: \(failure.message); fix it, or delete it to use the built-in one")
            case .failure: break
            }
        }
        return BuiltinTemplates.files[name].map { ($0, "built-in " + name) }
    }

    /// The built-in templates, by path under `templates/`, for `lantern init` to copy.
    public static var builtinFiles: [(name: String, text: String)] {
        BuiltinTemplates.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Templates a page may include as partials (`{{> page.css.mustache}}`).
    static let partials = ["page.css.mustache"]

    /// Renders the template `name` with `view`.
    public func render(_ name: String, _ view: Any) throws(Failure) -> String {
        var library = MustacheLibrary()
        for part in [name] + Templates.partials {
            guard let (text, origin) = try source(of: part) else { throw Failure(description: "no template named \(part)") }
            do {
                library.register(try MustacheTemplate(string: text), named: part)
            } catch let error as MustacheTemplate.ParserError {
                throw Failure(
                    description:
                        "\(origin):\(error.context.lineNumber):\(error.context.columnNumber): error: the template does not parse (\(error.error)); fix it, or delete it to use the built-in one"
                )
            } catch {
                throw Failure(description: "\(origin): error: the template does not parse (\(error))")
            }
        }
        return library.render(view, withTemplate: name) ?? ""
    }

    /// A generated page: the marker line that keeps Lantern from reading it back, then the template.
    func page(_ name: String, command: String, today: Day, _ view: any PageView) throws(Failure) -> String {
        Generated.marker(command, today: today) + "\n" + (try render(name, view))
    }

    /// `{{% CONTENT_TYPE: MARKDOWN }}` makes `{{value}}` escape Markdown instead of HTML.
    static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownContent(), named: "MARKDOWN")
    }()

    struct MarkdownContent: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkdownText.escape(text) }
    }
}
