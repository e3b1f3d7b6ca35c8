" Release files of an Elixir/BEAM system. `set filetype=` (not setfiletype) because the
" *.eex rule of the runtime files has already called these files eelixir.
autocmd BufNewFile,BufRead vm.args,*.vm.args,vm.args.eex,*.vm.args.eex set filetype=vmargs
autocmd BufNewFile,BufRead env.sh.eex,*.env.sh.eex set filetype=sh
