import Mustache

/// A struct a page template reads (the week and index pages' views). It answers swift-mustache's
/// lookups by name through `child(named:)`, written for every view by `scripts/page-views` into
/// `PageViews+Generated.swift`; without it, swift-mustache would reflect the whole struct at every
/// lookup.
protocol PageView: MustacheParent, Sendable {}
