/* bs-cli-merge.c: blendscan-cli merge, respondents' questionnaires into a team assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"
#include "bs-cli-team.h"

/* Reports a usage error itself. */
static gboolean
check_options (gpointer user_data)
{
  char **output = user_data;

  if (g_str_equal (*output, "-"))
    {
      bs_cli_usage_error (_("merge writes the team file itself; -o - is not possible"));
      return FALSE;
    }

  return TRUE;
}

int
bs_cli_cmd_merge (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) team = NULL;
  g_autofree char *output = NULL;
  g_autofree char *framework_path = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  guint before;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The team file to add the respondents to; made when it does not exist"), N_("TEAM") },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use this framework file instead of the one the files name"), N_("FILE") },
    { NULL }
  };
  const BsCliCommand command = {
    .summary = _("-o TEAM FILE… — add respondents’ questionnaires to a team assessment"),
    .entries = entries,
    .many_files = TRUE,
    .files_error = _("merge needs at least one respondent file"),
    .required = { { &output, _("merge needs the team file: -o TEAM.blendscan") } },
    .check = check_options,
    .check_data = &output,
    .output = &output,
    .inputs = { &framework_path },
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;

  for (int i = 1; i < argc; i++)
    g_ptr_array_add (paths, argv[i]);
  g_ptr_array_add (paths, NULL);

  team = bs_cli_open_team (output, argv[1], framework_path);
  if (team == NULL)
    return BS_EXIT_INVALID;

  before = bs_team_get_n_respondents (bs_assessment_get_team (team));
  if (!bs_team_merge_files (team, (const char * const *) paths->pdata, &error))
    {
      g_printerr ("%s\n", error->message);
      g_printerr (_("Nothing was written.\n"));
      return BS_EXIT_INVALID;
    }

  return bs_cli_save_team (team, output, before);
}
