/* bs-role.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-localized.h"

G_BEGIN_DECLS

/* The ids of the roles every framework has (bs_role_get_builtin()); a
 * framework may add its own after them with <roles>. Files store the id. */
#define BS_ROLE_TEACHER              "teacher"
#define BS_ROLE_STUDENT              "student"
#define BS_ROLE_PROGRAMME_MANAGEMENT "programme-management"
#define BS_ROLE_SUPPORT_STAFF        "support-staff"
#define BS_ROLE_EXTERNAL             "external"
#define BS_ROLE_OTHER                "other"

/* A framework may add at most this many roles of its own. */
#define BS_ROLE_MAX_EXTRA 100

#define BS_TYPE_ROLE (bs_role_get_type ())

G_DECLARE_FINAL_TYPE (BsRole, bs_role, BS, ROLE, GObject)

GListModel  *bs_role_get_builtin    (void);
const char  *bs_role_get_id         (BsRole     *self);
BsLocalized *bs_role_get_name       (BsRole     *self);
const char  *bs_role_get_name_text  (BsRole     *self,
                                     const char *lang);
gboolean     bs_role_is_builtin     (BsRole     *self);

G_END_DECLS
