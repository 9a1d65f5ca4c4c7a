/* bs-file.c: open a file that may be a framework or an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bs-assessment-private.h"
#include "bs-error.h"
#include "bs-file.h"
#include "bs-framework-private.h"
#include "bs-xml-private.h"

/**
 * bs_file_load:
 * @path: a framework or assessment file
 * @framework: (nullable): the framework to check an assessment against
 * @kind: (out): what the file turned out to be
 * @object: (out) (transfer full): the #BsFramework or #BsAssessment
 *
 * Reads the file once, tells its kind by its root element and loads it
 * with all the checks of that kind.
 */
gboolean
bs_file_load (const char   *path,
              BsFramework  *framework,
              BsFileKind   *kind,
              GObject     **object,
              GError      **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *display_name = NULL;
  xmlNode *root;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  doc = _bs_xml_read_file (path, error);
  if (doc == NULL)
    return FALSE;

  display_name = _bs_xml_display_name (path);
  root = xmlDocGetRootElement (doc);

  if (root->ns != NULL && g_strcmp0 ((const char *) root->ns->href, BS_FRAMEWORK_NS) == 0)
    {
      *kind = BS_FILE_KIND_FRAMEWORK;
      *object = (GObject *) _bs_framework_new_from_doc (doc, path, display_name, error);
    }
  else if (root->ns != NULL && g_strcmp0 ((const char *) root->ns->href, BS_ASSESSMENT_NS) == 0)
    {
      *kind = BS_FILE_KIND_ASSESSMENT;
      *object = (GObject *) _bs_assessment_load_doc (doc, display_name, framework, error);
    }
  else
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_WRONG_KIND,
                   _("“%s” is neither a Blendscan assessment nor a Blendscan framework (its main element is <%s>)."),
                   display_name, (const char *) root->name);
      return FALSE;
    }

  return *object != NULL;
}
