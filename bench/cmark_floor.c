/*
 * cmark_floor: the floor for "one Markdown page in, one HTML page out".
 *
 *   cmark_floor SRC_DIR OUT_DIR
 *
 * For every *.md file under SRC_DIR: read it, skip its YAML front matter (a first line "---"
 * up to the next "---" line), parse the rest with libcmark-gfm using a fresh parser and the
 * GFM extensions (table, strikethrough, autolink, tagfilter, tasklist; footnotes on), render
 * HTML with the parser's extension list, and write it to OUT_DIR with the same relative path
 * and ".html" in place of ".md", creating folders as needed. OUT_DIR is created if missing.
 * Single thread: libcmark-gfm 0.29 is not safe to parse on two threads at once.
 *
 * No templating, link checking, glossary or citations: nothing a real generator could skip.
 * Prints "N files, IN bytes of Markdown, OUT bytes of HTML" on standard output.
 *
 * Build: cc -O2 bench/cmark_floor.c -lcmark-gfm-extensions -lcmark-gfm -o cmark_floor
 */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

static const char *const extension_names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

static long files_done;
static long long bytes_in, bytes_out;

static void die(const char *what, const char *path) {
    fprintf(stderr, "cmark_floor: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

/* The whole file in a malloc'd buffer; its length in *length. */
static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) die("cannot open", path);
    size_t capacity = 16384, used = 0;
    char *data = malloc(capacity);
    if (!data) die("out of memory reading", path);
    for (;;) {
        if (used == capacity) {
            capacity *= 2;
            data = realloc(data, capacity);
            if (!data) die("out of memory reading", path);
        }
        size_t got = fread(data + used, 1, capacity - used, file);
        if (got == 0) break;
        used += got;
    }
    if (ferror(file)) die("cannot read", path);
    fclose(file);
    *length = used;
    return data;
}

/* Offset of the body: past a front matter block that opens on the first line with "---". */
static size_t body_offset(const char *text, size_t length) {
    if (length < 3 || strncmp(text, "---", 3) != 0) return 0;
    size_t line = 0;
    while (line < length) {
        const char *newline = memchr(text + line, '\n', length - line);
        size_t end = newline ? (size_t)(newline - text) : length;
        size_t width = end - line;
        if (width > 0 && text[end - 1] == '\r') width--;
        if (line > 0 && width == 3 && strncmp(text + line, "---", 3) == 0) return newline ? end + 1 : end;
        if (line == 0 && width != 3) return 0; /* "----" or "--- x" is not a fence */
        line = end + 1;
    }
    return 0; /* unclosed: treat the whole file as Markdown */
}

static void convert(const char *source, const char *target) {
    size_t length;
    char *text = read_file(source, &length);
    size_t start = body_offset(text, length);

    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;
    cmark_parser *parser = cmark_parser_new(options);
    for (size_t i = 0; i < sizeof extension_names / sizeof *extension_names; i++) {
        cmark_syntax_extension *extension = cmark_find_syntax_extension(extension_names[i]);
        if (!extension) {
            fprintf(stderr, "cmark_floor: libcmark-gfm has no extension '%s'\n", extension_names[i]);
            exit(1);
        }
        cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, text + start, length - start);
    cmark_node *document = cmark_parser_finish(parser);
    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));

    FILE *out = fopen(target, "wb");
    if (!out) die("cannot create", target);
    size_t html_length = strlen(html);
    if (fwrite(html, 1, html_length, out) != html_length || fclose(out) != 0) die("cannot write", target);

    files_done++;
    bytes_in += (long long)length;
    bytes_out += (long long)html_length;
    free(html); /* allocated with the default allocator, which is malloc */
    cmark_node_free(document);
    cmark_parser_free(parser);
    free(text);
}

static int is_directory(const char *path) {
    struct stat info;
    return stat(path, &info) == 0 && S_ISDIR(info.st_mode);
}

static int has_md_suffix(const char *name) {
    size_t n = strlen(name);
    return n > 3 && strcmp(name + n - 3, ".md") == 0;
}

/* Mirrors source_dir into target_dir (which exists), converting every .md file. */
static void walk(const char *source_dir, const char *target_dir) {
    DIR *dir = opendir(source_dir);
    if (!dir) die("cannot open folder", source_dir);
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name;
        if (name[0] == '.') continue; /* ".", ".." and hidden files */
        size_t name_length = strlen(name);
        char *source = malloc(strlen(source_dir) + name_length + 2);
        char *target = malloc(strlen(target_dir) + name_length + 4);
        if (!source || !target) die("out of memory at", source_dir);
        sprintf(source, "%s/%s", source_dir, name);
        int directory = entry->d_type == DT_DIR || (entry->d_type == DT_UNKNOWN && is_directory(source));
        if (directory) {
            sprintf(target, "%s/%s", target_dir, name);
            if (mkdir(target, 0777) != 0 && errno != EEXIST) die("cannot create folder", target);
            walk(source, target);
        } else if (has_md_suffix(name)) {
            sprintf(target, "%s/%.*s.html", target_dir, (int)(name_length - 3), name);
            convert(source, target);
        }
        free(source);
        free(target);
    }
    closedir(dir);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: cmark_floor SRC_DIR OUT_DIR\n");
        return 2;
    }
    if (!is_directory(argv[1])) {
        errno = ENOTDIR;
        die("not a folder:", argv[1]);
    }
    if (mkdir(argv[2], 0777) != 0 && errno != EEXIST) die("cannot create folder", argv[2]);
    cmark_gfm_core_extensions_ensure_registered();
    walk(argv[1], argv[2]);
    printf("%ld files, %lld bytes of Markdown, %lld bytes of HTML\n", files_done, bytes_in, bytes_out);
    return 0;
}
