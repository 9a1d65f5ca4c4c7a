/* bench-long-text.c: how long the report takes for notes and titles of long text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "blendscan-core.h"
#include "bs-report.h"

/* Text of about @bytes: prose ("Sentence N ...") or one unbroken word. */
static char *
make_text (const char *kind,
           gsize       bytes)
{
  GString *text = g_string_sized_new (bytes + 100);

  if (g_str_equal (kind, "word"))
    while (text->len < bytes)
      g_string_append (text, "abcdefghij");
  else
    for (guint i = 0; text->len < bytes; i++)
      g_string_append_printf (text, "Sentence %u of a note pasted from a whole document. ", i);

  return g_string_free (text, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(BsReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  struct rusage usage;
  const char *where;
  gint64 start;
  double ms;

  if (argc < 5)
    {
      fprintf (stderr, "usage: %s EXAMPLE.blendscan note|title|cells prose|word KB [OUT.pdf]\n", argv[0]);
      return 2;
    }

  assessment = bs_assessment_load (argv[1], NULL, &error);
  if (assessment == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  where = argv[2];
  text = make_text (argv[3], (gsize) atoi (argv[4]) * 1024);
  if (g_str_equal (where, "title"))
    bs_assessment_set_title (assessment, text);
  else if (g_str_equal (where, "cells"))
    {
      g_autoptr(BsAction) action = bs_action_new ();

      /* Texts that table cells cut short and the report then prints whole. */
      bs_assessment_set_facilitator (assessment, text);
      bs_assessment_add_participant (assessment, "A participant", text);
      bs_action_set_description (action, text);
      bs_action_set_owner (action, text);
      bs_assessment_add_action (assessment, action);
    }
  else
    {
      const char * const *levels = bs_assessment_get_levels (assessment);
      BsLevel *level = bs_framework_lookup_level (bs_assessment_get_framework (assessment), levels[0]);
      g_autoptr(BsDimension) dimension = g_list_model_get_item (bs_level_get_dimensions (level), 0);
      g_autoptr(BsStatement) statement = g_list_model_get_item (bs_dimension_get_statements (dimension), 0);

      bs_answer_set_note (bs_assessment_get_answer (assessment, bs_statement_get_id (statement)), text);
    }

  start = g_get_monotonic_time ();
  report = bs_report_new (assessment, "en");
  pdf = bs_report_to_pdf (report, &error);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  if (pdf == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* To look at: bench-long-text … OUT.pdf */
  if (argc > 5 && !g_file_set_contents (argv[5], g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  getrusage (RUSAGE_SELF, &usage);
  printf ("%s %s %s KB: %.0f ms, %u pages, %zu KB of PDF, max RSS %ld MB\n",
          where, argv[3], argv[4], ms, bs_report_get_n_pages (report),
          g_bytes_get_size (pdf) / 1024, usage.ru_maxrss / 1024);

  return 0;
}
