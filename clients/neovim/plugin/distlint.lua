-- distlint: user commands. The server starts once require('distlint').setup() has run.
if vim.g.loaded_distlint then return end
vim.g.loaded_distlint = true
local function command(name, fn, desc)
  vim.api.nvim_create_user_command(name, function() require('distlint')[fn]() end, { desc = desc })
end
command('DistlintReview', 'review', 'distlint: review of the workspace (Markdown)')
command('DistlintRestart', 'restart', 'distlint: restart the language server')
