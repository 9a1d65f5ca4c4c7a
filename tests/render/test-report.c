/* test-report.c: the PDF report, read back with poppler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <poppler.h>

#include "blendscan-core.h"
#include "bs-report.h"
#include "bs-test-common.h"
#include "bs-test-pdf.h"

static const char * const examples[] = {
  "digicoaches.blendscan",
  "full-three-levels.blendscan",
  "full-three-levels-2024-2025.blendscan",
  "marketingcommunicatie.blendscan",
};

static void
test_full_report (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("full-three-levels.blendscan");
  g_autoptr(BsReport) report = bs_report_new (a, "en");
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, "full.pdf");
  g_autofree char *text = bs_test_pdf_document_text (doc);
  g_autoptr(PopplerPage) first = poppler_document_get_page (doc, 0);
  double width, height;

  /* Cover, contents, three summaries, fifteen dimensions and more. */
  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 22);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, bs_report_get_n_pages (report));

  poppler_page_get_size (first, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, BS_REPORT_A4_WIDTH, 0.5);
  g_assert_cmpfloat_with_epsilon (height, BS_REPORT_A4_HEIGHT, 0.5);

  bs_test_pdf_assert_contains (text, bs_assessment_get_title (a));
  bs_test_pdf_assert_contains (text, "Hogeschool Rijnmond");
  bs_test_pdf_assert_contains (text, "Esther Bakker");
  bs_test_pdf_assert_contains (text, "Wendy Schouten");
  bs_test_pdf_assert_contains (text, "Contents");
  bs_test_pdf_assert_contains (text, "Design process");
  bs_test_pdf_assert_contains (text, "Professional development");
  /* A note, a piece of evidence, a dimension's strengths and an action. */
  bs_test_pdf_assert_contains (text, "Gescoord op een steekproef van vier modules");
  bs_test_pdf_assert_contains (text, "Studiehandleiding Contentcreatie 2025-2026, p. 7");
  bs_test_pdf_assert_contains (text, "Vaste DigiCoach met 8 uur per week");
  bs_test_pdf_assert_contains (text, "SLB-coördinator");
  /* The rubric descriptor of a chosen stage and the stage name. */
  bs_test_pdf_assert_contains (text, "Embedded");
  bs_test_pdf_assert_contains (text, "What this stage looks like");
  bs_test_pdf_assert_contains (text, "Action plan");
  bs_test_pdf_assert_contains (text, "Glossary");
  bs_test_pdf_assert_contains (text, "Page 1 of");

  bs_test_pdf_assert_inside_margins (doc);
  bs_test_pdf_remove_tree (dir);
}

/* The page numbers in the contents lead to the sections. */
static void
test_contents (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("full-three-levels.blendscan");
  g_autoptr(BsReport) report = bs_report_new (a, "en");
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, "toc.pdf");
  g_autofree char *contents = bs_test_pdf_page_text (doc, 1);
  const char *sections[] = { "Summary", "Flexibility", "Facilities", "Targets and largest gaps", "Action plan",
                             "Reflection", "Glossary" };

  g_assert_nonnull (strstr (contents, "Contents"));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *pattern = g_strdup_printf ("%s\\s*(\\d+)", sections[i]);
      g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *number = NULL;
      g_autofree char *target = NULL;
      int page;

      if (!g_regex_match (regex, contents, 0, &match))
        g_error ("“%s” not in the contents: %s", sections[i], contents);
      number = g_match_info_fetch (match, 1);
      page = atoi (number);
      g_assert_cmpint (page, >, 2);
      g_assert_cmpint (page, <=, poppler_document_get_n_pages (doc));
      target = bs_test_pdf_page_text (doc, page - 1);
      if (strstr (target, sections[i]) == NULL)
        g_error ("“%s” is not on page %d, where the contents say it is", sections[i], page);
    }

  bs_test_pdf_remove_tree (dir);
}

static void
test_languages (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("full-three-levels.blendscan");
  g_autoptr(BsReport) en = bs_report_new (a, "en");
  g_autoptr(BsReport) nl = bs_report_new (a, "nl");
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(PopplerDocument) en_doc = bs_test_pdf_write_and_open (en, dir, "en.pdf");
  g_autoptr(PopplerDocument) nl_doc = bs_test_pdf_write_and_open (nl, dir, "nl.pdf");
  g_autofree char *en_text = bs_test_pdf_document_text (en_doc);
  g_autofree char *nl_text = bs_test_pdf_document_text (nl_doc);

  g_assert_cmpstr (bs_report_get_lang (en), ==, "en");
  g_assert_cmpstr (bs_report_get_lang (nl), ==, "nl");

  /* The report's own labels and the framework's texts both follow. */
  bs_test_pdf_assert_contains (en_text, "Contents");
  bs_test_pdf_assert_contains (en_text, "Action plan");
  bs_test_pdf_assert_contains (en_text, "Flexibility");
  bs_test_pdf_assert_contains (en_text, "10 February 2026");
  bs_test_pdf_assert_contains (nl_text, "Inhoud");
  bs_test_pdf_assert_contains (nl_text, "Actieplan");
  bs_test_pdf_assert_contains (nl_text, "Flexibiliteit");
  bs_test_pdf_assert_contains (nl_text, "Pagina 1 van");
  bs_test_pdf_assert_contains (nl_text, "10 februari 2026");
  g_assert_null (strstr (nl_text, "Action plan"));
  g_assert_null (strstr (nl_text, "Flexibility"));
  g_assert_null (strstr (en_text, "Actieplan"));
  /* The assessment's own texts stay as they were written. */
  bs_test_pdf_assert_contains (nl_text, "Gescoord op een steekproef van vier modules");

  bs_test_pdf_assert_inside_margins (nl_doc);
  bs_test_pdf_remove_tree (dir);
}

/* N/A and "don't know" are answers without a score: the report says how
 * many answers a score rests on, in the level's and dimension's heading
 * and under the count in the score table, in both languages. */
static void
test_answered_counts (void)
{
  g_autofree char *path = bs_test_fixture_path ("answered-na-unknown.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);
  g_autofree char *dir = bs_test_make_tmpdir ();
  const char *langs[] = { "en", "nl" };
  const char *level[] = { "Level score: 2.5 · 5 of 20 statements answered (2 scored, 2 N/A, 1 don’t know)",
                          "Score van het niveau: 2,5 · 5 van 20 stellingen beantwoord (2 met score, 2 n.v.t., "
                          "1 weet niet)" };
  const char *dimension[] = { "Score: 2.5 · 4 of 5 statements answered (2 scored, 1 N/A, 1 don’t know)",
                              "Score: 2,5 · 4 van 5 stellingen beantwoord (2 met score, 1 n.v.t., 1 weet niet)" };
  const char *unscored[] = { "Score: no answer · 1 of 5 statements answered (0 scored, 1 N/A)",
                             "Score: geen antwoord · 1 van 5 stellingen beantwoord (0 met score, 1 n.v.t.)" };
  const char *none[] = { "0 of 5 statements answered", "0 van 5 stellingen beantwoord" };
  const char *table[] = { "4/5 1 N/A, 1 don’t know", "4/5 1 n.v.t., 1 weet niet" };

  g_assert_no_error (error);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(BsReport) report = bs_report_new (a, langs[l]);
      g_autofree char *name = g_strdup_printf ("counts-%s.pdf", langs[l]);
      g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, name);
      g_autofree char *text = bs_test_pdf_document_text (doc);

      bs_test_pdf_assert_contains (text, level[l]);
      bs_test_pdf_assert_contains (text, dimension[l]);
      bs_test_pdf_assert_contains (text, unscored[l]);
      bs_test_pdf_assert_contains (text, none[l]);
      bs_test_pdf_assert_contains (text, table[l]);
      bs_test_pdf_assert_inside_margins (doc);
    }

  bs_test_pdf_remove_tree (dir);
}

static BsAssessment *
assessment_2_0 (void)
{
  BsAssessment *a = bs_assessment_new (bs_framework_get_builtin ("2.0"));

  bs_assessment_set_title (a, "Pathways");
  bs_assessment_set_levels (a, (const char * const[]) { "course", NULL });

  return a;
}

/* Where @needle (white space left out) starts in @text after @from, or
 * -1; the report wraps texts over lines and pages. */
static gssize
find_stripped (const char *text,
               gssize      from,
               const char *needle)
{
  g_autofree char *stripped = bs_test_pdf_strip_space (needle);
  const char *found = strstr (text + from, stripped);

  return found != NULL ? found - text : -1;
}

/* "Next steps": the statements furthest below their target, largest gap
 * first, at most ten, each with the next step from where it is, in the
 * report's language; no such section without targets. The scale's
 * description says how to read it. */
static void
test_next_steps (void)
{
  g_autoptr(BsAssessment) a = assessment_2_0 ();
  BsFramework *framework = bs_assessment_get_framework (a);
  GListModel *dimensions = bs_level_get_dimensions (bs_framework_lookup_level (framework, "course"));
  g_autofree char *dir = bs_test_make_tmpdir ();
  const char *langs[] = { "en", "nl" };
  const char *heading[] = { "Next steps", "Volgende stappen" };
  guint n = 0;

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(BsReport) report = bs_report_new (a, langs[l]);
      g_autofree char *name = g_strdup_printf ("no-targets-%s.pdf", langs[l]);
      g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, name);
      g_autofree char *text = bs_test_pdf_document_text (doc);
      g_autofree char *body = bs_test_pdf_body_text_no_space (doc);

      g_assert_null (strstr (text, heading[l]));
      g_assert_cmpint (find_stripped (body, 0, bs_framework_get_scale_description (framework, langs[l])), >=, 0);
    }

  /* Targets above the stage on every statement of the level: more
   * statements than the section lists, with gaps of 3, 2 and 1. */
  for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
      GListModel *statements = bs_dimension_get_statements (dimension);

      for (guint i = 0; i < g_list_model_get_n_items (statements); i++, n++)
        {
          g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);
          BsAnswer *answer = bs_assessment_get_answer (a, bs_statement_get_id (statement));

          bs_answer_set_value (answer, 1 + n % 3);
          bs_answer_set_target (answer, 4);
        }
    }
  g_assert_cmpuint (n, >, 10);

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(BsReport) report = bs_report_new (a, langs[l]);
      g_autofree char *name = g_strdup_printf ("next-steps-%s.pdf", langs[l]);
      g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, name);
      g_autofree char *text = bs_test_pdf_document_text (doc);
      g_autofree char *body = bs_test_pdf_body_text_no_space (doc);
      g_autoptr(GPtrArray) all = bs_pathway_largest_gaps (a, G_MAXUINT);
      gssize at;

      bs_test_pdf_assert_contains (text, heading[l]);
      bs_test_pdf_assert_inside_margins (doc);
      at = find_stripped (body, 0, l == 0 ? "The statements furthest below their target"
                                          : "De stellingen die het verst onder hun doel liggen");
      g_assert_cmpint (at, >=, 0);

      /* The first ten, largest gap first, each after the one before. */
      for (guint i = 0; i < all->len; i++)
        {
          const BsPathwayStep *step = g_ptr_array_index (all, i);
          const char *step_text = bs_statement_get_next_step (step->statement, step->from, langs[l]);
          gssize found = find_stripped (body, at, step_text);

          if (i < 10)
            {
              if (found < 0)
                g_error ("next step %u (%s) not found after the previous one", i + 1,
                         bs_statement_get_id (step->statement));
              g_assert_cmpfloat (step->gap, <=, ((BsPathwayStep *) g_ptr_array_index (all, MAX (i, 1) - 1))->gap);
              at = found;
            }
          else
            g_assert_cmpint (find_stripped (body, 0, step_text), <, 0);
        }
      g_assert_cmpfloat (((BsPathwayStep *) g_ptr_array_index (all, 0))->gap, ==, 3);
      bs_test_pdf_assert_contains (text, l == 0 ? "score 1 → target 4 (gap 3)" : "score 1 → doel 4 (verschil 3)");
    }

  bs_test_pdf_remove_tree (dir);
}

/* "Targets and largest gaps": always there; one line without targets;
 * with them, the largest gaps in the core's order with a signed gap and
 * every level's table, in both languages, inside the margins. */
static void
test_gaps (void)
{
  g_autoptr(BsAssessment) full = bs_test_pdf_load_example ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) blank = assessment_2_0 ();
  g_autoptr(BsAssessment) reached = assessment_2_0 ();
  g_autoptr(GPtrArray) levels = bs_gaps_level_scores (full);
  g_autoptr(GPtrArray) gaps = bs_gaps_largest_dimensions (levels, 10);
  g_autofree char *dir = bs_test_make_tmpdir ();
  const char *langs[] = { "en", "nl" };
  const char *heading[] = { "Targets and largest gaps", "Doelen en grootste verschillen" };
  const char *none[] = { "No targets have been set.", "Er zijn geen doelen gesteld." };
  const char *all_reached[] = { "Every dimension with a target and a score has reached its target.",
                                "Elke dimensie met een doel en een score heeft haar doel bereikt." };
  const char *largest[] = { "Largest gaps", "Grootste verschillen" };
  const char *first_statement = NULL;

  g_assert_cmpuint (gaps->len, ==, 10);
  {
    BsLevel *course = bs_framework_lookup_level (bs_assessment_get_framework (reached), "course");
    g_autoptr(BsDimension) dimension = g_list_model_get_item (bs_level_get_dimensions (course), 0);
    g_autoptr(BsStatement) statement = g_list_model_get_item (bs_dimension_get_statements (dimension), 0);
    BsAnswer *answer;

    first_statement = bs_statement_get_id (statement);
    answer = bs_assessment_get_answer (reached, first_statement);
    bs_answer_set_value (answer, 3);
    bs_answer_set_target (answer, 2);
  }

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(BsReport) report = bs_report_new (full, langs[l]);
      g_autoptr(BsReport) blank_report = bs_report_new (blank, langs[l]);
      g_autoptr(BsReport) reached_report = bs_report_new (reached, langs[l]);
      g_autofree char *name = g_strdup_printf ("gaps-%s.pdf", langs[l]);
      g_autofree char *blank_name = g_strdup_printf ("no-gaps-%s.pdf", langs[l]);
      g_autofree char *reached_name = g_strdup_printf ("reached-%s.pdf", langs[l]);
      g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, name);
      g_autoptr(PopplerDocument) blank_doc = bs_test_pdf_write_and_open (blank_report, dir, blank_name);
      g_autoptr(PopplerDocument) reached_doc = bs_test_pdf_write_and_open (reached_report, dir, reached_name);
      g_autofree char *body = bs_test_pdf_body_text_no_space (doc);
      g_autofree char *blank_text = bs_test_pdf_document_text (blank_doc);
      g_autofree char *reached_text = bs_test_pdf_document_text (reached_doc);
      gssize at;

      /* Without targets: the heading and one line that says so. */
      bs_test_pdf_assert_contains (blank_text, heading[l]);
      bs_test_pdf_assert_contains (blank_text, none[l]);
      g_assert_null (strstr (blank_text, largest[l]));
      bs_test_pdf_assert_inside_margins (blank_doc);

      /* Targets all reached: the tables, and a line for the empty list. */
      bs_test_pdf_assert_contains (reached_text, largest[l]);
      bs_test_pdf_assert_contains (reached_text, all_reached[l]);
      g_assert_null (strstr (reached_text, none[l]));

      at = find_stripped (body, 0, heading[l]);
      /* The contents name it first: the section itself comes after. */
      at = find_stripped (body, at + 1, heading[l]);
      g_assert_cmpint (at, >=, 0);
      at = find_stripped (body, at, largest[l]);
      g_assert_cmpint (at, >=, 0);
      for (guint i = 0; i < gaps->len; i++)
        {
          const BsDimensionGap *gap = g_ptr_array_index (gaps, i);
          g_autofree char *row = g_strdup_printf ("%u. %s%s", i + 1, bs_dimension_get_title_text (gap->dimension, langs[l]),
                                                  bs_level_get_title_text (gap->level, langs[l]));
          g_autofree char *signed_gap = g_strdup_printf ("+%.1f", gap->gap);
          gssize found = find_stripped (body, at, row);

          if (found < 0)
            g_error ("largest gap %u (%s) not found after the one before", i + 1, row);
          if (l == 1)
            g_strdelimit (signed_gap, ".", ',');
          g_assert_cmpint (find_stripped (body, found, signed_gap), >, found);
          at = found;
        }
      /* Then every level's table with its level score (poppler need not
       * give a heading and its table in the order they are drawn). */
      {
        guint n_totals = 0;

        for (guint i = 0; i < levels->len; i++)
          {
            const BsLevelScores *scores = g_ptr_array_index (levels, i);

            g_assert_cmpint (find_stripped (body, at, bs_level_get_title_text (scores->level, langs[l])), >, at);
          }
        for (gssize found = at; (found = find_stripped (body, found + 1, l == 0 ? "Level score" : "Score van het niveau")) >= 0;)
          n_totals++;
        g_assert_cmpuint (n_totals, ==, levels->len);
      }
      bs_test_pdf_assert_inside_margins (doc);
    }

  bs_test_pdf_remove_tree (dir);
}

static void
test_examples (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    for (guint l = 0; l < 2; l++)
      {
        g_autoptr(BsAssessment) a = bs_test_pdf_load_example (examples[e]);
        g_autoptr(BsReport) report = bs_report_new (a, l ? "nl" : "en");
        g_autofree char *name = g_strdup_printf ("%u-%u.pdf", e, l);
        g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, name);
        g_autofree char *text = bs_test_pdf_document_text (doc);

        g_test_message ("%s (%s): %d pages", examples[e], l ? "nl" : "en", poppler_document_get_n_pages (doc));
        g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 6);
        bs_test_pdf_assert_contains (text, bs_assessment_get_institution (a));
        bs_test_pdf_assert_inside_margins (doc);
      }

  bs_test_pdf_remove_tree (dir);
}

/* A note far longer than a page continues on the next pages. */
static void
test_long_note (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("marketingcommunicatie.blendscan");
  g_autoptr(BsAssessment) b = bs_test_pdf_load_example ("marketingcommunicatie.blendscan");
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(BsReport) plain = bs_report_new (a, "en");
  g_autoptr(BsReport) report = NULL;
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  BsAnswer *answer;

  for (guint i = 0; i < 600; i++)
    g_string_append_printf (note, "Sentence %u of a very long note that runs over several pages. ", i);
  g_string_append (note, "https://example.org/a/very/long/link/without/any/space/in/it/that/must/break/somewhere/inside/the/line/and/still/stay/on/the/page/");
  g_string_append (note, "TheEnd");
  answer = bs_assessment_get_answer (b, "course.flexibility.1");
  bs_answer_set_note (answer, note->str);
  bs_answer_set_evidence (answer, note->str);

  bs_report_paginate (plain, NULL, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  report = bs_report_new (b, "en");
  doc = bs_test_pdf_write_and_open (report, dir, "long.pdf");
  text = bs_test_pdf_document_text (doc);

  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, (int) bs_report_get_n_pages (plain) + 6);
  bs_test_pdf_assert_contains (text, "Sentence 0 of");
  bs_test_pdf_assert_contains (text, "Sentence 599 of");
  bs_test_pdf_assert_contains (text, "TheEnd");
  bs_test_pdf_assert_inside_margins (doc);
  bs_test_pdf_remove_tree (dir);
}

/* The links of every page: "uri → page" per link annotation. */
static GPtrArray *
document_links (PopplerDocument *doc)
{
  GPtrArray *links = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      GList *mapping = poppler_page_get_link_mapping (page);

      for (GList *l = mapping; l != NULL; l = l->next)
        {
          PopplerLinkMapping *link = l->data;

          if (link->action->type == POPPLER_ACTION_URI)
            {
              g_ptr_array_add (links, g_strdup (link->action->uri.uri));
              g_test_message ("page %d: %s at %.0f,%.0f–%.0f,%.0f", i + 1, link->action->uri.uri,
                              link->area.x1, link->area.y1, link->area.x2, link->area.y2);
              g_assert_cmpfloat (link->area.x2 - link->area.x1, >, 5);
              g_assert_cmpfloat (link->area.y2 - link->area.y1, >, 5);
            }
        }
      poppler_page_free_link_mapping (mapping);
    }

  return links;
}

static gboolean
has_link (GPtrArray  *links,
          const char *uri)
{
  for (guint i = 0; i < links->len; i++)
    if (g_strcmp0 (g_ptr_array_index (links, i), uri) == 0)
      return TRUE;

  return FALSE;
}

/* Links in evidence and notes are links in the PDF; nothing else is. */
static void
test_links (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("marketingcommunicatie.blendscan");
  g_autoptr(BsReport) report = NULL;
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GString) long_note = g_string_new ("Lang verslag. ");
  BsAnswer *answer;

  answer = bs_assessment_get_answer (a, "course.flexibility.1");
  bs_answer_set_evidence (answer, "Studiegids: https://www.hu.nl/studiegids; verslag https://x.nl/it's-café.pdf.");
  bs_answer_set_note (answer, "Zie (mailto:onderwijs@hu.nl) en www.hu.nl; niet file:///etc/passwd.");
  /* A link far into a note of several pieces, and one over a line break. */
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (long_note, "Zin %u van een lange toelichting. ", i);
  g_string_append (long_note, "Bron: https://example.org/ver/in/de/tekst/met/een/heel/lang/pad/dat/over/de/regel/heen/loopt/en/nog/verder/gaat/tot/het/einde.html einde.");
  bs_answer_set_note (bs_assessment_get_answer (a, "course.flexibility.2"), long_note->str);

  report = bs_report_new (a, "nl");
  doc = bs_test_pdf_write_and_open (report, dir, "links.pdf");
  links = document_links (doc);

  g_assert_true (has_link (links, "https://www.hu.nl/studiegids"));
  g_assert_true (has_link (links, "https://x.nl/it's-caf%C3%A9.pdf"));
  g_assert_true (has_link (links, "mailto:onderwijs@hu.nl"));
  g_assert_true (has_link (links, "https://example.org/ver/in/de/tekst/met/een/heel/lang/pad/dat/over/de/regel/heen/loopt/en/nog/verder/gaat/tot/het/einde.html"));
  for (guint i = 0; i < links->len; i++)
    {
      const char *uri = g_ptr_array_index (links, i);

      g_assert_true (g_str_has_prefix (uri, "https://") || g_str_has_prefix (uri, "http://") ||
                     g_str_has_prefix (uri, "mailto:"));
    }
  bs_test_pdf_remove_tree (dir);
}

/* Whole documents pasted into a note, a link-like word of 100 KB and a
 * long title: pango gives up wrapping a paragraph of about 480 KB, and
 * breaks one long word in quadratic time, so the report lays such texts
 * out in pieces. Every character is printed, in order, inside the margins. */
static void
test_long_texts (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("marketingcommunicatie.blendscan");
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) cell = g_string_new (NULL);
  g_autoptr(BsAction) action = NULL;
  g_autoptr(BsReport) report = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *body = NULL;
  g_autofree char *note_chars = NULL;
  g_autofree char *word_chars = NULL;
  g_autofree char *title_chars = NULL;
  g_autofree char *cell_chars = NULL;
  guint sentences;
  BsAnswer *answer;
  gint64 start;

  /* Prose: one paragraph of 520 KB (pango leaves one of 480 KB unwrapped),
   * then paragraphs with Windows line ends (a piece never ends between CR
   * and LF); accents, since pieces are cut on a character, not a byte. */
  for (sentences = 0; note->len < 600 * 1024; sentences++)
    {
      g_string_append_printf (note, "Zin %u van een notitie over één lange, geplakte tekst. ", sentences);
      if (note->len > 520 * 1024 && sentences % 40 == 39)
        g_string_append (note, sentences % 80 == 79 ? "\r\n" : "\n");
    }
  g_string_append (note, "HetEinde");
  for (guint i = 0; word->len < 100 * 1024; i++)
    g_string_append_printf (word, "w%07u", i);
  for (guint i = 0; title->len < 20 * 1024; i++)
    g_string_append_printf (title, "Titel %u ", i);

  for (guint i = 0; cell->len < 30 * 1024; i++)
    g_string_append_printf (cell, "Actiestap %u. ", i);

  answer = bs_assessment_get_answer (a, "course.flexibility.1");
  bs_answer_set_note (answer, note->str);
  bs_answer_set_evidence (answer, word->str);
  bs_assessment_set_title (a, title->str);
  /* Texts that go into table cells, which cannot flow over pages: a cell
   * shows their start, and the whole text follows under the row. */
  bs_assessment_set_facilitator (a, cell->str);
  bs_assessment_add_participant (a, "Deelnemer met een korte naam", cell->str);
  action = bs_action_new ();
  bs_action_set_description (action, cell->str);
  bs_action_set_owner (action, word->str);
  bs_assessment_add_action (a, action);

  start = g_get_monotonic_time ();
  report = bs_report_new (a, "nl");
  doc = bs_test_pdf_write_and_open (report, dir, "long-texts.pdf");
  /* No timing assertion: recorded to compare runs. */
  g_test_message ("%u sentences, %u pages in %.1f s", sentences, bs_report_get_n_pages (report),
                  (g_get_monotonic_time () - start) / 1e6);

  body = bs_test_pdf_body_text_no_space (doc);
  note_chars = bs_test_pdf_strip_space (note->str);
  word_chars = bs_test_pdf_strip_space (word->str);
  title_chars = bs_test_pdf_strip_space (title->str);
  g_assert_nonnull (strstr (body, note_chars));
  g_assert_nonnull (strstr (body, word_chars));
  g_assert_nonnull (strstr (body, title_chars));
  cell_chars = bs_test_pdf_strip_space (cell->str);
  /* Facilitator, participant's role, action: three times in full. */
  {
    const char *at = body;

    for (guint i = 0; i < 3; i++)
      {
        at = strstr (at, cell_chars);
        g_assert_nonnull (at);
        at++;
      }
  }
  /* The evidence, and the action's owner. */
  g_assert_nonnull (strstr (strstr (body, word_chars) + 1, word_chars));

  /* Every line wraps: about 5,000 lines of note, not two. */
  g_assert_cmpint (poppler_document_get_n_pages (doc), >, 150);
  bs_test_pdf_assert_inside_margins (doc);

  bs_test_pdf_remove_tree (dir);
}

/* A framework level of @n dimensions, to see the report cope with many. */
static BsAssessment *
make_many_dimensions (guint n)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = NULL;
  const char *levels[] = { "unit", NULL };
  BsAssessment *assessment;

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<framework xmlns=\"urn:x-blendscan:framework\" format=\"1\" id=\"many\" version=\"1\">"
                   "<title xml:lang=\"en\">Many</title><title xml:lang=\"nl\">Veel</title><scale>"
                   "<stage value=\"1\" id=\"s1\"><name xml:lang=\"en\">Low</name><name xml:lang=\"nl\">Laag</name></stage>"
                   "<stage value=\"2\" id=\"s2\"><name xml:lang=\"en\">High</name><name xml:lang=\"nl\">Hoog</name></stage>"
                   "</scale><level id=\"unit\"><title xml:lang=\"en\">Unit</title><title xml:lang=\"nl\">Eenheid</title>");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml,
                            "<dimension id=\"d%u\"><title xml:lang=\"en\">Theme %u</title><title xml:lang=\"nl\">Thema %u</title>"
                            "<statement id=\"unit.d%u.1\"><text xml:lang=\"en\">S</text><text xml:lang=\"nl\">S</text></statement>"
                            "</dimension>", i, i + 1, i + 1, i);
  g_string_append (xml, "</level></framework>");
  bytes = g_bytes_new (xml->str, xml->len);
  framework = bs_framework_new_from_bytes (bytes, "many.xml", &error);
  g_assert_no_error (error);

  assessment = bs_assessment_new (framework);
  bs_assessment_set_levels (assessment, levels);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("unit.d%u.1", i);

      bs_assessment_set_value (assessment, id, 1 + (int) (i % 2));
    }

  return assessment;
}

/* A hundred dimensions: the radar numbers its axes and the summary gives
 * the key, every number with its name. */
static void
test_radar_key (void)
{
  g_autoptr(BsAssessment) a = make_many_dimensions (100);
  g_autoptr(BsAssessment) few = make_many_dimensions (6);
  g_autoptr(BsReport) report = bs_report_new (a, "en");
  g_autoptr(BsReport) few_report = bs_report_new (few, "en");
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, "many.pdf");
  g_autoptr(PopplerDocument) few_doc = bs_test_pdf_write_and_open (few_report, dir, "few.pdf");
  g_autofree char *text = bs_test_pdf_document_text (doc);
  g_autofree char *few_text = bs_test_pdf_document_text (few_doc);

  /* poppler gives the no-break spaces as spaces. */
  for (guint i = 1; i <= 100; i++)
    {
      g_autofree char *entry = g_strdup_printf (i < 100 ? "%u Theme %u ·" : "%u Theme %u", i, i);

      bs_test_pdf_assert_contains (text, entry);
    }
  /* Six names fit around the radar: no key. */
  g_assert_null (strstr (few_text, "1 Theme 1 ·"));
  /* The table of 100 rows goes on over pages, inside the margins, and
   * every row is there. */
  bs_test_pdf_assert_inside_margins (doc);
  for (guint i = 1; i <= 100; i++)
    {
      /* poppler-glib runs a row's cells together. */
      g_autofree char *row = g_strdup_printf ("Theme %u%u.0–1/1", i, 1 + (i - 1) % 2);

      bs_test_pdf_assert_contains (text, row);
    }

  bs_test_pdf_remove_tree (dir);
}

/* A new assessment with nothing filled in yet: every score is missing. */
static void
test_empty (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  g_autoptr(BsReport) report = bs_report_new (a, "en");
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, "empty.pdf");
  g_autofree char *text = bs_test_pdf_document_text (doc);

  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 10);
  bs_test_pdf_assert_contains (text, "no answer");
  bs_test_pdf_assert_contains (text, "Not answered");
  bs_test_pdf_assert_contains (text, "No actions have been recorded yet.");
  bs_test_pdf_assert_inside_margins (doc);
  bs_test_pdf_remove_tree (dir);
}

/* The print dialog draws page by page onto its own context, maybe scaled. */
static void
test_draw_pages (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("digicoaches.blendscan");
  g_autoptr(BsReport) report = bs_report_new (a, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 424);
  cairo_t *cr = cairo_create (surface);
  guint n;

  bs_report_paginate (report, cr, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  n = bs_report_get_n_pages (report);
  g_assert_cmpuint (n, >=, 6);

  cairo_scale (cr, 300 / BS_REPORT_A4_WIDTH, 300 / BS_REPORT_A4_WIDTH);
  for (guint i = 0; i < n; i++)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      bs_report_draw_page (report, cr, i);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    }

  /* Paginating again for another paper size gives a sane result too. */
  bs_report_paginate (report, cr, 612, 792);
  g_assert_cmpuint (bs_report_get_n_pages (report), >=, 6);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The print dialog may ask for other paper: A5 pages hold everything too. */
static void
test_small_paper (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("full-three-levels.blendscan");
  g_autoptr(BsReport) report = bs_report_new (a, "nl");
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "a5.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 419.5, 595.3);
  cairo_t *cr = cairo_create (surface);

  bs_report_paginate (report, cr, 419.5, 595.3);
  for (guint i = 0; i < bs_report_get_n_pages (report); i++)
    {
      bs_report_draw_page (report, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >, 29);
  bs_test_pdf_assert_inside_margins (doc);
  bs_test_pdf_remove_tree (dir);
}

static void
test_write_fails (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("marketingcommunicatie.blendscan");
  g_autoptr(BsReport) report = bs_report_new (a, "en");
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "report.pdf", NULL);
  g_autofree char *taken = g_build_filename (dir, "taken.pdf", NULL);
  g_autoptr(GError) error = NULL;

  /* A folder that does not exist. */
  g_assert_false (bs_report_write_pdf (report, missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A folder in the way of the file: it stays as it was. */
  g_assert_cmpint (g_mkdir (taken, 0755), ==, 0);
  g_assert_false (bs_report_write_pdf (report, taken, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "taken.pdf"));
  g_assert_true (g_file_test (taken, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  bs_test_pdf_remove_tree (dir);
}

/* Runs as an unprivileged user in a subprocess, since root may write to a
 * read-only folder and the test would prove nothing. */
static void
test_write_fails_read_only (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *old = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  if (g_test_subprocess ())
    {
      g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("marketingcommunicatie.blendscan");
      g_autoptr(BsReport) report = bs_report_new (a, "en");
      g_autoptr(GError) error = NULL;

      if (getuid () == 0)
        g_assert_true (setgid (65534) == 0 && setuid (65534) == 0);
      g_assert_cmpint (access (g_getenv ("BS_TEST_DIR"), W_OK), !=, 0);

      g_assert_false (bs_report_write_pdf (report, g_getenv ("BS_TEST_PATH"), &error));
      g_assert_nonnull (error);
      g_print ("%s\n", error->message);
      return;
    }

  dir = bs_test_make_tmpdir ();
  old = g_build_filename (dir, "old.pdf", NULL);
  g_assert_true (g_file_set_contents (old, "old", -1, NULL));
  g_assert_cmpint (g_chmod (old, 0444), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_setenv ("BS_TEST_DIR", dir, TRUE);
  g_setenv ("BS_TEST_PATH", old, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*old.pdf*");

  /* The old file is as it was, and nothing was left beside it. */
  g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 1);

  g_chmod (dir, 0755);
  bs_test_pdf_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/full", test_full_report);
  g_test_add_func ("/report/contents", test_contents);
  g_test_add_func ("/report/languages", test_languages);
  g_test_add_func ("/report/answered-counts", test_answered_counts);
  g_test_add_func ("/report/next-steps", test_next_steps);
  g_test_add_func ("/report/gaps", test_gaps);
  g_test_add_func ("/report/examples", test_examples);
  g_test_add_func ("/report/long-note", test_long_note);
  g_test_add_func ("/report/long-texts", test_long_texts);
  g_test_add_func ("/report/links", test_links);
  g_test_add_func ("/report/radar-key", test_radar_key);
  g_test_add_func ("/report/empty", test_empty);
  g_test_add_func ("/report/draw-pages", test_draw_pages);
  g_test_add_func ("/report/small-paper", test_small_paper);
  g_test_add_func ("/report/write-fails", test_write_fails);
  g_test_add_func ("/report/write-fails-read-only", test_write_fails_read_only);

  return g_test_run ();
}
