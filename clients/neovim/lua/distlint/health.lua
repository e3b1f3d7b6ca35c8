-- :checkhealth distlint (health#report_* on Neovim 0.7, vim.health.report_* on 0.8, vim.health.* on 0.9+)
local M = {}

function M.check()
  local function report(kind, ...)
    local fn = (vim.health or {})[kind] or (vim.health or {})['report_' .. kind]
    if fn then return fn(...) end
    vim.fn['health#report_' .. kind](...)
  end
  local distlint = require('distlint')
  report('start', 'distlint')
  report('info', 'vim.lsp API: ' .. (vim.lsp.start and 'vim.lsp.start' or 'vim.lsp.start_client'))
  if not distlint.config then return report('warn', "setup() has not been called: require('distlint').setup({})") end
  local cmd, why = distlint.server_cmd()
  if cmd and vim.fn.executable(cmd[1]) == 1 then
    report('ok', 'server command: ' .. table.concat(cmd, ' '))
  else
    report('error', why or ('server command not executable: ' .. cmd[1]))
  end
  local java = distlint.java()
  local version = java and vim.fn.system({ java, '-version' }):match('version "([^"]+)"')
  report(java and 'ok' or 'warn', java and string.format('Java %s (%s); distlint needs 17+', version, java)
    or 'no java (java_home, $JAVA_HOME, $PATH): distlint needs Java 17 or newer')
  local clients = distlint.clients()
  for _, c in ipairs(clients) do
    report('ok', string.format('client %d in %s, %d buffer(s) attached', c.id, c.config.root_dir or '?',
      #vim.tbl_keys(c.attached_buffers or {})))
  end
  if #clients == 0 then report('info', 'no distlint client is running') end
end

return M
