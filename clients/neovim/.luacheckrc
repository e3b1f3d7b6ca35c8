-- luacheck configuration for the Neovim client and its tests
std = 'luajit'
globals = { 'vim' }
max_line_length = 120
