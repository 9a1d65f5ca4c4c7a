/* bs-recovery.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"
#include "bs-file-stamp.h"

G_BEGIN_DECLS

char      *bs_recovery_get_dir       (void);
char      *bs_recovery_new_path      (void);
gboolean   bs_recovery_write         (BsAssessment  *assessment,
                                      const char    *recovery_path,
                                      const char    *original_path,
                                      const BsFileStamp *original_stamp,
                                      GError       **error);
char      *bs_recovery_get_original  (const char    *recovery_path);
gboolean   bs_recovery_get_stamp     (const char    *recovery_path,
                                      BsFileStamp   *stamp);
char      *bs_recovery_describe      (const char    *recovery_path);
GPtrArray *bs_recovery_list          (void);
void       bs_recovery_remove        (const char    *recovery_path);
char      *bs_recovery_get_kept_dir  (void);
BsAssessment *bs_recovery_load       (const char    *recovery_path,
                                      char         **kept_path,
                                      GError       **error);

G_END_DECLS
