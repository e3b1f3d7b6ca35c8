-- :checkhealth distlint. Works with the health#report_* functions of Neovim 0.7, the
-- vim.health.report_* of 0.8-0.9 and vim.health.start/ok/warn/error of 0.10+.
local M = {}

local function reporter()
  local h = vim.health
  if h and h.start then
    return { start = h.start, ok = h.ok, warn = h.warn, error = h.error, info = h.info }
  end
  if h and h.report_start then
    return { start = h.report_start, ok = h.report_ok, warn = h.report_warn, error = h.report_error,
             info = h.report_info }
  end
  local function fn(name) return function(...) vim.fn['health#report_' .. name](...) end end
  return { start = fn('start'), ok = fn('ok'), warn = fn('warn'), error = fn('error'), info = fn('info') }
end

--- The major version of a Java runtime, from `java -version`, or nil.
function M.java_major(java)
  local out = vim.fn.system({ java, '-version' })
  if vim.v.shell_error ~= 0 then return nil end
  local v = out:match('version "([^"]+)"')
  if not v then return nil end
  local major = tonumber(v:match('^1%.(%d+)') or v:match('^(%d+)'))
  return major, v
end

function M.check()
  local r = reporter()
  local distlint = require('distlint')
  local v = vim.version()
  r.start('distlint')
  r.info(string.format('Neovim %d.%d.%d uses vim.lsp API: %s', v.major, v.minor, v.patch, distlint.api()))
  if not distlint.config then
    r.warn('setup() has not been called', { "Add require('distlint').setup({}) to your init.lua" })
    return
  end
  local cfg = distlint.config
  local cmd, why = distlint.server_cmd(cfg)
  if not cmd then
    r.error(why)
  elseif vim.fn.executable(cmd[1]) ~= 1 then
    r.error('server command not executable: ' .. cmd[1])
  else
    r.ok('server command: ' .. table.concat(cmd, ' '))
  end
  local java = distlint.java(cfg)
  if java then
    local major, version = M.java_major(java)
    if major and major >= 17 then
      r.ok(string.format('Java %s (%s)', version, java))
    elseif major then
      r.error(string.format('Java %s is too old (%s): distlint needs Java 17 or newer', version, java),
        { 'Install Java 17+ (e.g. `apt install openjdk-17-jre-headless`) and set java_home or $JAVA_HOME' })
    else
      r.warn('could not read the version of ' .. java)
    end
  else
    local needs_java = cmd == nil or cmd[1] == 'distlint' or cmd[1]:match('java$')
    local report = needs_java and r.error or r.info
    report('no Java runtime found (java_home, $JAVA_HOME, $PATH)',
      { 'Install Java 17+ (e.g. `apt install openjdk-17-jre-headless`)' })
  end
  local clients = distlint.clients()
  if #clients == 0 then
    r.info('no distlint client is running (open a Kubernetes YAML, vm.args or config/*.exs file)')
  end
  for _, c in ipairs(clients) do
    local n = 0
    for _ in pairs(c.attached_buffers or {}) do n = n + 1 end
    r.ok(string.format('client %d running in %s, %d buffer(s) attached', c.id, c.config.root_dir or '?', n))
  end
end

return M
