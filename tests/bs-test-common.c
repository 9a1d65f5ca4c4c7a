/* bs-test-common.c: what every test needs: example and fixture paths, temporary folders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include "bs-test-common.h"

char *
bs_test_example_path (const char *name)
{
  const char *datadir = g_getenv ("BLENDSCAN_DATADIR");

  /* One way to find the examples, the one the app itself uses. */
  g_assert_nonnull (datadir);
  return g_build_filename (datadir, "examples", name, NULL);
}

char *
bs_test_fixture_path (const char *name)
{
  /* G_TEST_SRCDIR is tests/ for every suite. */
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

char *
bs_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("blendscan-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

GBytes *
bs_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}
