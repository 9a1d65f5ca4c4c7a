/* bs-statement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-localized.h"

G_BEGIN_DECLS

#define BS_TYPE_STATEMENT (bs_statement_get_type ())

G_DECLARE_FINAL_TYPE (BsStatement, bs_statement, BS, STATEMENT, GObject)

const char  *bs_statement_get_id            (BsStatement *self);
const char  *bs_statement_get_level_id      (BsStatement *self);
const char  *bs_statement_get_dimension_id  (BsStatement *self);
BsLocalized *bs_statement_get_text          (BsStatement *self);
const char  *bs_statement_get_text_text     (BsStatement *self,
                                             const char  *lang);
BsLocalized *bs_statement_get_descriptor    (BsStatement *self,
                                             guint        stage);
guint        bs_statement_get_n_descriptors (BsStatement *self);
const char  *bs_statement_get_next_step     (BsStatement *self,
                                             guint        from_stage,
                                             const char  *lang);
BsLocalized *bs_statement_get_next_step_localized (BsStatement *self,
                                                   guint        from_stage);
guint        bs_statement_get_n_next_steps  (BsStatement *self);

G_END_DECLS
