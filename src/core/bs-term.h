/* bs-term.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-localized.h"

G_BEGIN_DECLS

#define BS_TYPE_TERM (bs_term_get_type ())

G_DECLARE_FINAL_TYPE (BsTerm, bs_term, BS, TERM, GObject)

const char  *bs_term_get_id              (BsTerm     *self);
BsLocalized *bs_term_get_name            (BsTerm     *self);
const char  *bs_term_get_name_text       (BsTerm     *self,
                                          const char *lang);
BsLocalized *bs_term_get_definition      (BsTerm     *self);
const char  *bs_term_get_definition_text (BsTerm     *self,
                                          const char *lang);

G_END_DECLS
