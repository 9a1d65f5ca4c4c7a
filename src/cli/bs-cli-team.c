/* bs-cli-team.c: opening or making the team file that merge and import-responses add to, and saving it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-cli-common.h"
#include "bs-cli-team.h"

/**
 * bs_cli_open_team:
 * @team_path: the team file (-o)
 * @source_path: (nullable): what a new team is made from when @team_path
 *   does not exist: its framework, title, institution, unit, date and levels
 * @framework_path: (nullable): --framework
 *
 * Opens the team file to add to; an existing assessment without
 * respondents (the one the questionnaires were handed out from) becomes
 * the team. A respondent's questionnaire is not a team. When the file
 * does not exist a new team is made from @source_path.
 *
 * Returns: (transfer full) (nullable): the team; on %NULL the message is
 *   printed and the command exits with %BS_EXIT_INVALID
 */
BsAssessment *
bs_cli_open_team (const char *team_path,
                  const char *source_path,
                  const char *framework_path)
{
  g_autoptr(BsAssessment) source = NULL;

  if (g_file_test (team_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(BsAssessment) team = bs_cli_load_assessment (team_path, framework_path);

      if (team == NULL)
        return NULL;
      if (bs_assessment_is_respondent_file (team))
        {
          g_autofree char *display = g_filename_display_name (team_path);

          /* Translators: %s is the file -o names */
          g_printerr (_("“%s” is one respondent’s questionnaire, not a team assessment; "
                        "-o names the team file to add to (or a new one to make)\n"), display);
          return NULL;
        }

      return g_steal_pointer (&team);
    }

  g_return_val_if_fail (source_path != NULL, NULL);
  source = bs_cli_load_assessment (source_path, framework_path);
  if (source == NULL)
    return NULL;

  return bs_assessment_new_team (source);
}

/**
 * bs_cli_save_team:
 * @before: how many respondents the team had before
 *
 * Saves the team atomically and says how many respondents joined.
 *
 * Returns: %BS_EXIT_OK, or %BS_EXIT_INVALID after printing why not
 */
int
bs_cli_save_team (BsAssessment *team,
                  const char   *team_path,
                  guint         before)
{
  g_autoptr(GError) error = NULL;
  guint after = bs_team_get_n_respondents (bs_assessment_get_team (team));

  if (!bs_assessment_save (team, team_path, &error))
    {
      g_printerr ("%s\n", error->message);
      return BS_EXIT_INVALID;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        /* Translators: the first %u is how many respondents joined, the second how many the team has now */
                        "Added %u respondent; the team now has %u.\n",
                        "Added %u respondents; the team now has %u.\n", after - before),
           after - before, after);

  return BS_EXIT_OK;
}
