/* test-questionnaire.c: the paper questionnaire, read back with poppler, and blendscan-cli blank --format pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "blendscan-core.h"
#include "bs-questionnaire.h"
#include "bs-report.h"
#include "bs-test-cli.h"
#include "bs-test-common.h"

/* poppler-glib 22.12 has no autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* The side margins (20 mm) and what printers print (10 mm from the edge). */
#define SIDE_MARGIN      56.0
#define PRINTABLE_MARGIN 28.35

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *doc;

  g_assert_no_error (error);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  return doc;
}

static PopplerDocument *
open_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);

  return doc;
}

static char *
strip_space (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));

  return g_string_free (out, FALSE);
}

/* A page's text without white space: a text wrapped over lines is found
 * whole, every character in its place. */
static char *
page_text (PopplerDocument *doc,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  g_autofree char *text = poppler_page_get_text (page);

  return strip_space (text);
}

static char *
document_text (PopplerDocument *doc)
{
  GString *all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *text = page_text (doc, i);

      g_string_append (all, text);
    }

  return g_string_free (all, FALSE);
}

static void
assert_has (const char *haystack,
            const char *text)
{
  g_autofree char *needle = strip_space (text);

  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the questionnaire whole", text);
}

/* Every character inside the side margins and the printable area. */
static void
assert_inside_margins (PopplerDocument *doc)
{
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;
      const char *p = text;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, BS_REPORT_A4_WIDTH, 0.5);
      g_assert_cmpfloat_with_epsilon (height, BS_REPORT_A4_HEIGHT, 0.5);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint r = 0; r < n_rects && p != NULL && *p; r++, p = g_utf8_next_char (p))
        {
          if (g_unichar_isspace (g_utf8_get_char (p)))
            continue;
          if (rects[r].x1 < SIDE_MARGIN || rects[r].x2 > width - SIDE_MARGIN ||
              rects[r].y1 < PRINTABLE_MARGIN || rects[r].y2 > height - PRINTABLE_MARGIN)
            g_error ("page %d: “%.20s” at (%.1f, %.1f)–(%.1f, %.1f) is outside the margins",
                     i + 1, p, rects[r].x1, rects[r].y1, rects[r].x2, rects[r].y2);
        }
    }
}

/* Nothing cut short with an ellipsis. Cairo tags the "…" of a cut text
 * with all the characters it stands for, so the page's text has them all;
 * poppler shares the one glyph's box among them, which gives a run of
 * characters a few hundredths of a point wide each. (A ligature shares
 * its box among two or three, each still points wide.) The running
 * header is one line and may be cut: the cover has all of it. */
static void
assert_not_cut (PopplerDocument *doc)
{
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint n_rects = 0, run = 0;
      const char *p = text;

      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint r = 0; r < n_rects && p != NULL && *p; r++, p = g_utf8_next_char (p))
        {
          if (rects[r].x2 - rects[r].x1 < 0.3 && *p != '\n' && rects[r].y1 > 56)
            run++;
          else
            run = 0;
          if (run > 3)
            g_error ("page %d: “%.40s” is cut short", i + 1, p);
        }
    }
}

static BsAssessment *
load_example (const char *name)
{
  g_autofree char *path = bs_test_example_path (name);
  g_autoptr(GError) error = NULL;
  BsAssessment *a = bs_assessment_load (path, NULL, &error);

  g_assert_no_error (error);

  return a;
}

/* Every statement of the included levels with every stage's text, the
 * respondent's name and the roles, in both languages, inside the margins. */
static void
test_full (void)
{
  g_autoptr(BsAssessment) a = load_example ("full-three-levels.blendscan");
  BsFramework *framework = bs_assessment_get_framework (a);
  const char *langs[] = { "en", "nl" };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const char *lang = langs[l];
      g_autoptr(BsQuestionnaire) q = bs_questionnaire_new (a, lang, "Anna de Vries", "teacher");
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) pdf = bs_questionnaire_to_pdf (q, &error);
      g_autoptr(PopplerDocument) doc = NULL;
      g_autofree char *text = NULL;
      g_autofree char *cover = NULL;
      GListModel *levels = bs_framework_get_levels (framework);
      GListModel *roles = bs_framework_get_roles (framework);
      guint n_statements = 0;

      g_assert_no_error (error);
      doc = open_bytes (pdf);
      text = document_text (doc);
      cover = page_text (doc, 0);
      g_test_message ("%s: %d pages", lang, poppler_document_get_n_pages (doc));
      g_assert_cmpint (poppler_document_get_n_pages (doc), ==, bs_questionnaire_get_n_pages (q));
      g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 20);

      assert_has (cover, "Anna de Vries");
      assert_has (cover, bs_assessment_get_title (a));
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr(BsRole) role = g_list_model_get_item (roles, r);

          assert_has (cover, bs_role_get_name_text (role, lang));
        }
      assert_has (text, g_str_equal (lang, "nl") ? "Niet van toepassing" : "Not applicable");
      assert_has (text, g_str_equal (lang, "nl") ? "Weet ik niet" : "Don’t know");

      for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
        {
          g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
          GListModel *dimensions = bs_level_get_dimensions (level);

          for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
            {
              g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);
              GListModel *statements = bs_dimension_get_statements (dimension);

              for (guint k = 0; k < g_list_model_get_n_items (statements); k++)
                {
                  g_autoptr(BsStatement) statement = g_list_model_get_item (statements, k);

                  assert_has (text, bs_statement_get_text_text (statement, lang));
                  assert_has (text, bs_statement_get_id (statement));
                  for (guint s = 1; s <= bs_framework_get_n_stages (framework); s++)
                    {
                      BsLocalized *descriptor = bs_statement_get_descriptor (statement, s);

                      if (descriptor != NULL)
                        assert_has (text, bs_localized_get (descriptor, lang));
                    }
                  n_statements++;
                }
            }
        }
      g_assert_cmpuint (n_statements, ==, bs_framework_get_n_statements (framework));
      assert_inside_margins (doc);
      assert_not_cut (doc);
    }
}

/* No name: a line to write it on, no name in the running header. */
static void
test_unnamed (void)
{
  g_autoptr(BsAssessment) a = load_example ("marketingcommunicatie.blendscan");
  g_autoptr(BsQuestionnaire) q = bs_questionnaire_new (a, "nl", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = bs_questionnaire_to_pdf (q, &error);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  doc = open_bytes (pdf);
  second = page_text (doc, 1);
  g_assert_true (g_str_has_prefix (second, "Zelfevaluatie"));
  g_assert_null (strstr (second, "—"));
  assert_inside_margins (doc);
}

/* A name too long for its row is printed whole all the same. */
static void
test_long_name (void)
{
  g_autoptr(BsAssessment) a = load_example ("digicoaches.blendscan");
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(BsQuestionnaire) q = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *cover = NULL;

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (name, "%sAnnemarie-Wilhelmina van den Heuvel-Oosterbroek %u", i ? " " : "", i);
  q = bs_questionnaire_new (a, "en", name->str, "external");
  pdf = bs_questionnaire_to_pdf (q, &error);
  g_assert_no_error (error);
  doc = open_bytes (pdf);
  cover = page_text (doc, 0);
  assert_has (cover, name->str);
  assert_inside_margins (doc);
  assert_not_cut (doc);
}

/* A statement too tall for a page breaks between its stages, never
 * inside one, and the page it goes on to starts with the statement
 * again; a shorter one moves to the next page whole. */
static void
test_long_descriptors (void)
{
  g_autofree char *framework_path = bs_test_fixture_path ("framework-long-descriptors.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = bs_framework_new_from_file (framework_path, &error);
  g_autoptr(BsAssessment) a = NULL;
  g_autoptr(BsQuestionnaire) q = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  const char *levels[] = { "unit", NULL };
  guint continued = 0;

  g_assert_no_error (error);
  a = bs_assessment_new (framework);
  bs_assessment_set_levels (a, levels);
  bs_assessment_set_title (a, "Long");
  q = bs_questionnaire_new (a, "en", "Kim", NULL);
  pdf = bs_questionnaire_to_pdf (q, &error);
  g_assert_no_error (error);
  doc = open_bytes (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 4);

  for (guint s = 1; s <= 2; s++)
    for (guint k = 1; k <= 4; k++)
      {
        g_autoptr(BsStatement) statement = NULL;
        g_autofree char *id = g_strdup_printf ("unit.alpha.%u", s);
        g_autofree char *heading = g_strdup_printf ("%u. Long statement %u of alpha", s, s);
        g_autofree char *whole = NULL;
        gboolean found = FALSE;

        statement = g_object_ref (bs_framework_lookup_statement (framework, id));
        whole = strip_space (bs_localized_get (bs_statement_get_descriptor (statement, k), "en"));
        for (int p = 0; p < poppler_document_get_n_pages (doc); p++)
          {
            g_autofree char *text = page_text (doc, p);
            g_autofree char *head = strip_space (heading);

            if (strstr (text, whole) == NULL)
              continue;
            /* The descriptor whole on one page, with its statement. */
            found = TRUE;
            g_assert_nonnull (strstr (text, head));
            if (strstr (text, "(continued)") != NULL)
              continued++;
          }
        g_assert_true (found);
      }
  g_assert_cmpuint (continued, >, 0);
  assert_inside_margins (doc);
  assert_not_cut (doc);
}

/* blendscan-cli blank --format pdf: a form per name with the name on it,
 * or one form for anyone. */
static void
test_cli (void)
{
  g_autofree char *example = bs_test_example_path ("digicoaches.blendscan");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *names = g_build_filename (tmp, "names.csv", NULL);
  g_autofree char *named_dir = g_build_filename (tmp, "named", NULL);
  g_autofree char *plain_dir = g_build_filename (tmp, "plain", NULL);
  g_autofree char *plain = g_build_filename (plain_dir, "questionnaire.pdf", NULL);
  g_auto(BsTestRun) named = { 0 };
  g_auto(BsTestRun) unnamed = { 0 };
  const char *expected[][3] = {
    { "anna-de-vries.pdf", "Anna de Vries", "Docent" },
    { "bram-bakker.pdf", "Bram Bakker", "Student" },
  };

  g_assert_true (g_file_set_contents (names, "name,role\nAnna de Vries,teacher\nBram Bakker,student\n", -1, NULL));
  bs_test_run_cli (&named, "blank", example, "-o", named_dir, "--names", names, "--format", "pdf", "--lang", "nl", NULL);
  g_assert_cmpstr (named.err, ==, "");
  g_assert_cmpint (named.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_build_filename (named_dir, expected[i][0], NULL);
      g_autoptr(PopplerDocument) doc = open_pdf (path);
      g_autofree char *cover = page_text (doc, 0);
      g_autofree char *last = page_text (doc, poppler_document_get_n_pages (doc) - 1);
      g_autofree char *author = poppler_document_get_author (doc);

      assert_has (cover, expected[i][1]);
      assert_has (cover, expected[i][2]);
      /* Every page says whose it is. */
      assert_has (last, expected[i][1]);
      g_assert_cmpstr (author, ==, expected[i][1]);
      g_unlink (path);
    }
  g_unlink (names);
  g_rmdir (named_dir);

  bs_test_run_cli (&unnamed, "blank", example, "-o", plain_dir, "--format", "pdf", "--lang", "en", NULL);
  g_assert_cmpint (unnamed.status, ==, 0);
  {
    g_autoptr(PopplerDocument) doc = open_pdf (plain);
    g_autofree char *cover = page_text (doc, 0);

    assert_has (cover, "Questionnaire");
    assert_has (cover, "Teacher");
  }
  g_unlink (plain);
  g_rmdir (plain_dir);
  g_rmdir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/questionnaire/full", test_full);
  g_test_add_func ("/questionnaire/unnamed", test_unnamed);
  g_test_add_func ("/questionnaire/long-name", test_long_name);
  g_test_add_func ("/questionnaire/long-descriptors", test_long_descriptors);
  g_test_add_func ("/questionnaire/cli", test_cli);

  return g_test_run ();
}
