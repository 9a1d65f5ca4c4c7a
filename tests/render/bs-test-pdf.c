/* bs-test-pdf.c: writing a report and reading its PDF back with poppler, for the report tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "bs-test-common.h"
#include "bs-test-pdf.h"

BsAssessment *
bs_test_pdf_load_example (const char *name)
{
  g_autofree char *path = bs_test_example_path (name);
  g_autoptr(GError) error = NULL;
  BsAssessment *assessment = bs_assessment_load (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (assessment);

  return assessment;
}

void
bs_test_pdf_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  g_chmod (dir, 0755);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        bs_test_pdf_remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

PopplerDocument *
bs_test_pdf_write_and_open (BsReport   *report,
                            const char *dir,
                            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *doc;

  g_assert_true (bs_report_write_pdf (report, path, &error));
  g_assert_no_error (error);

  uri = g_filename_to_uri (path, NULL, &error);
  g_assert_no_error (error);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  return doc;
}

/* All text of the document with runs of white space made one space, so a
 * phrase is found whatever line it was wrapped over. */
char *
bs_test_pdf_document_text (PopplerDocument *doc)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_string_append (all, text);
      g_string_append_c (all, ' ');
    }

  {
    g_auto(GStrv) words = g_strsplit_set (all->str, " \n\r\t", -1);
    g_autoptr(GPtrArray) kept = g_ptr_array_new ();

    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0')
        g_ptr_array_add (kept, words[i]);
    g_ptr_array_add (kept, NULL);

    return g_strjoinv (" ", (char **) kept->pdata);
  }
}

void
bs_test_pdf_assert_contains (const char *text,
                             const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in the report", needle);
}

/* Every character's box lies inside the printable area, and between the
 * side margins of the report. */
void
bs_test_pdf_assert_inside_margins (PopplerDocument *doc)
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
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));

      for (guint r = 0; r < n_rects && p != NULL && *p; r++, p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isspace (c))
            continue;
          if (rects[r].x1 < SIDE_MARGIN || rects[r].x2 > width - SIDE_MARGIN ||
              rects[r].y1 < PRINTABLE_MARGIN || rects[r].y2 > height - PRINTABLE_MARGIN)
            g_error ("page %d: “%.20s” at (%.1f, %.1f)–(%.1f, %.1f) is outside the margins",
                     i + 1, p, rects[r].x1, rects[r].y1, rects[r].x2, rects[r].y2);
        }
    }
}

char *
bs_test_pdf_page_text (PopplerDocument *doc,
                       int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);

  g_assert_nonnull (page);
  return poppler_page_get_text (page);
}

/* The text of the page bodies, without the running header and footer and
 * without any white space: a text wrapped over lines and pages is found
 * whole, with every character in its place. */
char *
bs_test_pdf_body_text_no_space (PopplerDocument *doc)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;
      const char *p = text;

      /* One box per character of the page's text, as in
       * assert_inside_margins(): the box tells the header from the body. */
      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint r = 0; r < n_rects && *p; r++, p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isspace (c) && rects[r].y1 > 56 && rects[r].y2 < height - 60)
            g_string_append_unichar (all, c);
        }
    }

  return g_string_free (g_steal_pointer (&all), FALSE);
}

char *
bs_test_pdf_strip_space (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));

  return g_string_free (out, FALSE);
}
