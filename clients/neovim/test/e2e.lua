-- End-to-end test of the distlint Neovim client, run by run.sh:
--   nvim --headless -n -i NONE -u e2e.lua
-- Loads the plugin from this repository, calls setup(), opens every file of the plan
-- (see clients/test/e2e.py), waits for distlint's diagnostics, asks for a hover and a
-- completion, goes to a definition, looks for the diagnostics of a file it has not opened,
-- runs :checkhealth distlint and writes what it saw as JSON.
-- Environment: DISTLINT_E2E_PLAN, DISTLINT_E2E_RESULT, DISTLINT_NVIM_PLUGIN, DISTLINT_SERVER_CMD.
vim.o.swapfile = false
vim.o.shadafile = 'NONE'
vim.opt.runtimepath:prepend(os.getenv('DISTLINT_NVIM_PLUGIN'))
vim.cmd('filetype plugin on')

local function read_json(path)
  return vim.fn.json_decode(table.concat(vim.fn.readfile(path), '\n'))
end

local plan = read_json(os.getenv('DISTLINT_E2E_PLAN'))
local timeout = plan.timeout_ms
local result = { editor = 'neovim', cases = {}, timings_ms = {} }
local started = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - started) / 1e6) end
local done = false

local function finish(err)
  if done then return end
  done = true
  result.error = err
  result.timings_ms.total = ms()
  vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('DISTLINT_E2E_RESULT'))
  -- stop the servers, by force if they ignore shutdown, so none outlives the test
  local ok, distlint = pcall(require, 'distlint')
  local clients = ok and distlint.clients() or {}
  for _, c in ipairs(clients) do c.stop() end
  vim.wait(2000, function()
    for _, c in ipairs(clients) do if not c.is_stopped() then return false end end
    return true
  end, 50)
  for _, c in ipairs(clients) do c.stop(true) end
  vim.cmd(err and 'cquit 1' or 'qall!')
end

local function code_of(d)
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  return code ~= nil and tostring(code) or nil
end

local function observed(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out, { code = code_of(d), line = d.lnum + 1, character = d.col, source = d.source,
                        message = d.message })
  end
  return out
end

local function has_all(bufnr, wanted)
  if #wanted == 0 then return true end
  local seen = {}
  for _, d in ipairs(observed(bufnr)) do seen[(d.code or '') .. '@' .. d.line] = true end
  for _, w in ipairs(wanted) do
    if not seen[w.code .. '@' .. w.line] then return false end
  end
  return true
end

local function hover_text(contents)
  if type(contents) == 'string' then return contents end
  if type(contents) ~= 'table' then return '' end
  if contents.value then return contents.value end
  local parts = {}
  for _, c in ipairs(contents) do table.insert(parts, hover_text(c)) end
  return table.concat(parts, '\n')
end

local function request(bufnr, method, line, col)
  vim.api.nvim_win_set_cursor(0, { line, col })
  local params = vim.lsp.util.make_position_params()
  if method == 'textDocument/completion' then params.context = { triggerKind = 1 } end
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  for _, r in pairs(responses or {}) do
    if r.result then return r.result end
  end
  return nil
end

local function run_case(case)
  vim.cmd('edit ' .. vim.fn.fnameescape(case.file))
  local bufnr = vim.api.nvim_get_current_buf()
  local seen = { file = case.file, language = vim.bo[bufnr].filetype }
  table.insert(result.cases, seen)
  -- Neovim 0.7 lists a client for the buffer once the server has answered initialize, which
  -- takes the JVM's start: seconds on a loaded machine
  vim.wait(timeout, function() return #vim.lsp.buf_get_clients(bufnr) > 0 end, 20)
  if #vim.lsp.buf_get_clients(bufnr) > 0 then
    vim.wait(timeout, function() return has_all(bufnr, case.diagnostics) end, 20)
  end
  seen.diagnostics = observed(bufnr)
  result.timings_ms['diagnostics ' .. vim.fn.fnamemodify(case.file, ':t')] = ms()
  if #vim.lsp.buf_get_clients(bufnr) == 0 then
    seen.error = 'no language client attached (filetype ' .. seen.language .. ')'
    return
  end
  if case.hover then
    for _, d in ipairs(seen.diagnostics) do
      if d.code == case.hover.code then
        seen.hover = hover_text((request(bufnr, 'textDocument/hover', d.line, d.character) or {}).contents)
        break
      end
    end
  end
  if case.completion then
    local line = case.completion.line
    vim.api.nvim_buf_set_lines(bufnr, line - 1, line - 1, false, { '' })
    local items = request(bufnr, 'textDocument/completion', line, 0) or {}
    seen.completion_labels = {}
    for _, item in ipairs(items.items or items) do table.insert(seen.completion_labels, item.label) end
    vim.api.nvim_buf_set_lines(bufnr, line - 1, line, false, {})
    vim.bo[bufnr].modified = false
  end
  if case.definition then
    -- as a user does: the cursor on the name, then go to its definition (asynchronous)
    vim.api.nvim_win_set_cursor(0, { case.definition.line, case.definition.character })
    vim.lsp.buf.definition()
    vim.wait(timeout, function() return vim.api.nvim_get_current_buf() ~= bufnr end, 20)
    if vim.api.nvim_get_current_buf() ~= bufnr then
      seen.definition = { file = vim.api.nvim_buf_get_name(0), line = vim.api.nvim_win_get_cursor(0)[1] }
      vim.cmd('buffer ' .. bufnr)
    end
  end
end

-- the server pushes the findings of files no buffer shows: Neovim keeps them on an unloaded
-- buffer, and vim.diagnostic lists them (e.g. in :lua vim.diagnostic.setqflist())
local function check_unopened(want)
  local function listed()
    local out = {}
    for _, d in ipairs(vim.diagnostic.get()) do
      if vim.api.nvim_buf_get_name(d.bufnr) == want.file then
        table.insert(out, { code = code_of(d), line = d.lnum + 1, source = d.source, message = d.message })
      end
    end
    return out
  end
  vim.wait(timeout, function()
    for _, d in ipairs(listed()) do
      if d.code == want.code and d.line == want.line then return true end
    end
  end, 20)
  local buf = vim.fn.bufnr(want.file)
  result.unopened = { file = want.file, diagnostics = listed(),
                      opened = buf ~= -1 and vim.api.nvim_buf_is_loaded(buf) }
  result.timings_ms['unopened ' .. vim.fn.fnamemodify(want.file, ':t')] = ms()
end

local function check_health()
  vim.cmd('checkhealth distlint')
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  result.health = text
  vim.cmd('silent! tabclose')
  if not text:find('server command', 1, true) then return 'checkhealth distlint did not report' end
end

vim.defer_fn(function() finish('watchdog: the test took too long') end, timeout * (#plan.cases + 2))

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  nested = true, -- so that :edit fires BufRead and FileType
  callback = function()
    local ok, err = pcall(function()
      local cmd = os.getenv('DISTLINT_SERVER_CMD')
      require('distlint').setup({
        cmd = cmd ~= '' and cmd or nil,
        -- as with a completion plugin that expands snippets (Neovim 0.7 does not by itself)
        capabilities = { textDocument = { completion = { completionItem = { snippetSupport = true } } } },
      })
      for _, case in ipairs(plan.cases) do run_case(case) end
      if plan.unopened ~= vim.NIL and plan.unopened then check_unopened(plan.unopened) end
      return check_health()
    end)
    finish(not ok and tostring(err) or err)
  end,
})
