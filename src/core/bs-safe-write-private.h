/* bs-safe-write-private.h: a hook for tests that interrupt a write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-safe-write.h"

G_BEGIN_DECLS

/* The stages of bs_safe_write(), in order; the hook runs after each. */
typedef enum
{
  BS_WRITE_STEP_CREATED,     /* the locked temporary file exists, empty */
  BS_WRITE_STEP_WROTE,       /* one more chunk is in the temporary file */
  BS_WRITE_STEP_SYNCED,      /* all of it is on the disk */
  BS_WRITE_STEP_BACKED_UP,   /* PATH~ holds the old version */
  BS_WRITE_STEP_RENAMED,     /* the new version is in place, not yet closed */
} BsWriteStep;

typedef void (*BsWriteHook) (BsWriteStep step,
                             gsize       written);

/* With a hook, data is written in chunks of @chunk bytes (0: all at once)
 * and @hook runs after every step: a test kills the process there. */
void _bs_safe_write_set_test_hook (BsWriteHook hook,
                                   gsize       chunk);

char *_bs_safe_write_temp_prefix  (const char *target_basename);

G_END_DECLS
