#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/* The node type of a table cell, which the table extension assigns when the core extensions
   are registered (`cmark_gfm_core_extensions_ensure_registered`) and never changes after. The
   library exports it but installs no header that declares it (its table.h is private). It is
   declared const here, read-only for Swift: read it only once the extensions are registered
   (every tree comes from a parse, which registers them first). Comparing a node's type with it
   saves comparing `cmark_node_get_type_string` with "table_cell" on every node of a walk. */
extern const cmark_node_type CMARK_NODE_TABLE_CELL;

#include <cmark-gfm/node.h>

/* The literal of a text, inline code, inline HTML or footnote reference node, in place: its
   bytes (not NUL-terminated) and their count; NULL and 0 for a node of any other type.
   This is how the HTML renderer reads them. `cmark_node_get_literal` gives the same bytes, but
   copies them into a new NUL-terminated buffer the first time it is asked, and the caller then
   measures them with strlen: that, for every text of every page, showed in profiles. A parsed
   inline's literal may view the bytes of its block or of another text, which is why the Swift
   side buries the nodes it takes out rather than free them (`CmarkNode.bury(in:)`). The
   node's layout comes from node.h, which libcmark-gfm-dev installs with the library, of the
   same version. With it, Swift sees `cmark_node *` as `UnsafeMutablePointer<cmark_node>`
   rather than as an opaque pointer. */
static inline const unsigned char *handbook_node_literal(cmark_node *node, int32_t *length) {
  switch (node->type) {
  case CMARK_NODE_TEXT:
  case CMARK_NODE_CODE:
  case CMARK_NODE_HTML_INLINE:
  case CMARK_NODE_FOOTNOTE_REFERENCE:
    *length = node->as.literal.len;
    return node->as.literal.data;
  default:
    *length = 0;
    return NULL;
  }
}

/* An arena for one parsed document: cmark-gfm allocates a node, a buffer or a list cell for
   nearly everything it reads, and frees each again with the tree, one call at a time; those
   calls were a fifth of a page's parse and render. A parser made with `handbook_arena_allocator`
   takes its memory from the arena current on its thread (`handbook_arena_begin`) while it
   parses, and its nodes keep that allocator for as long as they live:

   - every block starts with a header holding its size and its arena (NULL for the heap), so
     growing a block keeps it in its own arena, and freeing one frees it only if it is on the heap;
   - a node asked for memory when no arena is current on the thread (an edit after the parse)
     gets it from the heap, so no block ever lands in another document's arena;
   - blocks in an arena are freed all at once with it (`handbook_arena_free`), after the tree and
     the parser, which no longer read them.

   Use the arena only from one Swift file: the thread's current arena is a static in this
   header, of which each C translation unit has its own. */
#include <stdlib.h>
#include <string.h>

typedef struct handbook_arena_chunk {
  struct handbook_arena_chunk *previous;
  size_t used;
  size_t capacity;
  size_t padding; /* the blocks start 32 bytes in, 16-byte aligned as malloc's are */
} handbook_arena_chunk;

typedef struct handbook_arena {
  handbook_arena_chunk *chunk;
} handbook_arena;

typedef struct handbook_block_header {
  size_t size;
  handbook_arena *arena;
} handbook_block_header;

static inline handbook_arena **handbook_current_arena_slot(void) {
  static _Thread_local handbook_arena *current;
  return &current;
}

static inline size_t handbook_round_up(size_t size) {
  size_t rounded;
  if (__builtin_add_overflow(size, (size_t)15, &rounded)) abort();
  return rounded & ~(size_t)15;
}

static inline void *handbook_arena_take(handbook_arena *arena, size_t size) {
  size_t rounded = handbook_round_up(size);
  size_t needed = rounded + sizeof(handbook_block_header);
  handbook_arena_chunk *chunk = arena->chunk;
  if (!chunk || chunk->capacity - chunk->used < needed) {
    size_t capacity = needed > 65536 ? needed : 65536;
    handbook_arena_chunk *fresh = (handbook_arena_chunk *)malloc(sizeof(handbook_arena_chunk) + capacity);
    if (!fresh) abort();
    fresh->previous = chunk;
    fresh->used = 0;
    fresh->capacity = capacity;
    arena->chunk = chunk = fresh;
  }
  handbook_block_header *header = (handbook_block_header *)((char *)(chunk + 1) + chunk->used);
  chunk->used += needed;
  header->size = rounded;
  header->arena = arena;
  return header + 1;
}

static inline void *handbook_heap_take(size_t size) {
  size_t total;
  if (__builtin_add_overflow(size, sizeof(handbook_block_header), &total)) abort();
  handbook_block_header *header = (handbook_block_header *)malloc(total);
  if (!header) abort();
  header->size = size;
  header->arena = NULL;
  return header + 1;
}

static inline void *handbook_take(size_t size) {
  handbook_arena *arena = *handbook_current_arena_slot();
  return arena ? handbook_arena_take(arena, size) : handbook_heap_take(size);
}

static void *handbook_calloc(size_t count, size_t size) {
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) abort();
  void *block = handbook_take(total);
  memset(block, 0, total);
  return block;
}

static void *handbook_realloc(void *old, size_t size) {
  if (!old) return handbook_take(size);
  handbook_block_header *header = (handbook_block_header *)old - 1;
  handbook_arena *arena = header->arena;
  if (!arena) {
    size_t total;
    if (__builtin_add_overflow(size, sizeof(handbook_block_header), &total)) abort();
    header = (handbook_block_header *)realloc(header, total);
    if (!header) abort();
    header->size = size;
    return header + 1;
  }
  if (size <= header->size) return old;
  /* The arena's last block grows where it is when its chunk has room. */
  handbook_arena_chunk *chunk = arena->chunk;
  size_t rounded = handbook_round_up(size);
  if ((char *)old + header->size == (char *)(chunk + 1) + chunk->used
      && chunk->capacity - chunk->used >= rounded - header->size) {
    chunk->used += rounded - header->size;
    header->size = rounded;
    return old;
  }
  void *fresh = handbook_arena_take(arena, size);
  memcpy(fresh, old, header->size);
  return fresh;
}

static void handbook_free(void *block) {
  if (!block) return;
  handbook_block_header *header = (handbook_block_header *)block - 1;
  if (!header->arena) free(header);
}

/* The allocator to make a parser with (`cmark_parser_new_with_mem`). */
static inline cmark_mem *handbook_arena_allocator(void) {
  static cmark_mem allocator = {handbook_calloc, handbook_realloc, handbook_free};
  return &allocator;
}

static inline handbook_arena *handbook_arena_new(void) {
  handbook_arena *arena = (handbook_arena *)calloc(1, sizeof(handbook_arena));
  if (!arena) abort();
  return arena;
}

/* Makes `arena` the one parsers take memory from on this thread, until `handbook_arena_end`. */
static inline void handbook_arena_begin(handbook_arena *arena) { *handbook_current_arena_slot() = arena; }

static inline void handbook_arena_end(void) { *handbook_current_arena_slot() = NULL; }

/* Frees every block of the arena, and the arena. */
static inline void handbook_arena_free(handbook_arena *arena) {
  handbook_arena_chunk *chunk = arena->chunk;
  while (chunk) {
    handbook_arena_chunk *previous = chunk->previous;
    free(chunk);
    chunk = previous;
  }
  free(arena);
}

/* The allocator a node was made with: a new node linked into a tree must be made with the
   same one (`cmark_node_new_with_mem`), or cmark refuses to link it. */
static inline cmark_mem *handbook_node_mem(cmark_node *node) { return node->content.mem; }
