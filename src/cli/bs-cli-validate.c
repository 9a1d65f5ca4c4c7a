/* bs-cli-validate.c: blendscan-cli validate, checking framework and assessment files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"

int
bs_cli_cmd_validate (int    argc,
                     char **argv)
{
  g_autoptr(BsFramework) framework = NULL;
  g_autofree char *framework_path = NULL;
  gboolean quiet = FALSE;
  gboolean lint = FALSE;
  gboolean warned = FALSE;
  gboolean failed;
  int status;
  const GOptionEntry entries[] = {
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Check assessments against this framework file"), N_("FILE") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      N_("Print only problems"), NULL },
    { "lint", 'l', 0, G_OPTION_ARG_NONE, &lint,
      N_("Also check frameworks against the authoring rules; exit 3 when one breaks a rule"), NULL },
    { NULL }
  };
  const BsCliCommand command = {
    .summary = _("FILE… — check framework and assessment files"),
    .entries = entries,
    .many_files = TRUE,
    .files_error = _("validate needs at least one file"),
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;

  framework = bs_cli_load_framework (framework_path, &failed);
  if (failed)
    return BS_EXIT_INVALID;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GObject) object = NULL;
      g_autoptr(GError) local_error = NULL;
      BsFileKind kind;

      if (!bs_file_load (argv[i], framework, &kind, &object, &local_error))
        {
          g_printerr ("%s\n", local_error->message);
          status = BS_EXIT_INVALID;
          continue;
        }

      if (lint && kind == BS_FILE_KIND_FRAMEWORK)
        {
          g_autoptr(GPtrArray) findings = bs_framework_lint_file (argv[i], &local_error);

          if (findings == NULL)
            {
              g_printerr ("%s\n", local_error->message);
              status = BS_EXIT_INVALID;
              continue;
            }
          for (guint j = 0; j < findings->len; j++)
            {
              g_autofree char *line = bs_lint_finding_format (g_ptr_array_index (findings, j), argv[i]);

              g_print ("%s\n", line);
            }
          if (findings->len > 0)
            warned = TRUE;
          if (!quiet)
            g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u warning\n", "%s: %u warnings\n", findings->len),
                     argv[i], findings->len);
        }

      if (quiet)
        continue;

      if (kind == BS_FILE_KIND_FRAMEWORK)
        /* Translators: %s is a file name */
        g_print (_("%s: valid framework (%u statements)\n"), argv[i],
                 bs_framework_get_n_statements (BS_FRAMEWORK (object)));
      else
        {
          g_autofree char *counts = NULL;
          BsScore total;

          bs_score_assessment (BS_ASSESSMENT (object), &total);
          counts = bs_score_format_counts (bs_score_n_scored_statements (&total), total.not_applicable,
                                           total.unknown);
          /* Translators: %s is a file name, then e.g. "(4 of 5 statements
           * answered: 3 scored, 1 N/A)" */
          g_print (_("%s: valid assessment (%u of %u statements answered: %s)\n"), argv[i],
                   total.answered, total.total, counts);
        }
    }

  /* An invalid file outweighs a warning. */
  if (status == BS_EXIT_OK && warned)
    return BS_EXIT_WARNINGS;

  return status;
}
