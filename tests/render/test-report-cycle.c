/* test-report-cycle.c: the report's sections of a second cycle (a baseline), read back with poppler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <poppler.h>

#include "blendscan-core.h"
#include "bs-report.h"
#include "bs-test-common.h"
#include "bs-test-pdf.h"

static const char * const titles[2][4] = {
  { "Change since last cycle", "Statements that moved most", "Last cycle’s actions and their effect", "Last cycle" },
  { "Verandering sinds de vorige cyclus", "Stellingen die het meest veranderden",
    "Acties van de vorige cyclus en hun effect", "Vorige cyclus" },
};

/* The body text of @a's report without white space, and its page count. */
static char *
report_body (BsAssessment *a,
             const char   *lang,
             const char   *dir,
             int          *n_pages)
{
  g_autoptr(BsReport) report = bs_report_new (a, lang);
  g_autofree char *name = g_strdup_printf ("cycle-%s.pdf", lang);
  g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, name);

  /* Nothing cut off or outside the page body, in either language. */
  bs_test_pdf_assert_inside_margins (doc);
  if (n_pages != NULL)
    *n_pages = poppler_document_get_n_pages (doc);

  return bs_test_pdf_body_text_no_space (doc);
}

static void
assert_has (const char *body,
            const char *expected)
{
  g_autofree char *bare = bs_test_pdf_strip_space (expected);

  if (strstr (body, bare) == NULL)
    g_error ("the report lacks “%s”", expected);
}

static char *
number (double      value,
        const char *lang)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;

  g_ascii_formatd (buf, sizeof buf, "%.2f", value);
  text = g_strdup (buf);
  if (g_str_equal (lang, "nl"))
    g_strdelimit (text, ".", ',');

  return text;
}

static char *
change (double      value,
        const char *lang)
{
  g_autofree char *size = number (fabs (value), lang);

  if (value >= 0.005)
    return g_strconcat ("+", size, NULL);
  if (value <= -0.005)
    return g_strconcat ("\u2212", size, NULL);
  return number (0, lang);
}

/* The full example is a second cycle: each level's table has every
 * dimension with last cycle's score, today's and the signed change, in
 * the model's numbers; the moved statements and last cycle's actions
 * follow. */
static void
test_sections (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();

  for (guint l = 0; l < 2; l++)
    {
      const char *lang = l ? "nl" : "en";
      g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("full-three-levels.blendscan");
      BsBaseline *baseline = bs_assessment_get_baseline (a);
      GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (a));
      g_autofree char *body = NULL;
      guint n_rows = 0;

      g_assert_nonnull (baseline);
      body = report_body (a, lang, dir, NULL);
      for (guint i = 0; i < 3; i++)
        assert_has (body, titles[l][i]);
      assert_has (body, bs_baseline_get_title (baseline));

      for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
        {
          g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
          GListModel *dimensions = bs_level_get_dimensions (level);
          const char *level_id = bs_level_get_id (level);
          double then_level;
          BsScore now_level;

          for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
            {
              g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
              double then;
              BsScore now;
              g_autofree char *then_text = NULL;
              g_autofree char *now_text = NULL;
              g_autofree char *change_text = NULL;
              g_autofree char *row = NULL;

              g_assert_true (bs_baseline_get_dimension_score (baseline, level_id, bs_dimension_get_id (dimension),
                                                              &then, NULL));
              bs_score_dimension (a, dimension, &now);
              then_text = number (then, lang);
              now_text = number (now.score, lang);
              change_text = change (now.score - then, lang);
              row = g_strconcat (bs_dimension_get_title_text (dimension, lang), then_text, now_text, change_text, NULL);
              assert_has (body, row);
              n_rows++;
            }
          g_assert_true (bs_baseline_get_level_score (baseline, level_id, &then_level, NULL));
          bs_score_level (a, level, &now_level);
          /* Every level went up, a little. */
          g_assert_cmpfloat (now_level.score, >, then_level);
        }
      g_assert_cmpuint (n_rows, ==, 15);

      /* The numbers of the example itself, as the README and the lead quote them. */
      if (l == 0)
        {
          assert_has (body, "Level score 2.03 2.12 +0.09");
          assert_has (body, "Level score 1.94 2.10 +0.17");
          assert_has (body, "Level score 2.21 2.24 +0.02");
          assert_has (body, "Design process 2.25 2.00 −0.25");
          /* Moved most: a stage up first, a stage down later, a "don't know" last. */
          assert_has (body, "2 – Developing 3 – Embedded +1");
          assert_has (body, "3 – Embedded 2 – Developing −1");
          assert_has (body, "Don’t know 1 – Exploring –");
          g_assert_true (strstr (body, "2–Developing3–Embedded+1") < strstr (body, "3–Embedded2–Developing−1"));
          g_assert_true (strstr (body, "3–Embedded2–Developing−1") < strstr (body, "Don’tknow1–Exploring–"));
          /* Last cycle's actions: carried over with today's status, or not. */
          assert_has (body, "Planned → Done");
          assert_has (body, "In progress → In progress");
          assert_has (body, "not carried over");
          assert_has (body, "up: 1.00 → 2.00 (+1.00)");
          assert_has (body, "no change: 2.00 → 2.00 (0.00)");
        }
      else
        {
          assert_has (body, "Score van het niveau 2,03 2,12 +0,09");
          assert_has (body, "Ontwerpproces 2,25 2,00 −0,25");
          assert_has (body, "Gepland → Afgerond");
          assert_has (body, "omhoog: 1,00 → 2,00 (+1,00)");
        }
      assert_has (body, titles[l][3]);
    }

  bs_test_pdf_remove_tree (dir);
}

/* Without a baseline there is nothing to compare: none of these pages,
 * and fewer pages in all. Last year's file has no baseline itself. */
static void
test_absent_without_baseline (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();

  for (guint l = 0; l < 2; l++)
    {
      const char *lang = l ? "nl" : "en";
      g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("full-three-levels.blendscan");
      g_autoptr(BsAssessment) old = bs_test_pdf_load_example ("full-three-levels-2024-2025.blendscan");
      g_autofree char *with = NULL;
      g_autofree char *without = NULL;
      g_autofree char *old_body = NULL;
      int n_with, n_without;

      with = report_body (a, lang, dir, &n_with);
      bs_assessment_set_baseline (a, NULL);
      without = report_body (a, lang, dir, &n_without);
      old_body = report_body (old, lang, dir, NULL);
      g_assert_null (bs_assessment_get_baseline (old));

      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *bare = bs_test_pdf_strip_space (titles[l][i]);

          g_assert_nonnull (strstr (with, bare));
          g_assert_null (strstr (without, bare));
          g_assert_null (strstr (old_body, bare));
        }
      g_assert_cmpint (n_without, <, n_with);
    }

  bs_test_pdf_remove_tree (dir);
}

/* A baseline whose previous assessment had no actions says so. */
static void
test_no_last_actions (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) old = bs_test_pdf_load_example ("full-three-levels-2024-2025.blendscan");
  GListModel *actions = bs_assessment_get_actions (old);
  g_autoptr(BsBaseline) baseline = NULL;
  g_autofree char *body = NULL;

  while (g_list_model_get_n_items (actions) > 0)
    bs_assessment_remove_action (old, 0);
  baseline = bs_baseline_new_from_assessment (old, NULL);
  bs_assessment_set_baseline (a, baseline);
  body = report_body (a, "en", dir, NULL);
  assert_has (body, "The previous assessment had no actions.");
  assert_has (body, titles[0][1]);

  bs_test_pdf_remove_tree (dir);
}

/* A runaway action description of last cycle is cut in its row and
 * follows in full under it, inside the page, to its last word. */
static void
test_long_texts (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) old = bs_test_pdf_load_example ("full-three-levels-2024-2025.blendscan");
  g_autoptr(BsAction) first = g_list_model_get_item (bs_assessment_get_actions (old), 0);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(BsBaseline) baseline = NULL;
  g_autofree char *body = NULL;

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (text, "Step %u of a very long action that nobody would write in a table cell. ", i);
  g_string_append (text, "TheEnd");
  bs_action_set_description (first, text->str);
  bs_assessment_set_title (old, text->str);
  baseline = bs_baseline_new_from_assessment (old, NULL);
  bs_assessment_set_baseline (a, baseline);

  for (guint l = 0; l < 2; l++)
    {
      g_clear_pointer (&body, g_free);
      body = report_body (a, l ? "nl" : "en", dir, NULL);
      assert_has (body, "Step 119 of a very long action that nobody would write in a table cell. TheEnd");
      assert_has (body, titles[l][2]);
    }

  bs_test_pdf_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/cycle/sections", test_sections);
  g_test_add_func ("/report/cycle/absent-without-baseline", test_absent_without_baseline);
  g_test_add_func ("/report/cycle/no-last-actions", test_no_last_actions);
  g_test_add_func ("/report/cycle/long-texts", test_long_texts);

  return g_test_run ();
}
