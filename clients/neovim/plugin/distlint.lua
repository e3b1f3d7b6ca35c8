-- distlint: user commands. The server starts once require('distlint').setup() has run.
if vim.g.loaded_distlint then return end
vim.g.loaded_distlint = true

vim.api.nvim_create_user_command('DistlintReview', function() require('distlint').review() end,
  { desc = 'distlint: review of the workspace (Markdown)' })
vim.api.nvim_create_user_command('DistlintRestart', function() require('distlint').restart() end,
  { desc = 'distlint: restart the language server' })
