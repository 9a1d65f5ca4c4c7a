/* bs-cli.c: blendscan-cli, checking and scoring Blendscan files from a shell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "blendscan-core.h"
#include "bs-cli-report.h"
#include "bs-cli-common.h"
#include "bs-cli-score.h"

static int
cmd_validate (int    argc,
              char **argv)
{
  g_autoptr(BsFramework) framework = NULL;
  g_autofree char *framework_path = NULL;
  gboolean quiet = FALSE;
  gboolean failed;
  int status = BS_EXIT_OK;
  const GOptionEntry entries[] = {
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Check assessments against this framework file"), N_("FILE") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      N_("Print only problems"), NULL },
    { NULL }
  };

  if (!bs_cli_parse_options (_("FILE… — check framework and assessment files"), entries, &argc, &argv))
    return BS_EXIT_USAGE;
  if (argc < 2)
    {
      bs_cli_usage_error (_("validate needs at least one file"));
      return BS_EXIT_USAGE;
    }

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

      if (quiet)
        continue;

      if (kind == BS_FILE_KIND_FRAMEWORK)
        /* Translators: %s is a file name */
        g_print (_("%s: valid framework (%u statements)\n"), argv[i],
                 bs_framework_get_n_statements (BS_FRAMEWORK (object)));
      else
        {
          BsScore total;

          bs_score_assessment (BS_ASSESSMENT (object), &total);
          g_print (_("%s: valid assessment (%u of %u statements answered)\n"), argv[i],
                   total.answered, total.total);
        }
    }

  return status;
}

static int
cmd_score (int    argc,
           char **argv)
{
  g_autoptr(BsAssessment) assessment = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *framework_path = NULL;
  g_autofree char *output = NULL;
  BsScoreFormat format = BS_SCORE_FORMAT_TABLE;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: table, csv or json (default: table)"), N_("FORMAT") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the titles: nl or en (default: from the locale)"), N_("LANG") },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use this framework file instead of the one the assessment names"), N_("FILE") },
    { NULL }
  };

  if (!bs_cli_parse_options (_("FILE — print the scores per dimension and level"), entries, &argc, &argv))
    return BS_EXIT_USAGE;
  if (argc != 2)
    {
      bs_cli_usage_error (_("score needs exactly one assessment file"));
      return BS_EXIT_USAGE;
    }

  if (format_name == NULL || g_str_equal (format_name, "table"))
    format = BS_SCORE_FORMAT_TABLE;
  else if (g_str_equal (format_name, "csv"))
    format = BS_SCORE_FORMAT_CSV;
  else if (g_str_equal (format_name, "json"))
    format = BS_SCORE_FORMAT_JSON;
  else
    {
      g_autofree char *msg = g_strdup_printf (_("unknown format “%s”; use table, csv or json"), format_name);

      bs_cli_usage_error (msg);
      return BS_EXIT_USAGE;
    }

  if (!bs_cli_check_lang (lang))
    return BS_EXIT_USAGE;

  assessment = bs_cli_load_assessment (argv[1], framework_path);
  if (assessment == NULL)
    return BS_EXIT_INVALID;

  output = bs_cli_format_scores (assessment, format, lang ? lang : bs_default_language ());
  fputs (output, stdout);

  return BS_EXIT_OK;
}

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: blendscan-cli COMMAND [OPTION…] FILE…"));
  g_print ("%s\n", _("Check, score and report Blendscan self-assessments of blended education."));
  g_print ("\n%s\n", _("Commands:"));
  g_print ("  validate FILE…    %s\n", _("Check framework and assessment files; exit 0 only if all are valid"));
  g_print ("  score FILE        %s\n", _("Print the scores per dimension and level"));
  g_print ("                    %s\n", _("[--format table|csv|json] [--lang nl|en] [--framework FILE]"));
  g_print ("  report FILE       %s\n", _("Write the report as an A4 PDF"));
  g_print ("                    %s\n", _("-o OUT.pdf [--lang nl|en] [--framework FILE]"));
  g_print ("                    %s\n", _("-o - writes the PDF to standard output"));
  g_print ("  chart FILE        %s\n", _("Draw the radar chart of one level as SVG, PNG or PDF"));
  g_print ("                    %s\n", _("--level course|programme|institution -o OUT.(svg|png|pdf)"));
  g_print ("                    %s\n", _("[--size PX] [--lang nl|en] [--previous FILE] [--no-target] [--no-legend]"));
  g_print ("                    %s\n", _("-o - --format svg|png|pdf writes the chart to standard output"));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  -h, --help        %s\n", _("Show this help"));
  g_print ("  --version         %s\n", _("Show the version"));
  g_print ("\n%s\n", _("“blendscan-cli COMMAND --help” describes a command’s options."));
  g_print ("\n%s\n", _("Exit status: 0 all good, 1 a file is invalid or cannot be read or written, 2 wrong usage."));
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

  /* Each command parses its own options from its own argv[0]. */
  if (g_str_equal (command, "validate"))
    return cmd_validate (argc - 1, argv + 1);
  if (g_str_equal (command, "score"))
    return cmd_score (argc - 1, argv + 1);
  if (g_str_equal (command, "report"))
    return bs_cli_cmd_report (argc - 1, argv + 1);
  if (g_str_equal (command, "chart"))
    return bs_cli_cmd_chart (argc - 1, argv + 1);

  {
    g_autofree char *msg = g_strdup_printf (_("unknown command “%s”"), command);

    bs_cli_usage_error (msg);
  }
  return BS_EXIT_USAGE;
}
