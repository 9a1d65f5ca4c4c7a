/* bs-test-cli.h: running blendscan-cli from a test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int     status;
  char   *out;          /* up to the first NUL of a binary output */
  char   *err;
  GBytes *out_bytes;
} BsTestRun;

void bs_test_run_clear (BsTestRun *run);
/* Runs $BLENDSCAN_CLI with the NULL-terminated arguments. */
void bs_test_run_cli   (BsTestRun *run,
                        ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BsTestRun, bs_test_run_clear)

G_END_DECLS
