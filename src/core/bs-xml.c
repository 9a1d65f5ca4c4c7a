/* bs-xml.c: hardened XML reading: no network, no DTD, no entities, limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "bs-error.h"
#include "bs-xml-private.h"

typedef struct
{
  gboolean saw_doctype;
  int      doctype_line;
} ReadState;

static GHashTable *schemas;
G_LOCK_DEFINE_STATIC (schemas);

static int
line_of_offset (const char *data,
                gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

static char *
strip_message (const char *message)
{
  char *s = g_strdup (message != NULL ? message : "");

  return g_strstrip (s);
}

static int
tree_depth (xmlNode *node,
            int      depth)
{
  int max = depth;

  if (depth > BS_XML_MAX_DEPTH)
    return depth;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      max = MAX (max, tree_depth (child, depth + 1));

  return max;
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

char *
_bs_xml_display_name (const char *path)
{
  return g_filename_display_name (path);
}

xmlDoc *
_bs_xml_read_memory (const char  *data,
                     gsize        len,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  ReadState state = { 0 };
  xmlParserCtxtPtr ctxt;
  const char *end = NULL;

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

  if (len == 0 || strspn (data, " \t\r\n") == len)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TRUNCATED,
                   _("“%s” is empty. It may have been cut off while it was copied or saved."),
                   display_name);
      return NULL;
    }

  if (!g_utf8_validate (data, len, &end))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_ENCODING,
                   _("“%s”, line %d: the file is not valid UTF-8 text. Blendscan files are always saved as UTF-8; this one was damaged or saved by another program in another encoding."),
                   display_name, line_of_offset (data, end - data));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory");

  ctxt->_private = &state;
  ctxt->sax->internalSubset = internal_subset_cb;

  /* No XML_PARSE_NOENT (entity expansion), no DTDLOAD/DTDATTR, no HUGE (keeps
   * libxml2's own limits on names, text and depth), and no network at all. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) len, NULL, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR |
                           XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);

  if (state.saw_doctype)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DOCTYPE,
                   _("“%s”, line %d: the file contains a document type declaration (<!DOCTYPE …>). Blendscan files never have one, and it is refused because it could make the file read other files or grow without limit."),
                   display_name, state.doctype_line);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }

  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *err = xmlCtxtGetLastError (ctxt);
      gsize last = len;
      gboolean truncated;
      g_autofree char *msg = strip_message (err ? err->message : NULL);
      int line = err ? err->line : 0;
      int code = err ? err->code : 0;

      /* A file cut off while copying ends in the middle of a tag, or ends
       * with elements left open; any other error is damage inside it. */
      while (last > 0 && g_ascii_isspace (data[last - 1]))
        last--;
      truncated = code == XML_ERR_TAG_NOT_FINISHED ||
                  strstr (msg, "Premature end") != NULL ||
                  (last > 0 && data[last - 1] != '>');

      if (code == XML_ERR_INTERNAL_ERROR && strstr (msg, "depth") != NULL)
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_DEEP,
                     _("“%s”, line %d: elements are nested far more deeply than in any Blendscan file; the file is refused."),
                     display_name, line);
      else if (code == XML_ERR_INVALID_CHAR || code == XML_ERR_INVALID_ENCODING)
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_ENCODING,
                     _("“%s”, line %d: the file contains characters that are not allowed in XML (%s)."),
                     display_name, line, msg);
      else if (truncated)
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TRUNCATED,
                     _("“%s” ends too early (line %d): the file is incomplete, perhaps because copying or saving it was interrupted."),
                     display_name, line);
      else if (strstr (msg, "EntityRef") != NULL || strstr (msg, "Entity '") != NULL)
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MALFORMED,
                     _("“%s”, line %d: the file is damaged: it has an “&” that is not written as “&amp;”, or names an entity that does not exist."),
                     display_name, line);
      else if (strstr (msg, "tag mismatch") != NULL)
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MALFORMED,
                     _("“%s”, line %d: the file is damaged: an element is closed with the wrong end tag (%s)."),
                     display_name, line, msg);
      else
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MALFORMED,
                     _("“%s”, line %d: the file is damaged or is not an XML file (%s)."),
                     display_name, line, msg);

      xmlFreeParserCtxt (ctxt);
      return NULL;
    }

  xmlFreeParserCtxt (ctxt);

  if (tree_depth (xmlDocGetRootElement (doc), 1) > BS_XML_MAX_DEPTH)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_DEEP,
                   _("“%s”: elements are nested far more deeply than in any Blendscan file; the file is refused."),
                   display_name);
      return NULL;
    }

  return g_steal_pointer (&doc);
}

xmlDoc *
_bs_xml_read_file (const char  *path,
                   GError     **error)
{
  g_autofree char *display_name = _bs_xml_display_name (path);
  g_autofree char *contents = NULL;
  GStatBuf st;
  gsize len = 0;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* Check the size first so that a huge file is never read into memory. */
  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO,
                   _("Could not open “%s”: %s."),
                   display_name, g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO,
                   _("Could not open “%s”: it is not a file."), display_name);
      return NULL;
    }

  if (st.st_size > BS_XML_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (st.st_size);
      g_autofree char *max = g_format_size (BS_XML_MAX_FILE_SIZE);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                   _("“%s” is too large (%s). Blendscan files are at most %s, so this cannot be one."),
                   display_name, size, max);
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &len, &local_error))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO,
                   _("Could not read “%s”: %s."), display_name, local_error->message);
      return NULL;
    }

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
      xmlRelaxNGParserCtxtPtr pctxt;
      gsize len;
      const char *data;

      bytes = g_resources_lookup_data (resource, 0, NULL);
      if (bytes == NULL)
        g_error ("Schema %s missing from the resources", resource);

      data = g_bytes_get_data (bytes, &len);
      pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) len);
      schema = xmlRelaxNGParse (pctxt);
      xmlRelaxNGFreeParserCtxt (pctxt);
      if (schema == NULL)
        g_error ("Schema %s does not compile", resource);

      g_hash_table_insert (schemas, (gpointer) g_intern_string (resource), schema);
    }

  G_UNLOCK (schemas);

  return schema;
}

/* libxml2 words schema errors for programmers; say the common ones in
 * terms of the file's elements, and keep the rest as they are. */
static char *
explain_schema_error (const char *message)
{
  static const struct {
    const char *pattern;
    const char *format;
  } rules[] = {
    { "^Did not expect element (\\S+) there$", N_("the element <%s> is not allowed at this place") },
    { "^Expecting element (\\S+), got (\\S+)$", N_("expected the element <%s> here, but found <%s>") },
    { "^Element (\\S+) has extra content: (\\S+)$", N_("the element <%s> contains <%s>, which is not allowed there") },
    { "^Invalid attribute (\\S+) for element (\\S+)$", N_("the attribute “%s” is not allowed on the element <%s>") },
    { "^Element (\\S+) failed to validate attributes$", N_("the element <%s> lacks a required attribute or has an invalid value in one") },
    { "^Type (\\S+) doesn't allow value '(.*)'$", N_("the value is not a valid %s: “%s”") },
    { "^Expecting an element (\\S+), got nothing$", N_("the element <%s> is missing") },
    { "^Element (\\S+) failed to validate content$", N_("the content of the element <%s> is not valid") },
    { "^Element (\\S+) is not allowed here$", N_("the element <%s> is not allowed at this place") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (rules[i].pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regex, message, 0, &match))
        {
          g_autofree char *a = g_match_info_fetch (match, 1);
          g_autofree char *b = g_match_info_fetch (match, 2);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          return g_strdup_printf (_(rules[i].format), a, b ? b : "");
#pragma GCC diagnostic pop
        }
    }

  return g_strdup (message);
}

static void
schema_error_cb (void        *user_data,
                 const xmlError *err)
{
  xmlError *first = user_data;

  if (first->message == NULL)
    {
      first->message = g_strdup (err->message);
      first->line = err->line;
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
  xmlRelaxNGValidCtxtPtr vctxt;
  xmlError first = { 0 };
  int ret;

  vctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, (xmlStructuredErrorFunc) schema_error_cb, &first);
  ret = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (ret != 0)
    {
      g_autofree char *raw = strip_message (first.message);
      g_autofree char *msg = raw[0] ? explain_schema_error (raw) : g_strdup (_("its structure is not valid"));

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_SCHEMA,
                   _("“%s”, line %d: the file does not follow the Blendscan format: %s."),
                   display_name, first.line, msg);
      g_free (first.message);
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
