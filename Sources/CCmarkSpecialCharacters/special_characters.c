#define _GNU_SOURCE
#include "CCmarkSpecialCharacters.h"

#include <dlfcn.h>
#include <stdatomic.h>
#include <cmark-gfm-extension_api.h>

typedef void (*manage_function)(cmark_parser *parser, int add);

/* Set once `handbook_fix_special_characters` has added the characters for good. */
static atomic_bool characters_fixed;
/* How many times the library called the function below before that. */
static atomic_int calls_seen;

/* The library's own definition, found past this one. */
static manage_function library_function(void) {
  return (manage_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

/* See the header: takes the place of the library's function of this name. */
void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
  if (atomic_load_explicit(&characters_fixed, memory_order_acquire)) return;
  atomic_fetch_add_explicit(&calls_seen, 1, memory_order_relaxed);
  manage_function original = library_function();
  if (original) original(parser, add);
}

bool handbook_fix_special_characters(cmark_parser *primer) {
  manage_function original = library_function();
  if (!original) return false;

  /* A parse with the same extensions, which adds and takes out their characters. */
  cmark_parser *probe = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (cmark_llist *item = cmark_parser_get_syntax_extensions(primer); item; item = item->next) {
    cmark_parser_attach_syntax_extension(probe, (cmark_syntax_extension *)item->data);
  }
  int before = atomic_load(&calls_seen);
  static const char sample[] = "~~a~~ www.example.org";
  cmark_parser_feed(probe, sample, sizeof sample - 1);
  cmark_node_free(cmark_parser_finish(probe));
  cmark_parser_free(probe);
  if (atomic_load(&calls_seen) - before < 2) return false;

  original(primer, 1);
  atomic_store_explicit(&characters_fixed, true, memory_order_release);
  return true;
}
