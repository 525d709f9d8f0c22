import ArgumentParser
import LanternKit
import LanternLSP

extension Lantern {
    struct LSP: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Serve your notebook to your editor: live diagnostics, quick fixes, completion and hover.",
            discussion: """
                Speaks the Language Server Protocol on standard input and output; your editor starts it \
                (see "In your editor" in the README). Each note is judged in its notebook: the nearest \
                folder with lantern.yml, else the editor's workspace folder.
                Example: nvim --cmd 'lua vim.lsp.start_client{name="lantern", cmd={"lantern", "lsp"}}'
                """
        )

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if global.config != nil {
                throw ValidationError("--config: lantern lsp reads each notebook's own lantern.yml")
            }
        }

        func run() throws {
            throw ExitCode(LanguageServer(options: ServerOptions(today: global.fixedToday)).run())
        }
    }
}
