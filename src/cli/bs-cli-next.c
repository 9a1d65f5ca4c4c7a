/* bs-cli-next.c: blendscan-cli next, the next cycle's assessment made from the previous one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"

typedef struct
{
  char     *output;
  char     *date;
  gboolean  force;
} NextOptions;

static void
next_options_clear (NextOptions *options)
{
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->date, g_free);
}

/* Freed on every return, the early ones included. */
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NextOptions, next_options_clear)

/* Reports a usage error itself. */
static gboolean
check_options (gpointer user_data)
{
  NextOptions *options = user_data;

  if (g_str_equal (options->output, "-"))
    {
      bs_cli_usage_error (_("next writes the new assessment to a file; -o - is not possible"));
      return FALSE;
    }

  if (options->date != NULL && !bs_date_is_valid_iso (options->date))
    {
      g_autofree char *msg = g_strdup_printf (_("--date “%s” is not a date written as YYYY-MM-DD"), options->date);

      bs_cli_usage_error (msg);
      return FALSE;
    }

  return TRUE;
}

int
bs_cli_cmd_next (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) previous = NULL;
  g_autoptr(BsAssessment) next = NULL;
  g_autoptr(BsFramework) framework = NULL;
  g_autofree char *framework_path = NULL;
  g_auto(NextOptions) options = { NULL, NULL, FALSE };
  BsBaseline *baseline;
  gboolean failed = FALSE;
  guint n_actions;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("The new assessment file"), N_("NEW") },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("The framework of the new cycle (a version of the previous one’s); the newest installed version if not given"), N_("FILE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date,
      N_("The date of the new assessment; today if not given"), N_("YYYY-MM-DD") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &options.force,
      N_("Replace NEW when it exists (a backup NEW~ is kept)"), NULL },
    { NULL }
  };
  const BsCliCommand command = {
    .summary = _("OLD -o NEW — start the next cycle: a new assessment with OLD as its baseline"),
    .entries = entries,
    .many_files = FALSE,
    .files_error = _("next needs exactly one assessment file, the previous cycle’s"),
    .required = { { &options.output, _("next needs the new file: -o NEW.blendscan") } },
    .check = check_options,
    .check_data = &options,
    .output = &options.output,
    .inputs = { &framework_path },
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;

  if (!options.force && g_file_test (options.output, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("“%s” exists already; give another file, or --force to replace it.\n"), options.output);
      return BS_EXIT_INVALID;
    }

  framework = bs_cli_load_framework (framework_path, &failed);
  if (failed)
    return BS_EXIT_INVALID;

  /* The previous assessment with the framework version it names. */
  previous = bs_cli_load_assessment (argv[1], NULL);
  if (previous == NULL)
    return BS_EXIT_INVALID;

  next = bs_assessment_new_next_cycle (previous, argv[1], framework, options.date, &error);
  if (next == NULL)
    {
      g_printerr (_("Cannot start the next cycle from “%s”: %s\n"), argv[1], error->message);
      g_printerr (_("Nothing was written.\n"));
      return BS_EXIT_INVALID;
    }

  if (!bs_assessment_save (next, options.output, &error))
    {
      g_printerr ("%s\n", error->message);
      return BS_EXIT_INVALID;
    }

  baseline = bs_assessment_get_baseline (next);
  n_actions = g_list_model_get_n_items (bs_assessment_get_actions (next));
  /* Translators: the first %s is the new file, the second the framework version, the third the previous file */
  g_print (_("Wrote “%s” (framework version %s), with “%s” as its baseline.\n"),
           options.output, bs_framework_get_version (bs_assessment_get_framework (next)),
           bs_baseline_get_path (baseline) != NULL ? bs_baseline_get_path (baseline) : argv[1]);
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Notes and evidence of %u statement carried over, marked “from last cycle”.\n",
                        "Notes and evidence of %u statements carried over, marked “from last cycle”.\n",
                        bs_assessment_count_carried_over (next)),
           bs_assessment_count_carried_over (next));
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "%u open action carried over.\n",
                        "%u open actions carried over.\n", n_actions),
           n_actions);

  return BS_EXIT_OK;
}
