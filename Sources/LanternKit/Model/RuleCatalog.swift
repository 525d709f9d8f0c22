/// The ids of every rule lint.md defines, so settings can be checked before any rule runs.
/// The linter's rule list must match it (a test checks).
public enum RuleCatalog {
    public static let ids = [
        "file-unreadable", "front-matter-invalid", "contact-missing", "date-invalid", "value-invalid",
        "field-unknown", "meeting-date-missing", "date-in-future", "dates-out-of-order", "thank-you-missing",
        "thank-you-late", "follow-up-overdue", "introducer-not-updated", "attempts-exhausted",
        "attempt-after-limit", "attempt-too-soon", "prep-research-missing", "prep-questions-missing",
        "duration-too-long", "referrals-missing", "status-stale", "action-overdue", "task-date-invalid",
        "job-ask", "contact-conflict", "duplicate-pipeline",
    ]
}
