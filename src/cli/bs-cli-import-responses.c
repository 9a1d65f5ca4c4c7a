/* bs-cli-import-responses.c: blendscan-cli import-responses, a survey export (questionnaire CSV) into a team assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"
#include "bs-cli-team.h"

typedef struct
{
  char **output;
  char **assessment_path;
} ImportOptions;

/* Reports a usage error itself. A new team needs its unit and levels,
 * which only the assessment the questionnaire was made from knows. */
static gboolean
check_options (gpointer user_data)
{
  ImportOptions *options = user_data;

  if (g_str_equal (*options->output, "-"))
    {
      bs_cli_usage_error (_("import-responses writes the team file itself; -o - is not possible"));
      return FALSE;
    }
  if (*options->assessment_path == NULL && !g_file_test (*options->output, G_FILE_TEST_EXISTS))
    {
      g_autofree char *msg = NULL;

      /* Translators: %s is the team file -o names */
      msg = g_strdup_printf (_("“%s” does not exist yet; to make it, give the assessment the questionnaire "
                               "was made from: --assessment FILE"), *options->output);
      bs_cli_usage_error (msg);
      return FALSE;
    }

  return TRUE;
}

int
bs_cli_cmd_import_responses (int    argc,
                             char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) team = NULL;
  g_autoptr(BsTeamCsv) csv = NULL;
  g_autofree char *output = NULL;
  g_autofree char *framework_path = NULL;
  g_autofree char *assessment_path = NULL;
  ImportOptions options = { &output, &assessment_path };
  const guint *skipped;
  guint n_skipped, before;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The team file to add the respondents to; made when it does not exist"), N_("TEAM") },
    { "assessment", 'a', 0, G_OPTION_ARG_FILENAME, &assessment_path,
      N_("The assessment the questionnaire was made from: a new team file takes its framework, unit and levels"),
      N_("FILE") },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use this framework file instead of the one the files name"), N_("FILE") },
    { NULL }
  };
  const BsCliCommand command = {
    .summary = _("CSV -o TEAM [--assessment FILE] — add a survey’s answers, a respondent per row, to a team assessment"),
    .entries = entries,
    .files_error = _("import-responses needs exactly one CSV file"),
    .required = { { &output, _("import-responses needs the team file: -o TEAM.blendscan") } },
    .check = check_options,
    .check_data = &options,
    .output = &output,
    .inputs = { &assessment_path, &framework_path },
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;

  team = bs_cli_open_team (output, assessment_path, framework_path);
  if (team == NULL)
    return BS_EXIT_INVALID;

  before = bs_team_get_n_respondents (bs_assessment_get_team (team));
  csv = bs_team_csv_read_file (team, argv[1], &error);
  if (csv == NULL || !bs_team_csv_add (csv, team, &error))
    {
      g_printerr ("%s\n", error->message);
      g_printerr (_("Nothing was written.\n"));
      return BS_EXIT_INVALID;
    }

  skipped = bs_team_csv_get_skipped (csv, &n_skipped);
  if (n_skipped > 0)
    {
      g_autoptr(GString) rows = g_string_new (NULL);
      g_autofree char *display = g_filename_display_name (argv[1]);

      for (guint i = 0; i < n_skipped; i++)
        g_string_append_printf (rows, "%s%u", i > 0 ? ", " : "", skipped[i]);
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               /* Translators: the first %s is a file name, the second the list of row numbers */
                               "“%s”: skipped the row without any answer: %s\n",
                               "“%s”: skipped the rows without any answer: %s\n", n_skipped),
                  display, rows->str);
    }

  return bs_cli_save_team (team, output, before);
}
