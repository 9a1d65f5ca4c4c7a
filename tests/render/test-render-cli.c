/* test-render-cli.c: blendscan-cli report and chart, their files and exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "bs-test-cli.h"
#include "bs-test-common.h"

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
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *input = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *out = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "report.pdf", NULL);
  g_autofree char *missing_input = bs_test_example_path ("no-such-file.blendscan");
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
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *input = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *course_only = bs_test_example_path ("marketingcommunicatie.blendscan");
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

static char *
copy_to (const char *source,
         const char *dir,
         const char *name)
{
  g_autoptr(GBytes) bytes = read_file (source);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  return path;
}

static void
assert_unchanged (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = read_file (path);

  g_assert_true (g_bytes_equal (before, after));
}

static gboolean
starts_with (GBytes     *bytes,
             const char *magic)
{
  gsize len = strlen (magic);

  return g_bytes_get_size (bytes) >= len && memcmp (g_bytes_get_data (bytes, NULL), magic, len) == 0;
}

/* An output that is one of the inputs, under its own name, through a
 * link, or as --previous or --framework, is refused before anything is
 * written: the input survives. */
static void
test_output_is_input (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *full = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *course = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_autofree char *framework_source = g_build_filename (g_getenv ("BLENDSCAN_DATADIR"), "frameworks",
                                                        "default.xml", NULL);
  g_autofree char *input = copy_to (full, dir, "a.blendscan");
  g_autofree char *previous = copy_to (course, dir, "previous.svg");
  g_autofree char *framework = copy_to (framework_source, dir, "framework.pdf");
  g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
  g_autoptr(GBytes) input_bytes = read_file (input);
  g_autoptr(GBytes) previous_bytes = read_file (previous);
  g_autoptr(GBytes) framework_bytes = read_file (framework);
  g_auto(BsTestRun) same = { 0 };
  g_auto(BsTestRun) via_link = { 0 };
  g_auto(BsTestRun) over_framework = { 0 };
  g_auto(BsTestRun) chart_over_previous = { 0 };
  g_auto(BsTestRun) chart_over_framework = { 0 };

  g_assert_cmpint (symlink ("a.blendscan", link), ==, 0);

  bs_test_run_cli (&same, "report", input, "-o", input, NULL);
  g_assert_cmpint (same.status, ==, 2);
  g_assert_nonnull (strstr (same.err, "a.blendscan"));
  assert_unchanged (input, input_bytes);

  bs_test_run_cli (&via_link, "report", input, "-o", link, NULL);
  g_assert_cmpint (via_link.status, ==, 2);
  assert_unchanged (input, input_bytes);

  bs_test_run_cli (&over_framework, "report", input, "--framework", framework, "-o", framework, NULL);
  g_assert_cmpint (over_framework.status, ==, 2);
  assert_unchanged (framework, framework_bytes);

  bs_test_run_cli (&chart_over_previous, "chart", input, "--level", "course", "--previous", previous,
                   "-o", previous, NULL);
  g_assert_cmpint (chart_over_previous.status, ==, 2);
  g_assert_nonnull (strstr (chart_over_previous.err, "previous.svg"));
  assert_unchanged (previous, previous_bytes);

  bs_test_run_cli (&chart_over_framework, "chart", input, "--level", "course", "--framework", framework,
                   "-o", framework, NULL);
  g_assert_cmpint (chart_over_framework.status, ==, 2);
  assert_unchanged (framework, framework_bytes);

  remove_dir (dir);
}

/* Only regular files are written: a FIFO, a folder or a device named as
 * the output is refused with exit 1 and a message naming it, and stays. */
static void
test_output_not_regular (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *input = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *fifo = g_build_filename (dir, "pipe.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
  g_autofree char *device = g_build_filename (dir, "null.pdf", NULL);
  g_auto(BsTestRun) to_fifo = { 0 };
  g_auto(BsTestRun) chart_to_fifo = { 0 };
  g_auto(BsTestRun) to_folder = { 0 };
  g_auto(BsTestRun) to_stdout_link = { 0 };
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  /* Were the FIFO opened, the command would block here for ever. */
  bs_test_run_cli (&to_fifo, "report", input, "-o", fifo, NULL);
  g_assert_cmpint (to_fifo.status, ==, 1);
  g_assert_nonnull (strstr (to_fifo.err, "pipe.pdf"));
  g_assert_nonnull (strstr (to_fifo.err, "FIFO"));
  g_assert_nonnull (strstr (to_fifo.err, "-o -"));
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  bs_test_run_cli (&chart_to_fifo, "chart", input, "--level", "course", "-o", fifo, NULL);
  g_assert_cmpint (chart_to_fifo.status, ==, 1);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  /* The kernel's link to a pipe, as scripts write it: "-o -" is the way. */
  bs_test_run_cli (&to_stdout_link, "report", input, "-o", "/dev/stdout", NULL);
  g_assert_cmpint (to_stdout_link.status, ==, 1);
  g_assert_nonnull (strstr (to_stdout_link.err, "FIFO"));
  g_assert_nonnull (strstr (to_stdout_link.err, "-o -"));
  g_assert_cmpuint (g_bytes_get_size (to_stdout_link.out_bytes), ==, 0);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  bs_test_run_cli (&to_folder, "chart", input, "--level", "course", "-o", folder, NULL);
  g_assert_cmpint (to_folder.status, ==, 1);
  g_assert_nonnull (strstr (to_folder.err, "folder.png"));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  /* A device node of the test's own, never /dev/null itself: were the
   * fix broken, root would replace it. Only root may make one. */
  if (mknod (device, S_IFCHR | 0666, makedev (1, 3)) == 0)
    {
      g_auto(BsTestRun) to_device = { 0 };

      bs_test_run_cli (&to_device, "report", input, "-o", device, NULL);
      g_assert_cmpint (to_device.status, ==, 1);
      g_assert_nonnull (strstr (to_device.err, "null.pdf"));
      g_assert_nonnull (strstr (to_device.err, "device"));
      g_assert_cmpint (g_lstat (device, &st), ==, 0);
      g_assert_true (S_ISCHR (st.st_mode));
    }
  else
    g_test_message ("cannot make a device node (%s): that case is left out", g_strerror (errno));

  g_rmdir (folder);
  remove_dir (dir);
}

/* "-o -" writes the bytes to standard output, for a pipe. */
static void
test_output_stdout (void)
{
  g_autofree char *input = bs_test_example_path ("full-three-levels.blendscan");
  g_auto(BsTestRun) report = { 0 };
  g_auto(BsTestRun) png = { 0 };
  g_auto(BsTestRun) svg = { 0 };
  g_auto(BsTestRun) no_format = { 0 };
  g_auto(BsTestRun) bad_format = { 0 };
  gsize size;
  const char *data;

  bs_test_run_cli (&report, "report", input, "-o", "-", "--lang", "en", NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_true (starts_with (report.out_bytes, "%PDF-"));
  data = g_bytes_get_data (report.out_bytes, &size);
  g_assert_cmpuint (size, >, 10000);
  g_assert_nonnull (g_strstr_len (data + size - 16, 16, "%%EOF"));
  g_assert_cmpstr (report.err, ==, "");

  bs_test_run_cli (&png, "chart", input, "--level", "course", "-o", "-", "--format", "png", NULL);
  g_assert_cmpint (png.status, ==, 0);
  g_assert_true (starts_with (png.out_bytes, "\x89PNG\r\n\x1a\n"));

  bs_test_run_cli (&svg, "chart", input, "--level", "course", "-o", "-", "--format", "SVG", NULL);
  g_assert_cmpint (svg.status, ==, 0);
  g_assert_nonnull (strstr (svg.out, "<svg"));

  bs_test_run_cli (&no_format, "chart", input, "--level", "course", "-o", "-", NULL);
  g_assert_cmpint (no_format.status, ==, 2);
  g_assert_nonnull (strstr (no_format.err, "--format"));

  bs_test_run_cli (&bad_format, "chart", input, "--level", "course", "-o", "-", "--format", "gif", NULL);
  g_assert_cmpint (bad_format.status, ==, 2);
}

/* A replaced report keeps its mode; a linked one stays a link and its
 * target gets the new report. */
static void
test_output_mode_and_link (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *input = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_autofree char *private = g_build_filename (dir, "private.pdf", NULL);
  g_autofree char *real = g_build_filename (dir, "real.png", NULL);
  g_autofree char *link = g_build_filename (dir, "latest.png", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_auto(BsTestRun) report = { 0 };
  g_auto(BsTestRun) chart = { 0 };
  g_autofree char *points_to = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (private, "old", -1, NULL));
  g_assert_cmpint (g_chmod (private, 0600), ==, 0);
  bs_test_run_cli (&report, "report", input, "-o", private, NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_cmpint (g_stat (private, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  bytes = read_file (private);
  g_assert_true (starts_with (bytes, "%PDF-"));
  g_clear_pointer (&bytes, g_bytes_unref);

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.png", link), ==, 0);
  bs_test_run_cli (&chart, "chart", input, "--level", "course", "-o", link, NULL);
  g_assert_cmpint (chart.status, ==, 0);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  points_to = g_file_read_link (link, NULL);
  g_assert_cmpstr (points_to, ==, "real.png");
  bytes = read_file (real);
  g_assert_true (starts_with (bytes, "\x89PNG"));

  /* Nothing else was left in the folder. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (d) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 3);
  }

  remove_dir (dir);
}

/* A previous assessment without the charted level would give a legend
 * entry for a series that is not drawn: refused, naming file and level. */
static void
test_previous_without_level (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *input = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *course_only = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *blank = g_build_filename (dir, "blank.blendscan", NULL);
  g_auto(BsTestRun) run = { 0 };
  g_auto(BsTestRun) unanswered = { 0 };

  bs_test_run_cli (&run, "chart", input, "--level", "institution", "--previous", course_only, "-o", png, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "marketingcommunicatie.blendscan"));
  g_assert_nonnull (strstr (run.err, "institution"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  /* The level is there but without a single score: a warning, and the
   * chart (without that series or its legend entry). */
  g_assert_true (g_file_set_contents (blank,
                                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                      "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">"
                                      "<framework id=\"blendscan-embed\" version=\"1.0\"/><title>Blank</title>"
                                      "<levels><level id=\"course\"/></levels></assessment>\n",
                                      -1, NULL));
  bs_test_run_cli (&unanswered, "chart", input, "--level", "course", "--previous", blank, "-o", png, NULL);
  g_assert_cmpint (unanswered.status, ==, 0);
  g_assert_nonnull (strstr (unanswered.err, "blank.blendscan"));
  g_assert_nonnull (strstr (unanswered.err, "course"));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));

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
  g_test_add_func ("/render-cli/output/is-input", test_output_is_input);
  g_test_add_func ("/render-cli/output/not-regular", test_output_not_regular);
  g_test_add_func ("/render-cli/output/stdout", test_output_stdout);
  g_test_add_func ("/render-cli/output/mode-and-link", test_output_mode_and_link);
  g_test_add_func ("/render-cli/chart/previous-without-level", test_previous_without_level);

  return g_test_run ();
}
