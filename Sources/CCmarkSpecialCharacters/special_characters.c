#define _GNU_SOURCE
#include "CCmarkSpecialCharacters.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <cmark-gfm-extension_api.h>

typedef void (*manage_function)(cmark_parser *parser, int add);

/* Set once `handbook_fix_special_characters` has added the characters for good. */
static atomic_bool characters_fixed;
/* How many times the library called the function below before that. */
static atomic_int calls_seen;

/* Set by `handbook_fix_special_characters`, read only after it. */
static manage_function library_manage;
/* A parser whose one inline extension has the one character `w`: the library's function adds
   `w` to the tables when given it, and takes it out. */
static cmark_parser *www_parser;

/* Parses finish holding this lock, to read the tables; one that puts `w` in holds it alone.
   Writers first, so a text with `www.` waits for the parses under way, not for all to come. */
#ifdef PTHREAD_RWLOCK_WRITER_NONRECURSIVE_INITIALIZER_NP
static pthread_rwlock_t tables_lock = PTHREAD_RWLOCK_WRITER_NONRECURSIVE_INITIALIZER_NP;
#else
static pthread_rwlock_t tables_lock = PTHREAD_RWLOCK_INITIALIZER;
#endif

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

/* The `w` extension matches nothing itself: it is only a list of one character. */
static cmark_node *match_nothing(cmark_syntax_extension *extension, cmark_parser *parser, cmark_node *parent,
                                 unsigned char character, cmark_inline_parser *inline_parser) {
  (void)extension; (void)parser; (void)parent; (void)character; (void)inline_parser;
  return NULL;
}

static cmark_parser *new_www_parser(void) {
  cmark_syntax_extension *www = cmark_syntax_extension_new("handbook-www");
  if (!www) return NULL;
  cmark_syntax_extension_set_match_inline_func(www, match_nothing);
  cmark_syntax_extension_set_special_inline_chars(
      www, cmark_llist_append(cmark_get_default_mem_allocator(), NULL, (void *)(size_t)'w'));
  cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  if (parser) cmark_parser_attach_syntax_extension(parser, www);
  return parser;
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
  if (!(www_parser = new_www_parser())) return false;

  library_manage = original;
  original(primer, 1);
  original(www_parser, 0);
  atomic_store_explicit(&characters_fixed, true, memory_order_release);
  return true;
}

cmark_node *handbook_finish_parse(cmark_parser *parser, bool has_www) {
  cmark_node *root;
  if (!has_www) {
    pthread_rwlock_rdlock(&tables_lock);
    root = cmark_parser_finish(parser);
    pthread_rwlock_unlock(&tables_lock);
    return root;
  }
  pthread_rwlock_wrlock(&tables_lock);
  library_manage(www_parser, 1);
  root = cmark_parser_finish(parser);
  library_manage(www_parser, 0);
  pthread_rwlock_unlock(&tables_lock);
  return root;
}
