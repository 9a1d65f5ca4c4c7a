/* bs-test-common.h: what every test needs: example and fixture paths, temporary folders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A shipped example: $BLENDSCAN_DATADIR/examples/@name (the tests' meson env sets it). */
char   *bs_test_example_path (const char *name);
/* A test fixture: tests/fixtures/@name. */
char   *bs_test_fixture_path (const char *name);
/* A new, empty folder under the temporary folder; fails the test if it cannot. */
char   *bs_test_make_tmpdir  (void);
/* The whole of @path; fails the test if it cannot be read. */
GBytes *bs_test_read_bytes   (const char *path);

G_END_DECLS
