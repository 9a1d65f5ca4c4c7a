/* bs-cli-common.c: usage errors and loading, shared by the commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-cli-common.h"

void
bs_cli_usage_error (const char *message)
{
  g_printerr ("blendscan-cli: %s\n", message);
  g_printerr (_("Try “blendscan-cli --help” for more information.\n"));
}

/**
 * bs_cli_parse_options:
 * @summary: what the command does, for its --help
 *
 * Parses a command's options; on a usage error it says so itself and the
 * command returns %BS_EXIT_USAGE.
 */
gboolean
bs_cli_parse_options (const char          *summary,
                      const GOptionEntry  *entries,
                      int                 *argc,
                      char              ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (summary);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      bs_cli_usage_error (error->message);
      return FALSE;
    }

  return TRUE;
}

/* Reports a usage error itself; the caller only returns BS_EXIT_USAGE. */
gboolean
bs_cli_check_lang (const char *lang)
{
  g_autofree char *msg = NULL;

  if (lang == NULL || g_str_equal (lang, "nl") || g_str_equal (lang, "en"))
    return TRUE;

  msg = g_strdup_printf (_("unknown language “%s”; use nl or en"), lang);
  bs_cli_usage_error (msg);
  return FALSE;
}

/**
 * bs_cli_load_framework:
 * @path: (nullable): a framework file given with --framework
 * @failed: (out): set when @path was given but could not be read
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL when none
 *   was asked for or it failed (the message is printed)
 */
BsFramework *
bs_cli_load_framework (const char *path,
                       gboolean   *failed)
{
  g_autoptr(GError) error = NULL;
  BsFramework *framework;

  *failed = FALSE;
  if (path == NULL)
    return NULL;

  framework = bs_framework_new_from_file (path, &error);
  if (framework == NULL)
    {
      g_printerr ("%s\n", error->message);
      *failed = TRUE;
    }

  return framework;
}

/**
 * bs_cli_load_assessment:
 *
 * Returns: (transfer full) (nullable): the assessment; on failure the
 *   message is printed and the command exits with %BS_EXIT_INVALID
 */
BsAssessment *
bs_cli_load_assessment (const char *path,
                        const char *framework_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = NULL;
  BsAssessment *assessment;
  gboolean failed;

  framework = bs_cli_load_framework (framework_path, &failed);
  if (failed)
    return NULL;

  assessment = bs_assessment_load (path, framework, &error);
  if (assessment == NULL)
    g_printerr ("%s\n", error->message);

  return assessment;
}
