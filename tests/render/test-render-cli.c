/* test-render-cli.c: blendscan-cli report and chart, their files and exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "bs-test-cli.h"
#include <glib/gstdio.h>

static char *
example (const char *name)
{
  return g_build_filename (g_getenv ("BLENDSCAN_DATADIR"), "examples", name, NULL);
}

static char *
make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bs-render-cli-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
test_help (void)
{
  g_auto(BsTestRun) help = { 0 };

  bs_test_run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "report FILE"));
  g_assert_nonnull (strstr (help.out, "chart FILE"));
  g_assert_nonnull (strstr (help.out, "validate"));
}

static void
test_report (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *input = example ("full-three-levels.blendscan");
  g_autofree char *out = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "report.pdf", NULL);
  g_autofree char *missing_input = example ("no-such-file.blendscan");
  g_autoptr(GBytes) bytes = NULL;
  g_auto(BsTestRun) ok = { 0 };
  g_auto(BsTestRun) nl = { 0 };
  g_auto(BsTestRun) no_output = { 0 };
  g_auto(BsTestRun) bad_lang = { 0 };
  g_auto(BsTestRun) no_file = { 0 };
  g_auto(BsTestRun) bad_input = { 0 };
  g_auto(BsTestRun) bad_output = { 0 };

  bs_test_run_cli (&ok, "report", input, "-o", out, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  bytes = read_file (out);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 10000);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF-", 5) == 0);

  bs_test_run_cli (&nl, "report", input, "--lang", "nl", "--output", out, NULL);
  g_assert_cmpint (nl.status, ==, 0);

  bs_test_run_cli (&no_output, "report", input, NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "-o"));

  bs_test_run_cli (&bad_lang, "report", input, "--lang", "de", "-o", out, NULL);
  g_assert_cmpint (bad_lang.status, ==, 2);

  bs_test_run_cli (&no_file, "report", "-o", out, NULL);
  g_assert_cmpint (no_file.status, ==, 2);

  bs_test_run_cli (&bad_input, "report", missing_input, "-o", out, NULL);
  g_assert_cmpint (bad_input.status, ==, 1);

  bs_test_run_cli (&bad_output, "report", input, "-o", nowhere, NULL);
  g_assert_cmpint (bad_output.status, ==, 1);
  g_assert_nonnull (strstr (bad_output.err, "report.pdf"));

  remove_dir (dir);
}

static guint32
png_dimension (GBytes *bytes,
               gsize   offset)
{
  const guint8 *data = g_bytes_get_data (bytes, NULL);

  return ((guint32) data[offset] << 24) | ((guint32) data[offset + 1] << 16) |
         ((guint32) data[offset + 2] << 8) | data[offset + 3];
}

static void
test_chart (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *input = example ("full-three-levels.blendscan");
  g_autofree char *course_only = example ("marketingcommunicatie.blendscan");
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *txt = g_build_filename (dir, "chart.txt", NULL);
  g_autoptr(GBytes) png_bytes = NULL;
  g_autoptr(GBytes) svg_bytes = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_auto(BsTestRun) png_run = { 0 };
  g_auto(BsTestRun) svg_run = { 0 };
  g_auto(BsTestRun) pdf_run = { 0 };
  g_auto(BsTestRun) previous_run = { 0 };
  g_auto(BsTestRun) not_included = { 0 };
  g_auto(BsTestRun) no_output = { 0 };
  g_auto(BsTestRun) no_level = { 0 };
  g_auto(BsTestRun) bad_ext = { 0 };
  g_auto(BsTestRun) bad_size = { 0 };

  bs_test_run_cli (&png_run, "chart", input, "--level", "programme", "-o", png, "--size", "240", NULL);
  g_assert_cmpint (png_run.status, ==, 0);
  png_bytes = read_file (png);
  g_assert_true (memcmp (g_bytes_get_data (png_bytes, NULL), "\x89PNG\r\n\x1a\n", 8) == 0);
  /* IHDR: width and height. */
  g_assert_cmpuint (png_dimension (png_bytes, 16), ==, 240);
  g_assert_cmpuint (png_dimension (png_bytes, 20), ==, 240);

  bs_test_run_cli (&svg_run, "chart", input, "--level", "institution", "-o", svg, "--lang", "nl", NULL);
  g_assert_cmpint (svg_run.status, ==, 0);
  svg_bytes = read_file (svg);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg_bytes, NULL), g_bytes_get_size (svg_bytes), "<svg"));

  bs_test_run_cli (&pdf_run, "chart", input, "--level", "course", "-o", pdf, "--no-legend", "--no-target", NULL);
  g_assert_cmpint (pdf_run.status, ==, 0);
  pdf_bytes = read_file (pdf);
  g_assert_true (memcmp (g_bytes_get_data (pdf_bytes, NULL), "%PDF-", 5) == 0);

  bs_test_run_cli (&previous_run, "chart", input, "--level", "course", "-o", png, "--previous", course_only, NULL);
  g_assert_cmpint (previous_run.status, ==, 0);

  bs_test_run_cli (&not_included, "chart", course_only, "--level", "institution", "-o", png, NULL);
  g_assert_cmpint (not_included.status, ==, 1);
  g_assert_nonnull (strstr (not_included.err, "institution"));
  g_assert_nonnull (strstr (not_included.err, "course"));

  bs_test_run_cli (&no_output, "chart", input, "--level", "course", NULL);
  g_assert_cmpint (no_output.status, ==, 2);

  bs_test_run_cli (&no_level, "chart", input, "-o", png, NULL);
  g_assert_cmpint (no_level.status, ==, 2);

  bs_test_run_cli (&bad_ext, "chart", input, "--level", "course", "-o", txt, NULL);
  g_assert_cmpint (bad_ext.status, ==, 2);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  bs_test_run_cli (&bad_size, "chart", input, "--level", "course", "-o", png, "--size", "3", NULL);
  g_assert_cmpint (bad_size.status, ==, 2);

  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render-cli/help", test_help);
  g_test_add_func ("/render-cli/report", test_report);
  g_test_add_func ("/render-cli/chart", test_chart);

  return g_test_run ();
}
