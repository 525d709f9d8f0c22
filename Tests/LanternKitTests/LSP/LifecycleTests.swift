import Foundation
import Testing
import LanternKit
@testable import LanternLSP
import LanternTestSupport

/// The protocol's rules, driven over pipes: start, stop, and what a bad message gets.
@Suite struct LifecycleTests {
    @Test func initializeShutdownExit() {
        let client = LSPTestClient()
        let answer = client.request("initialize", ["processId": NSNull(), "capabilities": [String: Any]()])
        #expect(answer["result"]?["serverInfo"]?["name"]?.string == "lantern")
        let capabilities = answer["result"]?["capabilities"]
        #expect(capabilities?["textDocumentSync"]?["change"]?.int == 2)
        #expect(capabilities?["hoverProvider"]?.bool == true)
        #expect(capabilities?["positionEncoding"]?.string == "utf-16")
        client.notify("initialized")
        #expect(client.request("shutdown")["result"]?.isNull == true)
        client.notify("exit")
        #expect(client.exitCode(within: 10) == 0)
    }

    @Test func exitWithoutShutdownIsOne() {
        let client = LSPTestClient()
        client.start()
        client.notify("exit")
        #expect(client.exitCode(within: 10) == 1)
    }

    @Test func theEndOfTheInputWithoutShutdownIsOne() {
        let client = LSPTestClient()
        client.start()
        #expect(client.closeInput() == 1)
    }

    @Test func requestsBeforeInitializeAreRefused() {
        let client = LSPTestClient()
        #expect(
            client.request("textDocument/hover", ["textDocument": ["uri": "file:///x.md"], "position": ["line": 0, "character": 0]])["error"]?["code"]?.int
                == -32002)
        client.start()
        #expect(client.request("initialize", ["capabilities": [String: Any]()])["error"]?["code"]?.int == -32600)
    }

    @Test func requestsAfterShutdownAreInvalid() {
        let client = LSPTestClient()
        client.start()
        client.request("shutdown")
        let answer = client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///x.md"]])
        #expect(answer["error"]?["code"]?.int == -32600)
        client.notify("exit")
        #expect(client.exitCode(within: 10) == 0)
    }

    @Test func unknownMethodsAreNotFoundAndUnknownNotificationsIgnored() {
        let client = LSPTestClient()
        client.start()
        client.notify("$/unknownNotification", ["x": 1])
        let answer = client.request("workspace/somethingNew")
        #expect(answer["error"]?["code"]?.int == -32601)
        #expect(answer["error"]?["message"]?.string?.contains("workspace/somethingNew") == true)
        // The server goes on.
        #expect(client.request("shutdown")["result"]?.isNull == true)
    }

    @Test func malformedMessagesGetErrorsAndTheServerGoesOn() {
        let client = LSPTestClient()
        client.start()
        // Not JSON.
        client.sendRaw(FrameParser.frame(Array("{not json".utf8)))
        #expect(client.waitFor { $0["error"]?["code"]?.int == -32700 }?["id"]?.isNull == true)
        // JSON, not a request.
        client.sendRaw(FrameParser.frame(Array(#"[1, 2]"#.utf8)))
        #expect(client.waitFor { $0["error"]?["code"]?.int == -32600 } != nil)
        client.sendRaw(FrameParser.frame(Array(#"{"jsonrpc": "2.0", "id": 7}"#.utf8)))
        #expect(client.waitFor { $0["error"]?["code"]?.int == -32600 }?["id"]?.int == 7)
        client.sendRaw(FrameParser.frame(Array(#"{"jsonrpc": "1.0", "id": 8, "method": "shutdown"}"#.utf8)))
        #expect(client.waitFor { $0["error"]?["code"]?.int == -32600 }?["id"]?.int == 8)
        // A header that is not a header, then a frame with no length.
        client.sendRaw(Array("Hello there\r\n\r\nX-Other: 1\r\n\r\n".utf8))
        #expect(client.waitFor { $0["error"]?["code"]?.int == -32700 } != nil)
        // Parameters of the wrong shape.
        let answer = client.request("textDocument/hover", ["textDocument": 5])
        #expect(answer["error"]?["code"]?.int == -32602)
        // Still serving.
        #expect(client.request("shutdown")["result"]?.isNull == true)
    }

    @Test func stringIDsAreAnsweredWithTheirID() {
        let client = LSPTestClient()
        client.start()
        client.send(["jsonrpc": "2.0", "id": "abc", "method": "shutdown"])
        #expect(client.waitFor { $0["id"]?.string == "abc" }?["result"]?.isNull == true)
    }
}
