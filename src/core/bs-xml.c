/* bs-xml.c: hardened XML reading: no network, no DTD, no entities, limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "bs-error.h"
#include "bs-text.h"
#include "bs-xml-private.h"

typedef struct
{
  gboolean saw_doctype;
  int      doctype_line;
} ReadState;

static GHashTable *schemas;
G_LOCK_DEFINE_STATIC (schemas);

static int
count_newlines (const char *data,
                gsize       len)
{
  const char *end = data + len;
  int n = 0;

  for (const char *p = data; (p = memchr (p, '\n', end - p)) != NULL; p++)
    n++;

  return n;
}

static int
line_of_offset (const char *data,
                gsize       offset)
{
  return 1 + count_newlines (data, offset);
}

static gboolean
has_prefix (const char *data,
            gsize       len,
            const char *prefix)
{
  gsize n = strlen (prefix);

  return len >= n && g_ascii_strncasecmp (data, prefix, n) == 0;
}

static const char *
find (const char *data,
      gsize       len,
      const char *needle)
{
  return g_strstr_len (data, len, needle);
}

/* An HTML page may begin with an XML declaration (XHTML), then names
 * itself in its DOCTYPE or its first element. */
static gboolean
looks_like_html (const char *data,
                 gsize       len)
{
  gsize i = 0;

  if (has_prefix (data, len, "<?xml"))
    {
      const char *end = find (data, len, "?>");

      if (end == NULL)
        return FALSE;
      i = end + 2 - data;
    }
  while (i < len && g_ascii_isspace (data[i]))
    i++;

  return has_prefix (data + i, len - i, "<!doctype html") ||
         (has_prefix (data + i, len - i, "<html") &&
          (i + 5 == len || g_ascii_isspace (data[i + 5]) || data[i + 5] == '>'));
}

/* Files people pick by mistake get the plain truth, instead of what the XML
 * parser would make of them ("ends too early", "not UTF-8"). */
static gboolean
refuse_foreign (const char  *data,
                gsize        len,
                const char  *display_name,
                GError     **error)
{
  gsize i = 0;

  if (has_prefix (data, len, "%PDF-"))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                   _("“%s” is not a Blendscan file: it is a PDF document."), display_name);
      return FALSE;
    }

  if (has_prefix (data, len, "PK\x03\x04") || has_prefix (data, len, "PK\x05\x06"))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                   _("“%s” is not a Blendscan file: it is a ZIP archive, or a document stored as one (such as .docx or .odt)."),
                   display_name);
      return FALSE;
    }

  if (has_prefix (data, len, "\xef\xbb\xbf"))
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;

  if (i < len && data[i] != '<')
    {
      if (g_utf8_validate (data, len, NULL))
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                     _("“%s” is not a Blendscan file: it is plain text, not XML."), display_name);
      else
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                     _("“%s” is not a Blendscan file: it is neither XML nor text."), display_name);
      return FALSE;
    }

  if (looks_like_html (data + i, len - i))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                   _("“%s” is not a Blendscan file: it is a web page (HTML)."), display_name);
      return FALSE;
    }

  return TRUE;
}

/* What XML cannot hold, found byte by byte: a C0 control other than tab,
 * newline and carriage return, or U+FFFE / U+FFFF (EF BF BE, EF BF BF). */
static gboolean
needs_cleaning (const char *data,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return TRUE;
      if (c == 0xEF && i + 2 < len && (guchar) data[i + 1] == 0xBF &&
          ((guchar) data[i + 2] == 0xBE || (guchar) data[i + 2] == 0xBF))
        return TRUE;
    }

  return FALSE;
}

static gboolean
too_many (GError     **error,
          int          code,
          const char  *format,
          ...) G_GNUC_PRINTF (3, 4);

static gboolean
too_many (GError     **error,
          int          code,
          const char  *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (BS_FORMAT_ERROR, code, format, args));
  va_end (args);

  return FALSE;
}

/* Walks the bytes once, before libxml2 sees them, and refuses what no
 * Blendscan file has: libxml2 checks the attributes and namespace
 * declarations of one start tag against each other (quadratic), and the
 * schema's validation of many elements or attributes can take minutes and
 * gigabytes; only a count made before parsing bounds both. UTF-8 never
 * uses bytes below 0x80 inside a multi-byte character, so looking at bytes
 * is enough. Whatever is not well-formed is left to the parser to report. */
static gboolean
check_limits (const char  *data,
              gsize        len,
              const char  *display_name,
              GError     **error)
{
  gsize i = 0;
  int line = 1;
  guint depth = 0;
  guint nodes = 0;
  guint attributes = 0;
  guint namespaces = 0;

  while (i < len)
    {
      const char *lt = memchr (data + i, '<', len - i);
      const char *p;
      const char *end;
      gsize rest;

      if (lt == NULL)
        break;
      line += count_newlines (data + i, lt - (data + i));
      i = lt - data;
      p = data + i;
      rest = len - i;

      if (has_prefix (p, rest, "<!--") || has_prefix (p, rest, "<?") ||
          has_prefix (p, rest, "<![CDATA["))
        {
          const char *close = p[1] == '?' ? "?>" : p[2] == '-' ? "-->" : "]]>";

          if (++nodes > BS_XML_MAX_NODES)
            return too_many (error, BS_FORMAT_ERROR_TOO_COMPLEX,
                             _("“%s”, line %d: the file has more than %d elements and comments; no Blendscan file has that many, so it is refused."),
                             display_name, line, BS_XML_MAX_NODES);
          end = find (p, rest, close);
          if (end == NULL)
            break;
          line += count_newlines (p, end - p);
          i = end - data + strlen (close);
        }
      else if (has_prefix (p, rest, "<!"))
        {
          /* A DOCTYPE: the parser refuses it with its own message. */
          break;
        }
      else if (has_prefix (p, rest, "</"))
        {
          end = memchr (p, '>', rest);
          if (end == NULL)
            break;
          if (depth > 0)
            depth--;
          line += count_newlines (p, end - p);
          i = end - data + 1;
        }
      else
        {
          guint n_attributes = 0;
          char quote = 0;
          gsize j;

          if (++nodes > BS_XML_MAX_NODES)
            return too_many (error, BS_FORMAT_ERROR_TOO_COMPLEX,
                             _("“%s”, line %d: the file has more than %d elements and comments; no Blendscan file has that many, so it is refused."),
                             display_name, line, BS_XML_MAX_NODES);

          for (j = i + 1; j < len; j++)
            {
              char c = data[j];

              if (c == '\n')
                line++;
              if (quote != 0)
                {
                  if (c == quote)
                    quote = 0;
                }
              else if (c == '"' || c == '\'')
                quote = c;
              else if (c == '>')
                break;
              else if (c == '=')
                {
                  gsize k = j;

                  /* Back over the blanks and the name before "=". */
                  while (k > i + 1 && g_ascii_isspace (data[k - 1]))
                    k--;
                  while (k > i + 1 && !g_ascii_isspace (data[k - 1]) &&
                         data[k - 1] != '"' && data[k - 1] != '\'')
                    k--;

                  if (has_prefix (data + k, j - k, "xmlns") &&
                      (j - k == 5 || data[k + 5] == ':' || g_ascii_isspace (data[k + 5])))
                    {
                      if (++namespaces > BS_XML_MAX_NAMESPACES)
                        return too_many (error, BS_FORMAT_ERROR_TOO_COMPLEX,
                                         _("“%s”, line %d: the file declares more than %d namespaces; no Blendscan file has that many, so it is refused."),
                                         display_name, line, BS_XML_MAX_NAMESPACES);
                    }
                  else if (++n_attributes > BS_XML_MAX_ATTRIBUTES_PER_ELEMENT)
                    return too_many (error, BS_FORMAT_ERROR_TOO_COMPLEX,
                                     _("“%s”, line %d: an element has more than %d attributes; no Blendscan file has that many, so it is refused."),
                                     display_name, line, BS_XML_MAX_ATTRIBUTES_PER_ELEMENT);
                  else if (++attributes > BS_XML_MAX_ATTRIBUTES)
                    return too_many (error, BS_FORMAT_ERROR_TOO_COMPLEX,
                                     _("“%s”, line %d: the file has more than %d attributes; no Blendscan file has that many, so it is refused."),
                                     display_name, line, BS_XML_MAX_ATTRIBUTES);
                }
            }

          if (j >= len)
            break;
          if (data[j - 1] != '/' && ++depth > BS_XML_MAX_DEPTH)
            return too_many (error, BS_FORMAT_ERROR_TOO_DEEP,
                             _("“%s”, line %d: elements are nested far more deeply than in any Blendscan file; the file is refused."),
                             display_name, line);
          i = j + 1;
        }
    }

  return TRUE;
}

/* Walks the tree without recursion: one visit per element however deep the
 * nesting, and no stack to exhaust. */
int
_bs_xml_tree_depth (xmlNode *root)
{
  xmlNode *node = root;
  int depth = 1;
  int max = 1;

  if (root == NULL)
    return 0;

  for (;;)
    {
      xmlNode *child = _bs_xml_first_element (node);

      if (child != NULL)
        {
          node = child;
          depth++;
          max = MAX (max, depth);
          continue;
        }

      while (node != root)
        {
          xmlNode *next = _bs_xml_next_element (node);

          if (next != NULL)
            {
              node = next;
              break;
            }
          node = node->parent;
          depth--;
        }

      if (node == root)
        return max;
    }
}

/* The DOCTYPE is where entities (XXE, "billion laughs") are declared; our
 * formats never have one, so the parser stops the moment it sees it. */
static void
internal_subset_cb (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  ReadState *state = ctxt->_private;

  state->saw_doctype = TRUE;
  state->doctype_line = ctxt->input != NULL ? ctxt->input->line : 0;
  xmlStopParser (ctxt);
}

/* libxml2 reports some errors (out of memory, huge text nodes) on
 * standard error even with XML_PARSE_NOERROR, over several lines and
 * quoting the file; the error is kept in the context all the same, and
 * is told in our words from there. */
static void
quiet_error_cb (void           *user_data,
                const xmlError *err)
{
}

char *
_bs_xml_display_name (const char *path)
{
  return g_filename_display_name (path);
}

static char *
element_name (const char *name)
{
  g_autofree char *escaped = bs_text_escape (name, 40);

  return g_strdup_printf ("<%s>", escaped);
}

/* Whether line @line of @data has an "&" that does not start a reference
 * ("&name;" or "&#…;"): libxml2 gives such a stray "&" the same code as
 * other missing names, so the line itself tells them apart. */
static gboolean
line_has_stray_ampersand (const char *data,
                          gsize       len,
                          int         line)
{
  const char *p = data;
  const char *end = data + len;
  const char *eol;

  for (int i = 1; i < line && p != NULL; i++)
    {
      p = memchr (p, '\n', end - p);
      if (p != NULL)
        p++;
    }
  if (p == NULL || line < 1)
    return FALSE;

  eol = memchr (p, '\n', end - p);
  if (eol == NULL)
    eol = end;

  for (; p < eol; p++)
    {
      const char *q = p + 1;

      if (*p != '&')
        continue;
      if (q < eol && *q == '#')
        q++;
      while (q < eol && (g_ascii_isalnum (*q) || *q == '_' || *q == ':' || *q == '.' || *q == '-' || (guchar) *q >= 0x80))
        q++;
      if (q == p + 1 || q >= eol || *q != ';')
        return TRUE;
    }

  return FALSE;
}

/* One line per problem, in the user's language: libxml2's own messages are
 * English, span lines and quote the file, so only its error code is used,
 * and names from the file are quoted with control characters escaped. */
static void
set_parse_error (const xmlError  *err,
                 const char      *data,
                 gsize            len,
                 const char      *display_name,
                 GError         **error)
{
  gsize last = len;
  int line = err ? err->line : 0;
  int code = err ? err->code : 0;
  gboolean truncated;

  /* A file cut off while copying ends in the middle of a tag, or ends
   * with elements left open; any other error is damage inside it. */
  while (last > 0 && g_ascii_isspace (data[last - 1]))
    last--;
  truncated = code == XML_ERR_TAG_NOT_FINISHED ||
              (last > 0 && data[last - 1] != '>');

  switch (code)
    {
    case XML_ERR_INTERNAL_ERROR:
    case XML_ERR_NO_MEMORY:
      {
        g_autofree char *max = g_format_size (BS_TEXT_MAX_LENGTH);

        /* libxml2's own limits (10,000,000 bytes for one text or name,
         * 256 levels of nesting) are far beyond ours. */
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                     _("“%s”, line %d: a text or a name in the file is far longer than Blendscan reads (a text can be at most %s), so the file is refused."),
                     display_name, line, max);
      }
      return;

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_ENCODING:
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_ENCODING,
                   _("“%s”, line %d: the file contains a character that XML does not allow (a control character written as a character reference such as “&#11;”)."),
                   display_name, line);
      return;

    case XML_ERR_NAME_REQUIRED:
      if (!line_has_stray_ampersand (data, len, line))
        break;
      G_GNUC_FALLTHROUGH;
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_NOT_FINISHED:
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MALFORMED,
                   _("“%s”, line %d: the file is damaged: it has an “&” that is not written as “&amp;”, or names an entity that does not exist."),
                   display_name, line);
      return;

    default:
      break;
    }

  if (truncated)
    g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TRUNCATED,
                 _("“%s” ends too early (line %d): the file is incomplete, perhaps because copying or saving it was interrupted."),
                 display_name, line);
  else if (code == XML_ERR_TAG_NAME_MISMATCH && err->str1 != NULL && err->str2 != NULL)
    {
      g_autofree char *open = element_name (err->str1);
      g_autofree char *close = element_name (err->str2);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MALFORMED,
                   _("“%s”, line %d: the file is damaged: the element %s opened on line %d is closed as %s."),
                   display_name, line, open, err->int1, close);
    }
  else
    g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MALFORMED,
                 _("“%s”, line %d: the file is damaged or is not an XML file (XML error %d)."),
                 display_name, line, code);
}

xmlDoc *
_bs_xml_read_memory (const char  *data,
                     gsize        len,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *cleaned = NULL;
  ReadState state = { 0 };
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  const char *end = NULL;
  gsize blank = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (len > BS_XML_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *max = g_format_size (BS_XML_MAX_FILE_SIZE);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                   _("“%s” is too large (%s). Blendscan files are at most %s, so this cannot be one."),
                   display_name, size, max);
      return NULL;
    }

  while (blank < len && (data[blank] == ' ' || data[blank] == '\t' ||
                         data[blank] == '\r' || data[blank] == '\n'))
    blank++;
  if (blank == len)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TRUNCATED,
                   _("“%s” is empty. It may have been cut off while it was copied or saved."),
                   display_name);
      return NULL;
    }

  if (!refuse_foreign (data, len, display_name, error))
    return NULL;

  if (!g_utf8_validate (data, len, &end))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_ENCODING,
                   _("“%s”, line %d: the file is not valid UTF-8 text. Blendscan files are always saved as UTF-8; this one was damaged or saved by another program in another encoding."),
                   display_name, line_of_offset (data, end - data));
      return NULL;
    }

  /* Earlier versions saved control characters pasted into a text as they
   * were, which XML forbids; clean them by the model's own rule so that
   * those files open again (and are saved clean). */
  if (needs_cleaning (data, len))
    {
      g_autofree char *copy = g_strndup (data, len);

      cleaned = bs_text_clean (copy);
      data = cleaned;
      len = strlen (cleaned);
    }

  if (!check_limits (data, len, display_name, error))
    return NULL;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory");

  ctxt->_private = &state;
  ctxt->sax->internalSubset = internal_subset_cb;
  ctxt->sax->serror = (xmlStructuredErrorFunc) quiet_error_cb;
  /* Comments and processing instructions mean nothing to Blendscan; left
   * out of the tree, a file full of them costs no memory. */
  ctxt->sax->comment = NULL;
  ctxt->sax->processingInstruction = NULL;

  /* No XML_PARSE_NOENT (entity expansion), no DTDLOAD/DTDATTR, and no
   * network at all. XML_PARSE_HUGE, because libxml2's default limits are
   * not ours: without it, a file of more than 10,000,000 bytes with long
   * texts fails ("Huge input lookup") although every text is within our
   * limit. Ours are kept before it parses: the size of the file (so of any
   * text or name in it), the nesting, the counts, and no DOCTYPE (so no
   * entity can grow); each text's length is checked on the tree. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) len, NULL, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR |
                           XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
                           XML_PARSE_HUGE);

  if (state.saw_doctype)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DOCTYPE,
                   _("“%s”, line %d: the file contains a document type declaration (<!DOCTYPE …>). Blendscan files never have one, and it is refused because it could make the file read other files or grow without limit."),
                   display_name, state.doctype_line);
      return NULL;
    }

  if (doc == NULL || !ctxt->wellFormed)
    {
      set_parse_error (xmlCtxtGetLastError (ctxt), data, len, display_name, error);
      return NULL;
    }

  if (_bs_xml_tree_depth (xmlDocGetRootElement (doc)) > BS_XML_MAX_DEPTH)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_DEEP,
                   _("“%s”: elements are nested far more deeply than in any Blendscan file; the file is refused."),
                   display_name);
      return NULL;
    }

  return g_steal_pointer (&doc);
}

static gboolean
set_too_large (const char  *display_name,
               goffset      size,
               GError     **error)
{
  g_autofree char *max = g_format_size (BS_XML_MAX_FILE_SIZE);

  if (size > 0)
    {
      g_autofree char *formatted = g_format_size (size);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                   _("“%s” is too large (%s). Blendscan files are at most %s, so this cannot be one."),
                   display_name, formatted, max);
    }
  else
    g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                 _("“%s” is too large (more than %s). Blendscan files are at most %s, so this cannot be one."),
                 display_name, max, max);

  return FALSE;
}

/* Reads at most one byte more than a file may have: the size that stat
 * gives can be wrong (files in /proc say 0 and never end), so the limit is
 * kept while reading. */
static gboolean
read_capped (const char  *path,
             const char  *display_name,
             char       **contents,
             gsize       *length,
             GError     **error)
{
  g_autofree char *buf = NULL;
  gsize len = 0;
  gsize size;
  struct stat st;
  int fd;

  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO,
                   _("Could not open “%s”: %s."), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO,
                   _("Could not open “%s”: it is not a file."), display_name);
      close (fd);
      return FALSE;
    }

  if (st.st_size > BS_XML_MAX_FILE_SIZE)
    {
      close (fd);
      return set_too_large (display_name, st.st_size, error);
    }

  /* Sizes stay multiples of 8: some files in /proc refuse other reads. */
  size = MAX (((gsize) st.st_size + 8) & ~(gsize) 7, 65536);
  buf = g_malloc (size + 1);
  for (;;)
    {
      gssize n;

      if (len > BS_XML_MAX_FILE_SIZE)
        {
          close (fd);
          return set_too_large (display_name, 0, error);
        }
      if (len == size)
        {
          size = MIN (size * 2, (gsize) BS_XML_MAX_FILE_SIZE + 8);
          buf = g_realloc (buf, size + 1);
        }

      n = read (fd, buf + len, size - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO,
                       _("Could not read “%s”: %s."), display_name, g_strerror (saved_errno));
          close (fd);
          return FALSE;
        }
      if (n == 0)
        break;
      len += n;
    }

  close (fd);
  buf[len] = '\0';
  *contents = g_steal_pointer (&buf);
  *length = len;
  return TRUE;
}

xmlDoc *
_bs_xml_read_file (const char  *path,
                   GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  display_name = _bs_xml_display_name (path);
  if (!read_capped (path, display_name, &contents, &len, error))
    return NULL;

  return _bs_xml_read_memory (contents, len, display_name, error);
}

/* Tells "not ours" from "ours but newer" before the schema is consulted, so
 * that a file from a later version is refused with a message that says so
 * instead of a list of elements this version does not know. */
gboolean
_bs_xml_check_root (xmlDoc      *doc,
                    const char  *ns,
                    const char  *root_name,
                    int          max_format,
                    const char  *display_name,
                    GError     **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *format = NULL;
  guint64 version = 0;

  if (root == NULL || root->ns == NULL ||
      g_strcmp0 ((const char *) root->ns->href, ns) != 0 ||
      g_strcmp0 ((const char *) root->name, root_name) != 0)
    {
      if (root != NULL && g_strcmp0 ((const char *) root->name, root_name) == 0)
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                     _("“%s” is not a Blendscan file: its <%s> element belongs to another format (namespace “%s”)."),
                     display_name, root_name,
                     root->ns != NULL ? (const char *) root->ns->href : _("none"));
      else if (g_str_equal (root_name, "assessment"))
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                     _("“%s” is not a Blendscan assessment: it is an XML file of another kind (its main element is <%s>)."),
                     display_name, root ? (const char *) root->name : "?");
      else
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                     _("“%s” is not a Blendscan framework: it is an XML file of another kind (its main element is <%s>)."),
                     display_name, root ? (const char *) root->name : "?");
      return FALSE;
    }

  format = _bs_xml_attr (root, "format");
  if (format == NULL ||
      !g_ascii_string_to_unsigned (format, 10, 1, G_MAXINT, &version, NULL))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_SCHEMA,
                   _("“%s”, line %d: the file does not say which format version it uses (the “format” attribute is missing or not a number)."),
                   display_name, _bs_xml_line (root));
      return FALSE;
    }

  if (version > (guint64) max_format)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_NEWER_VERSION,
                   _("“%s” uses format version %d, made by a newer version of Blendscan; this version reads format %d and older. Update Blendscan to open it. The file was not changed."),
                   display_name, (int) version, max_format);
      return FALSE;
    }

  return TRUE;
}

static xmlRelaxNGPtr
get_schema (const char *resource)
{
  xmlRelaxNGPtr schema;

  G_LOCK (schemas);

  if (schemas == NULL)
    schemas = g_hash_table_new (g_str_hash, g_str_equal);

  schema = g_hash_table_lookup (schemas, resource);
  if (schema == NULL)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(xmlRelaxNGParserCtxt) pctxt = NULL;
      gsize len;
      const char *data;

      bytes = g_resources_lookup_data (resource, 0, NULL);
      if (bytes == NULL)
        g_error ("Schema %s missing from the resources", resource);

      data = g_bytes_get_data (bytes, &len);
      pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) len);
      schema = xmlRelaxNGParse (pctxt);
      if (schema == NULL)
        g_error ("Schema %s does not compile", resource);

      g_hash_table_insert (schemas, (gpointer) g_intern_string (resource), schema);
    }

  G_UNLOCK (schemas);

  return schema;
}

/* libxml2 words schema errors for programmers, in English; say them in
 * terms of the file's elements, picked by the error's code, never by its
 * text. str1 and str2 are the names or values the message is about. */
static char *
explain_schema_error (const xmlError *err)
{
  g_autofree char *a = element_name (err->str1 ? err->str1 : "");
  g_autofree char *b = element_name (err->str2 ? err->str2 : "");
  g_autofree char *parent = element_name (err->node != NULL ? (const char *) ((xmlNode *) err->node)->name : "");

  switch (err->code)
    {
    case XML_RELAXNG_ERR_ELEMWRONG:
      return g_strdup_printf (_("the element %s is not allowed at this place"), a);
    case XML_RELAXNG_ERR_ELEMNAME:
      return g_strdup_printf (_("expected the element %s here, but found %s"), a, b);
    case XML_RELAXNG_ERR_EXTRACONTENT:
      return g_strdup_printf (_("the element %s contains %s, which is not allowed there"), a, b);
    case XML_RELAXNG_ERR_INVALIDATTR:
      {
        g_autofree char *attr = bs_text_quote (err->str1, 40);
        xmlChar *raw = NULL;

        /* The same error is given for an unknown attribute and for a known
         * one with a value its type refuses; show the value, if any. */
        if (err->node != NULL && err->str1 != NULL &&
            ((xmlNode *) err->node)->type == XML_ELEMENT_NODE)
          raw = xmlGetProp (err->node, (const xmlChar *) err->str1);

        if (raw != NULL)
          {
            g_autofree char *value = bs_text_quote ((const char *) raw, 60);

            xmlFree (raw);
            return g_strdup_printf (_("the attribute %s on the element %s is not allowed there, or its value %s is not valid"),
                                    attr, b, value);
          }

        return g_strdup_printf (_("the attribute %s is not allowed on the element %s"), attr, b);
      }
    case XML_RELAXNG_ERR_ATTRVALID:
      return g_strdup_printf (_("the element %s lacks a required attribute or has an invalid value in one"), a);
    case XML_RELAXNG_ERR_TYPE:
    case XML_RELAXNG_ERR_TYPEVAL:
    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_VALUE:
      {
        const char *type = err->code != XML_RELAXNG_ERR_VALUE ? err->str1 : NULL;
        g_autofree char *text = NULL;
        g_autofree char *value = NULL;

        if (err->code == XML_RELAXNG_ERR_TYPEVAL)
          text = g_strdup (err->str2);
        else if (err->code == XML_RELAXNG_ERR_VALUE)
          text = g_strdup (err->str1);
        else if (err->node != NULL && _bs_xml_first_element (err->node) == NULL)
          text = _bs_xml_text (err->node);
        if (text != NULL)
          value = bs_text_quote (text, 60);

        if (g_strcmp0 (type, "date") == 0 && value != NULL)
          return g_strdup_printf (_("%s is not a date written as YYYY-MM-DD (year 0001 to 9999)"), value);
        if (g_strcmp0 (type, "date") == 0)
          return g_strdup_printf (_("the element %s has a date that is not written as YYYY-MM-DD (year 0001 to 9999)"), parent);
        if (value != NULL)
          return g_strdup_printf (_("the value %s is not allowed here"), value);
        return g_strdup_printf (_("the element %s has a value that is not allowed"), parent);
      }
    case XML_RELAXNG_ERR_NOELEM:
      if (err->str1 != NULL && err->str1[0] != '\0')
        return g_strdup_printf (_("the element %s is missing"), a);
      return g_strdup_printf (_("the element %s lacks an element it must contain"), parent);
    case XML_RELAXNG_ERR_CONTENTVALID:
      return g_strdup_printf (_("the content of the element %s is not valid"), a);
    case XML_RELAXNG_ERR_NOTELEM:
    case XML_RELAXNG_ERR_TEXTWRONG:
      return g_strdup_printf (_("the element %s holds text where it may not"), parent);
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
    case XML_RELAXNG_ERR_DATAELEM:
    case XML_RELAXNG_ERR_VALELEM:
    case XML_RELAXNG_ERR_LISTELEM:
      return g_strdup_printf (_("the element %s holds elements where it may not"), a);
    case XML_RELAXNG_ERR_ELEMNONS:
    case XML_RELAXNG_ERR_ELEMWRONGNS:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
      return g_strdup_printf (_("the element %s belongs to another format (its namespace is wrong)"), a);
    case XML_RELAXNG_ERR_LACKDATA:
      return g_strdup_printf (_("the element %s is empty but must hold a value"), a);
    default:
      return g_strdup_printf (_("its structure is not valid (schema error %d)"), err->code);
    }
}

static void
schema_error_cb (void           *user_data,
                 const xmlError *err)
{
  xmlError *first = user_data;

  if (first->code == 0 && err->code != 0)
    {
      xmlCopyError ((xmlError *) err, first);
      first->node = err->node;
      if (err->node != NULL && first->line == 0)
        first->line = _bs_xml_line (err->node);
    }
}

gboolean
_bs_xml_validate (xmlDoc      *doc,
                  const char  *schema_resource,
                  const char  *display_name,
                  GError     **error)
{
  xmlRelaxNGPtr schema = get_schema (schema_resource);
  g_autoptr(xmlRelaxNGValidCtxt) vctxt = NULL;
  xmlError first = { 0 };
  int ret;

  vctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, (xmlStructuredErrorFunc) schema_error_cb, &first);
  ret = xmlRelaxNGValidateDoc (vctxt, doc);

  if (ret != 0)
    {
      g_autofree char *msg = first.code != 0 ? explain_schema_error (&first)
                                             : g_strdup (_("its structure is not valid"));

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_SCHEMA,
                   _("“%s”, line %d: the file does not follow the Blendscan format: %s."),
                   display_name, first.line, msg);
      xmlResetError (&first);
      return FALSE;
    }

  return TRUE;
}

char *
_bs_xml_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *ret = g_strdup ((const char *) content);

  xmlFree (content);
  return ret;
}

char *
_bs_xml_attr (xmlNode    *node,
              const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *ret = g_strdup ((const char *) value);

  xmlFree (value);
  return ret;
}

gboolean
_bs_xml_is (xmlNode    *node,
            const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

xmlNode *
_bs_xml_next_element (xmlNode *node)
{
  for (node = node->next; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

xmlNode *
_bs_xml_first_element (xmlNode *parent)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

int
_bs_xml_line (xmlNode *node)
{
  return node != NULL ? (int) xmlGetLineNo (node) : 0;
}
