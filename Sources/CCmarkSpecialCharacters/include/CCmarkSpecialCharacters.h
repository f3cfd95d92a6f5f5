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
   it does nothing: the extensions' characters stay in the tables for good, and parsers on
   several threads read tables no one writes. That is what every parse saw before, as long as
   every parser attaches the same extensions as `primer`.

   `handbook_fix_special_characters` adds `primer`'s extensions' characters for good, once it has
   seen, by parsing a short document, that the library calls this definition; it returns whether
   it did. When it returns false (a linker or platform that binds the library's call to its own
   function, a library without that call), nothing changed and parses must not overlap. Call it
   once, before any other parse. */
bool handbook_fix_special_characters(cmark_parser *primer);

#endif
