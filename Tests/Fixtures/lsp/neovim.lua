-- Neovim 0.7 as a real language client of `lantern lsp` (Tests/LanternSystemTests/EditorTests.swift):
-- with the README's configuration ($CONFIG), opens a note, waits for Lantern's diagnostics, writes
-- them to $OUT, then applies the quick fix titled $FIX the way `:lua vim.lsp.buf.code_action()`
-- would, and saves the note.
local root, note, out, fix = os.getenv("NOTEBOOK"), os.getenv("NOTE"), os.getenv("OUT"), os.getenv("FIX")
local lines = {}
local function say(s) table.insert(lines, s) end

dofile(os.getenv("CONFIG"))
vim.cmd("edit " .. vim.fn.fnameescape(root .. "/" .. note))
local buf = vim.api.nvim_get_current_buf()

local function code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
end

if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  say("no diagnostics")
else
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    say(string.format("diagnostic %d:%d %s %s", d.lnum + 1, d.col + 1, code(d), d.message))
  end
  if fix then
    local params = vim.lsp.util.make_range_params()
    params.range = { start = { line = 0, character = 0 }, ["end"] = { line = vim.api.nvim_buf_line_count(buf), character = 0 } }
    -- What Neovim 0.7 keeps of each diagnostic (its code), as its code_action() sends them.
    params.context = { diagnostics = vim.tbl_map(function(d) return d.user_data.lsp end, vim.diagnostic.get(buf)) }
    local answers = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000) or {}
    local applied = false
    for _, answer in pairs(answers) do
      for _, action in ipairs(answer.result or {}) do
        say("action " .. action.title)
        if action.title == fix and action.edit then
          vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
          applied = true
        end
      end
    end
    if applied then
      vim.cmd("write")
      say("applied " .. fix)
    end
  end
end
for _, client in pairs(vim.lsp.buf_get_clients(buf)) do say("client " .. client.name) end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.cmd("qa!")
