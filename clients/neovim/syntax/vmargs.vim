" Syntax of Erlang VM argument files (rel/vm.args, rel/vm.args.eex)
if exists('b:current_syntax') | finish | endif

syntax match vmargsComment /#.*$/ contains=@Spell
syntax match vmargsEmulatorFlag /^\s*+[A-Za-z]\+/
syntax match vmargsFlag /^\s*-[A-Za-z_][A-Za-z0-9_]*/ nextgroup=vmargsAppParam skipwhite
syntax match vmargsAppParam /\<[a-z_][A-Za-z0-9_]*\>\(\s\+[a-z_][A-Za-z0-9_]*\>\)\?/ contained
syntax match vmargsEnv /\${\?[A-Z_][A-Z0-9_]*}\?/
syntax region vmargsEex start=/<%/ end=/%>/
syntax region vmargsString start=/"/ skip=/\\"/ end=/"/

highlight default link vmargsComment Comment
highlight default link vmargsEmulatorFlag Statement
highlight default link vmargsFlag Keyword
highlight default link vmargsAppParam Identifier
highlight default link vmargsEnv PreProc
highlight default link vmargsEex PreProc
highlight default link vmargsString String

let b:current_syntax = 'vmargs'
