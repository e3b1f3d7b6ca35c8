-- Neovim as a user sets it up, for the README's captured screen (capture.sh): the plugin,
-- setup(), and once distlint's diagnostics arrive, the cursor on one and its hover open.
vim.o.swapfile = false
vim.o.shadafile = 'NONE'
vim.o.termguicolors = false
vim.opt.runtimepath:prepend(os.getenv('DISTLINT_NVIM_PLUGIN'))
vim.cmd('filetype plugin on')
vim.cmd('syntax on')
vim.o.number = true
vim.o.signcolumn = 'yes'
local cmd = os.getenv('DISTLINT_SERVER_CMD')
require('distlint').setup({ cmd = cmd ~= '' and cmd or nil })

local code = os.getenv('DISTLINT_SCREEN_CODE')
local shown = false
vim.api.nvim_create_autocmd('DiagnosticChanged', {
  callback = function(args)
    if shown then return end
    for _, d in ipairs(vim.diagnostic.get(args.buf)) do
      local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if c == code then
        shown = true
        vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 1 })
        vim.cmd('normal! zz')
        vim.defer_fn(function() vim.lsp.buf.hover() end, 300)
        return
      end
    end
  end,
})
