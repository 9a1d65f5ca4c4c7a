/* bs-cli.c: blendscan-cli, checking and scoring Blendscan files from a shell; its commands are in bs-cli-*.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"

/* Each command parses its own options from its own argv[0]. */
static const struct
{
  const char *name;
  int       (*run) (int    argc,
                    char **argv);
} commands[] = {
  { "validate", bs_cli_cmd_validate },
  { "score", bs_cli_cmd_score },
  { "report", bs_cli_cmd_report },
  { "chart", bs_cli_cmd_chart },
  { "blank", bs_cli_cmd_blank },
  { "merge", bs_cli_cmd_merge },
  { "compare", bs_cli_cmd_compare },
  { "next", bs_cli_cmd_next },
  { "import-responses", bs_cli_cmd_import_responses },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: blendscan-cli COMMAND [OPTION…] FILE…"));
  g_print ("%s\n", _("Check, score and report Blendscan self-assessments of blended education."));
  g_print ("\n%s\n", _("Commands:"));
  g_print ("  validate FILE…    %s\n", _("Check framework and assessment files; exit 0 only if all are valid"));
  g_print ("                    %s\n", _("--lint: also check frameworks against the authoring rules (warnings)"));
  g_print ("  score FILE        %s\n", _("Print the scores per dimension and level"));
  g_print ("                    %s\n", _("[--format table|csv|json] [--lang nl|en] [--framework FILE]"));
  g_print ("                    %s\n", _("--team: a team’s statistics per level, dimension, statement and role"));
  g_print ("  report FILE       %s\n", _("Write the report as an A4 PDF"));
  g_print ("                    %s\n", _("-o OUT.pdf [--lang nl|en] [--framework FILE]"));
  g_print ("                    %s\n", _("-o - writes the PDF to standard output"));
  g_print ("  chart FILE        %s\n", _("Draw the radar chart of one level as SVG, PNG or PDF"));
  g_print ("                    %s\n", _("--level course|programme|institution -o OUT.(svg|png|pdf)"));
  g_print ("                    %s\n", _("[--size PX] [--lang nl|en] [--previous FILE] [--no-target] [--no-legend]"));
  g_print ("                    %s\n", _("-o - --format svg|png|pdf writes the chart to standard output"));
  g_print ("  blank FILE        %s\n", _("Write questionnaires to hand out to the respondents of a team"));
  g_print ("                    %s\n", _("-o DIR [--respondents N | --names FILE] [--format xml|csv|pdf]"));
  g_print ("                    %s\n", _("[--lang nl|en] [--force] [--framework FILE]"));
  g_print ("                    %s\n", _("xml (a respondent file each) needs --respondents or --names"));
  g_print ("  merge FILE…       %s\n", _("Add respondents’ questionnaires to a team assessment, all or none"));
  g_print ("                    %s\n", _("-o TEAM.blendscan [--framework FILE]"));
  g_print ("                    %s\n", _("a new TEAM takes the first file’s framework, unit and levels"));
  g_print ("  compare OLD NEW   %s\n", _("Compare two assessments of a unit: scores, moved statements, framework versions"));
  g_print ("                    %s\n", _("[--format table|csv|json] [--lang nl|en] [--framework FILE]…"));
  g_print ("                    %s\n", _("a --framework file per version when they are not installed"));
  g_print ("  next OLD          %s\n", _("Start the next cycle: a new assessment with OLD as its baseline"));
  g_print ("                    %s\n", _("-o NEW.blendscan [--framework FILE] [--date YYYY-MM-DD] [--force]"));
  g_print ("                    %s\n", _("notes, evidence and open actions are carried over; answers start empty"));
  g_print ("  import-responses CSV\n                    %s\n", _("Add a survey’s answers (a respondent per row) to a team assessment"));
  g_print ("                    %s\n", _("-o TEAM.blendscan [--assessment FILE] [--framework FILE]"));
  g_print ("                    %s\n", _("a new TEAM needs --assessment, the assessment the questionnaire was made from"));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  -h, --help        %s\n", _("Show this help"));
  g_print ("  --version         %s\n", _("Show the version"));
  g_print ("\n%s\n", _("“blendscan-cli COMMAND --help” describes a command’s options."));
  g_print ("\n%s\n", _("Exit status: 0 all good, 1 a file is invalid or cannot be read or written, 2 wrong usage, 3 validate --lint found warnings (and every file is valid)."));
}

int
main (int    argc,
      char **argv)
{
  const char *command;

  setlocale (LC_ALL, "");
  /* Run from the build tree, tools/run points this at the translations
   * meson compiled there, since nothing is installed yet. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BLENDSCAN_LOCALEDIR") ? g_getenv ("BLENDSCAN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      bs_cli_usage_error (_("a command is needed"));
      return BS_EXIT_USAGE;
    }

  command = argv[1];
  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") || g_str_equal (command, "help"))
    {
      print_help ();
      return BS_EXIT_OK;
    }
  if (g_str_equal (command, "--version"))
    {
      g_print ("blendscan-cli %s\n", PACKAGE_VERSION);
      return BS_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (command, commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  {
    g_autofree char *msg = g_strdup_printf (_("unknown command “%s”"), command);

    bs_cli_usage_error (msg);
  }
  return BS_EXIT_USAGE;
}
