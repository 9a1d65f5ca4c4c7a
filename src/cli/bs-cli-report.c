/* bs-cli-report.c: blendscan-cli report, the report as an A4 PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"
#include "bs-report.h"

int
bs_cli_cmd_report (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(BsReport) report = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *framework_path = NULL;
  gboolean respondent_names = FALSE;
  BsReportOptions options = { 0 };
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF report to this file; - for standard output"), N_("FILE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the report: nl or en (default: from the locale)"), N_("LANG") },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use this framework file instead of the one the assessment names"), N_("FILE") },
    { "respondent-names", 0, 0, G_OPTION_ARG_NONE, &respondent_names,
      N_("Print the names of a team’s respondents (by default only their number per role)"), NULL },
    { NULL }
  };
  const BsCliCommand command = {
    .summary = _("FILE -o OUT.pdf — write the assessment report as an A4 PDF"),
    .entries = entries,
    .files_error = _("report needs exactly one assessment file"),
    .required = { { &output, _("report needs an output file: -o OUT.pdf") } },
    .lang = &lang,
    .output = &output,
    .inputs = { &framework_path },
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;

  assessment = bs_cli_load_assessment (argv[1], framework_path);
  if (assessment == NULL)
    return BS_EXIT_INVALID;

  options.respondent_names = respondent_names;
  report = bs_report_new_full (assessment, lang, &options);
  if (g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) pdf = bs_report_to_pdf (report, &error);

      if (pdf == NULL)
        {
          g_printerr ("%s\n", error->message);
          return BS_EXIT_INVALID;
        }
      return bs_cli_write_stdout (pdf);
    }

  if (!bs_report_write_pdf (report, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return BS_EXIT_INVALID;
    }

  return BS_EXIT_OK;
}
