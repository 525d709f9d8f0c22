/// Lantern's version, in the one place it is written: `lantern --version`, the SARIF log's tool,
/// the calendar's and the address book's `PRODID`, the language server's `serverInfo`, the man
/// page and the Debian package (`make deb` asks the built binary, and checks that
/// `packaging/changelog` has an entry for it) all read it here.
public let lanternVersion = "0.1.0"
