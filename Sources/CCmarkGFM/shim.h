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
