import ArgumentParser
import LanternKit

extension Lantern {
    struct Contacts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export everyone in the notebook as an address book.",
            discussion: """
                Interviewees, person cards, introducers and referrals, merged by identity, with company, \
                title, emails, phones, URLs, status and who introduced them.
                Example: lantern contacts --format vcf > lantern.vcf
                """
        )

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(help: "Output format: vcf (vCard 4.0), csv or json.")
        var format: Format = .vcf

        @OptionGroup var global: GlobalOptions

        enum Format: String, ExpressibleByArgument, CaseIterable { case vcf, csv, json }

        func run() throws {
            let (notebook, _) = try global.load(paths: path.map { [$0] } ?? [])
            let output = ContactsOutput(contacts: LanternKit.Contacts.all(in: notebook), today: notebook.today)
            switch format {
            case .vcf: emit(output.vcard(version: Lantern.configuration.version))
            case .csv: emit(output.csv())
            case .json: emit(output.json())
            }
        }
    }
}
