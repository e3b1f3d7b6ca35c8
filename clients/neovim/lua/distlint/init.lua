-- distlint for Neovim: starts the distlint language server for the files of a clustered
-- Elixir/BEAM system (Kubernetes and compose YAML, config/*.exs, application.ex, mix.exs,
-- rel/vm.args, rel/env.sh, fly.toml).
--
-- One setup() works on every Neovim from 0.7 on, choosing the newest API present:
--   0.11+      vim.lsp.config + vim.lsp.enable
--   0.8-0.10   vim.lsp.start from a FileType autocommand
--   0.7        vim.lsp.start_client + vim.lsp.buf_attach_client from a FileType autocommand
local M = {}

local uv = vim.loop

M.name = 'distlint'

--- Defaults; every key can be overridden in setup().
M.defaults = {
  -- Command that starts the server on stdio. nil: `distlint lsp` when distlint is on $PATH,
  -- otherwise `java -jar <jar> lsp` when `jar` is set.
  cmd = nil,
  -- Path of distlint.jar, used when `cmd` is nil and `distlint` is not on $PATH.
  jar = nil,
  -- Directory of a Java 17+ runtime for `jar`; nil: $JAVA_HOME, then `java` on $PATH.
  java_home = nil,
  filetypes = { 'yaml', 'elixir', 'eelixir', 'toml', 'sh', 'vmargs' },
  root_markers = { 'mix.exs', '.distlint.yaml', '.git' },
  -- The `distlint` section of the settings: rules, configFile, trace...
  -- e.g. { rules = { ['k8s-readiness-probe-missing'] = 'off' } }
  settings = {},
  -- function(bufnr) -> boolean: whether a buffer of one of `filetypes` is a distlint file.
  -- nil: YAML and vm.args always; Elixir, TOML and shell buffers only for the files distlint reads.
  should_attach = nil,
  on_attach = nil,
  on_init = nil,
  capabilities = nil,
}

M.config = nil

local function basename(path) return path:match('[^/]+$') or path end

--- The files distlint reads among Elixir, TOML and shell buffers.
function M.is_distlint_file(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local ft = vim.bo[bufnr].filetype
  local base = basename(name)
  if ft == 'yaml' or ft == 'vmargs' then
    return true
  elseif ft == 'toml' then
    return base == 'fly.toml'
  elseif ft == 'sh' then
    return base == 'env.sh' or base == 'env.sh.eex'
  elseif ft == 'elixir' or ft == 'eelixir' then
    return base == 'mix.exs' or base == 'application.ex'
      or name:match('/config/[^/]+%.exs$') ~= nil
      or base:match('^vm%.args') ~= nil or base:match('^env%.sh') ~= nil
  end
  return false
end

local function executable(cmd) return cmd ~= nil and vim.fn.executable(cmd) == 1 end

--- The java executable: java_home, then $JAVA_HOME, then $PATH.
function M.java(cfg)
  cfg = cfg or M.config or M.defaults
  local home = cfg.java_home or os.getenv('JAVA_HOME')
  if home and home ~= '' then
    local java = home .. '/bin/java'
    if executable(java) then return java end
  end
  if executable('java') then return 'java' end
  return nil
end

--- The command that starts the server, or nil and the reason it cannot be found.
function M.server_cmd(cfg)
  cfg = cfg or M.config or M.defaults
  if cfg.cmd then
    if type(cfg.cmd) == 'string' then return vim.split(cfg.cmd, '%s+', { trimempty = true }) end
    return cfg.cmd
  end
  if executable('distlint') then return { 'distlint', 'lsp' } end
  if cfg.jar then
    local java = M.java(cfg)
    if not java then
      return nil, 'Java 17 or newer is needed: install one (e.g. `apt install openjdk-17-jre-headless`) '
        .. 'or set java_home / $JAVA_HOME'
    end
    return { java, '-jar', vim.fn.expand(cfg.jar), 'lsp' }
  end
  return nil, 'no distlint on $PATH: put bin/distlint on $PATH, or pass `cmd` or `jar` to setup()'
end

local function exists(path) return uv.fs_stat(path) ~= nil end

--- Nearest directory above the buffer's file holding one of the root markers.
function M.root_dir(bufnr, markers)
  markers = markers or (M.config or M.defaults).root_markers
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  while dir and dir ~= '' do
    for _, marker in ipairs(markers) do
      if exists(dir .. '/' .. marker) then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then break end
    dir = parent
  end
  return name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
end

local function wants(bufnr)
  local cfg = M.config
  if vim.bo[bufnr].buftype ~= '' then return false end
  return (cfg.should_attach or M.is_distlint_file)(bufnr)
end

local function client_config(cmd, root)
  local cfg = M.config
  -- an empty Lua table would be sent as a JSON array
  local settings = next(cfg.settings) and cfg.settings or vim.empty_dict()
  return {
    name = M.name,
    cmd = cmd,
    root_dir = root,
    -- the server asks for this section itself (workspace/configuration)
    settings = { distlint = settings },
    -- what the user passes is added to Neovim's own capabilities, not put in their place
    capabilities = vim.tbl_deep_extend('force', vim.lsp.protocol.make_client_capabilities(),
      cfg.capabilities or {}),
    on_attach = cfg.on_attach,
    on_init = cfg.on_init,
  }
end

local function notify(msg, level)
  vim.notify('distlint: ' .. msg, level or vim.log.levels.WARN)
end

-- 0.7: one client per root directory, kept here because vim.lsp.start does not exist yet
local clients_by_root = {}

local function attach(bufnr)
  if not wants(bufnr) then return end
  local cmd, why = M.server_cmd()
  if not cmd then return notify(why, vim.log.levels.ERROR) end
  local root = M.root_dir(bufnr)
  local conf = client_config(cmd, root)
  if vim.lsp.start then
    return vim.lsp.start(conf, { bufnr = bufnr })
  end
  local id = clients_by_root[root]
  if not (id and vim.lsp.get_client_by_id(id)) then
    id = vim.lsp.start_client(conf)
    if not id then return notify('the server could not be started: ' .. table.concat(cmd, ' ')) end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- Which API this Neovim uses: 'config' (0.11+), 'start' (0.8+) or 'start_client' (0.7).
function M.api()
  if vim.lsp.config and vim.lsp.enable then return 'config' end
  if vim.lsp.start then return 'start' end
  return 'start_client'
end

local function setup_config_api()
  local cmd, why = M.server_cmd()
  if not cmd then return notify(why, vim.log.levels.ERROR) end
  local conf = client_config(cmd, nil)
  conf.name = nil
  conf.filetypes = M.config.filetypes
  conf.root_markers = nil
  conf.root_dir = function(bufnr, on_dir)
    if wants(bufnr) then on_dir(M.root_dir(bufnr)) end
  end
  vim.lsp.config(M.name, conf)
  vim.lsp.enable(M.name)
end

--- Clients of distlint that are running.
function M.clients()
  local all = (vim.lsp.get_clients or vim.lsp.get_active_clients)()
  local mine = {}
  for _, c in ipairs(all) do
    if c.name == M.name then table.insert(mine, c) end
  end
  return mine
end

--- Stops every distlint client and starts them again for the open buffers.
function M.restart()
  local bufs = {}
  for _, c in ipairs(M.clients()) do
    for b in pairs(c.attached_buffers or {}) do table.insert(bufs, b) end
    c.stop()
  end
  clients_by_root = {}
  vim.defer_fn(function()
    for _, b in ipairs(bufs) do
      if vim.api.nvim_buf_is_valid(b) then
        if M.api() == 'config' then
          vim.api.nvim_exec_autocmds('FileType', { buffer = b })
        else
          attach(b)
        end
      end
    end
  end, 500)
end

local function show_markdown(text)
  vim.cmd('new')
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].buftype = 'nofile'
  vim.bo[buf].bufhidden = 'wipe'
  vim.bo[buf].swapfile = false
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, vim.split(text, '\n', { plain = true }))
  vim.bo[buf].filetype = 'markdown'
  pcall(vim.api.nvim_buf_set_name, buf, 'distlint://review')
end

--- Asks the server for its review of the workspace (command distlint.review) and shows it.
function M.review()
  local client = M.clients()[1]
  if not client then return notify('no distlint server is running') end
  client.request('workspace/executeCommand', { command = 'distlint.review', arguments = {} },
    function(err, result)
      if err then return notify('review failed: ' .. (err.message or vim.inspect(err))) end
      local text = type(result) == 'table' and (result.value or result.markdown or vim.inspect(result))
        or tostring(result or '')
      show_markdown(text)
    end)
end

--- Starts distlint for the files it reads. opts: see M.defaults and :help distlint.
function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', {}, M.defaults, opts or {})
  if M.api() == 'config' then
    setup_config_api()
  else
    local group = vim.api.nvim_create_augroup('distlint', { clear = true })
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = M.config.filetypes,
      callback = function(args) attach(args.buf) end,
    })
    -- buffers opened before setup()
    for _, b in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(b) and vim.tbl_contains(M.config.filetypes, vim.bo[b].filetype) then
        attach(b)
      end
    end
  end
  return M
end

return M
