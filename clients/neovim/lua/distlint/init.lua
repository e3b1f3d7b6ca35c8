-- distlint for Neovim (0.8+: vim.lsp.start, 0.7: vim.lsp.start_client): starts the language server;
-- the server decides the rest: it asks for the `distlint` settings, reads only the files it knows
-- (other buffers get nothing) and pushes the findings of the project's unopened files too.
local M = { name = 'distlint' }

M.defaults = { -- see :help distlint-options
  cmd = nil, jar = nil, java_home = nil, -- nil: `distlint lsp` from $PATH, else java -jar <jar> lsp
  filetypes = { 'yaml', 'elixir', 'eelixir', 'toml', 'sh', 'vmargs' },
  root_markers = { 'mix.exs', '.distlint.yaml', '.git' },
  settings = {}, -- the `distlint` section, e.g. { rules = { ['k8s-readiness-probe-missing'] = 'off' } }
  should_attach = nil, -- function(bufnr) -> boolean; nil: every file buffer of `filetypes`
  on_attach = nil, on_init = nil, capabilities = nil,
}

--- The java executable: java_home, then $JAVA_HOME, then $PATH.
function M.java(cfg)
  local home = (cfg or M.config or M.defaults).java_home or os.getenv('JAVA_HOME') or ''
  if home ~= '' and vim.fn.executable(home .. '/bin/java') == 1 then return home .. '/bin/java' end
  return vim.fn.executable('java') == 1 and 'java' or nil
end

--- The command that starts the server, or nil and the reason it cannot be found.
function M.server_cmd(cfg)
  cfg = cfg or M.config or M.defaults
  if type(cfg.cmd) == 'string' then return vim.split(cfg.cmd, '%s+', { trimempty = true }) end
  if cfg.cmd or vim.fn.executable('distlint') == 1 then return cfg.cmd or { 'distlint', 'lsp' } end
  if not cfg.jar then return nil, 'no distlint on $PATH: put bin/distlint on $PATH, or pass `cmd` or `jar`' end
  local java = M.java(cfg)
  return java and { java, '-jar', vim.fn.expand(cfg.jar), 'lsp' }, 'Java 17+ is needed: install one or set java_home'
end

--- Nearest directory above the buffer's file holding one of the root markers, else its own.
function M.root_dir(bufnr)
  local start = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
  local dir, parent = start, nil
  while dir ~= parent do
    for _, marker in ipairs((M.config or M.defaults).root_markers) do
      if vim.loop.fs_stat(dir .. '/' .. marker) then return dir end
    end
    dir, parent = vim.fn.fnamemodify(dir, ':h'), dir
  end
  return start
end

local function notify(msg) vim.notify('distlint: ' .. msg, vim.log.levels.WARN) end
local clients_by_root = {} -- 0.7: vim.lsp.start, which reuses a client, does not exist yet

local function attach(bufnr)
  local cfg = M.config
  if vim.bo[bufnr].buftype ~= '' or (cfg.should_attach and not cfg.should_attach(bufnr)) then return end
  local cmd, why = M.server_cmd()
  if not cmd then return notify(why) end
  local root = M.root_dir(bufnr)
  local conf = { name = M.name, cmd = cmd, root_dir = root, on_attach = cfg.on_attach, on_init = cfg.on_init,
    -- what the server asks for (workspace/configuration); {} would be sent as a JSON array
    settings = { distlint = next(cfg.settings) and cfg.settings or vim.empty_dict() },
    capabilities = vim.tbl_deep_extend('force', vim.lsp.protocol.make_client_capabilities(), cfg.capabilities or {}) }
  if vim.lsp.start then return vim.lsp.start(conf, { bufnr = bufnr }) end
  local id = clients_by_root[root]
  if not (id and vim.lsp.get_client_by_id(id)) then
    id = vim.lsp.start_client(conf)
    if not id then return notify('the server could not be started: ' .. table.concat(cmd, ' ')) end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

--- Clients of distlint that are running.
function M.clients()
  return vim.tbl_filter(function(c) return c.name == M.name end, (vim.lsp.get_clients or vim.lsp.get_active_clients)())
end

--- Stops every distlint client and starts them again for the buffers they had.
function M.restart()
  local bufs = {}
  for _, c in ipairs(M.clients()) do vim.list_extend(bufs, vim.tbl_keys(c.attached_buffers or {})); c.stop() end
  clients_by_root = {}
  vim.defer_fn(function() vim.tbl_map(attach, vim.tbl_filter(vim.api.nvim_buf_is_valid, bufs)) end, 500)
end

--- Asks the server for its review of the workspace (command distlint.review) and shows it.
function M.review()
  local client = M.clients()[1]
  if not client then return notify('no distlint server is running') end
  client.request('workspace/executeCommand', { command = 'distlint.review', arguments = {} }, function(err, result)
    if err then return notify('review failed: ' .. (err.message or vim.inspect(err))) end
    local text = type(result) == 'table' and (result.value or vim.inspect(result)) or tostring(result or '')
    vim.cmd('new')
    vim.bo.buftype, vim.bo.bufhidden, vim.bo.swapfile, vim.bo.filetype = 'nofile', 'wipe', false, 'markdown'
    vim.api.nvim_buf_set_lines(0, 0, -1, false, vim.split(text, '\n', { plain = true }))
    pcall(vim.api.nvim_buf_set_name, 0, 'distlint://review')
  end)
end

--- Starts distlint for the buffers of `filetypes`. opts: see M.defaults and :help distlint.
function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', {}, M.defaults, opts or {})
  local group = vim.api.nvim_create_augroup('distlint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', { group = group, pattern = M.config.filetypes,
    callback = function(args) attach(args.buf) end })
  for _, b in ipairs(vim.api.nvim_list_bufs()) do -- buffers opened before setup()
    if vim.api.nvim_buf_is_loaded(b) and vim.tbl_contains(M.config.filetypes, vim.bo[b].filetype) then attach(b) end
  end
  return M
end

return M
