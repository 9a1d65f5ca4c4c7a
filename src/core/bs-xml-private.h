/* bs-xml-private.h: hardened XML reading shared by the file formats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Real files are a few hundred kilobytes; anything far larger is a mistake
 * or an attack, and is refused before it is read into memory (and while it
 * is read: the size stat gives can be wrong). Saving refuses to write a
 * larger file, so whatever Blendscan writes opens again. */
#define BS_XML_MAX_FILE_SIZE (16 * 1024 * 1024)
/* The deepest valid file nests six elements; leave room, refuse the rest. */
#define BS_XML_MAX_DEPTH 32
/* Counted in the bytes before the parser sees them (docs/file-formats.md):
 * the default framework has about 1,300 elements and a full assessment a
 * few thousand; what goes far beyond is refused before it can cost minutes
 * and gigabytes in the parser and the schema validator. */
#define BS_XML_MAX_NODES 100000
#define BS_XML_MAX_ATTRIBUTES 200000
#define BS_XML_MAX_ATTRIBUTES_PER_ELEMENT 64
#define BS_XML_MAX_NAMESPACES 1000

#define BS_FRAMEWORK_NS  "urn:x-blendscan:framework"
#define BS_ASSESSMENT_NS "urn:x-blendscan:assessment"

/* libxml2 has no cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)

char     *_bs_xml_display_name   (const char  *path);
xmlDoc   *_bs_xml_read_file      (const char  *path,
                                  GError     **error);
xmlDoc   *_bs_xml_read_memory    (const char  *data,
                                  gsize        len,
                                  const char  *display_name,
                                  GError     **error);
gboolean  _bs_xml_check_root     (xmlDoc      *doc,
                                  const char  *ns,
                                  const char  *root_name,
                                  int          max_format,
                                  const char  *display_name,
                                  GError     **error);
gboolean  _bs_xml_validate       (xmlDoc      *doc,
                                  const char  *schema_resource,
                                  const char  *display_name,
                                  GError     **error);
int       _bs_xml_line           (xmlNode     *node);
int       _bs_xml_tree_depth     (xmlNode     *root);
char     *_bs_xml_text           (xmlNode     *node);
char     *_bs_xml_attr           (xmlNode     *node,
                                  const char  *name);
gboolean  _bs_xml_is             (xmlNode     *node,
                                  const char  *name);
xmlNode  *_bs_xml_first_element  (xmlNode     *parent);
xmlNode  *_bs_xml_next_element   (xmlNode     *node);

#define _bs_xml_foreach_element(child, parent) \
  for (xmlNode *child = _bs_xml_first_element (parent); child != NULL; child = _bs_xml_next_element (child))

G_END_DECLS
