#ifndef HANDBOOK_CMARK_SPECIAL_CHARACTERS_H
#define HANDBOOK_CMARK_SPECIAL_CHARACTERS_H

#include <stdbool.h>
#include <cmark-gfm.h>

/* libcmark-gfm 0.29 keeps which characters start an inline (`*`, `[`, and the extensions' `~`,
   `:`, `w`) in two global tables, and `cmark_parser_finish` adds the extensions' characters to
   them before it parses a document's inlines and takes them out again after
   (`cmark_manage_extensions_special_characters`): a parse finishing on one thread takes `~` out
   from under a parse on another, which then renders `~~strike~~` or a `www.` link as text
   (github/cmark-gfm#176).

   This target defines a function of that name. The library calls it through its procedure
   linkage table, so a process that links this target calls this definition instead, which
   forwards to the library's own until `handbook_fix_special_characters` has run; from then on
   it does nothing, and the tables change only as `handbook_finish_parse` changes them. That is
   what every parse saw before, as long as every parser attaches the same extensions as
   `primer`.

   `handbook_fix_special_characters` adds `primer`'s extensions' characters for good, but `w`,
   once it has seen, by parsing a short document, that the library calls this definition; it
   returns whether it did. When it returns false (a linker or platform that binds the library's
   call to its own function, a library without that call), nothing changed, `handbook_finish_parse`
   must not be used, and parses must not overlap. Call it once, before any other parse. */
bool handbook_fix_special_characters(cmark_parser *primer);

/* `cmark_parser_finish(parser)`, once `handbook_fix_special_characters` returned true; several
   may run at once.

   Why `w` is kept out: the autolink extension makes it special only to find `www.` links, and a
   special character ends a run of text, so every `w` of a page (a common letter) cut its text
   into another node, merged back after the parse: two fifths of cmark-gfm's time on a typical
   page. In a text without "www." that extension finds nothing at a `w` (it looks for exactly
   those four bytes), so with `w` out of the tables the parse gives the same tree. `has_www` says
   whether the text holds "www.": then `w` is put in the tables while it finishes, with no other
   parse finishing meanwhile. */
cmark_node *handbook_finish_parse(cmark_parser *parser, bool has_www);

#endif
