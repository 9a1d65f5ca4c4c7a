/* bs-hand-out.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

/* The contents of the files of a round of questionnaires, for
 * blendscan-cli blank and the app's "Hand Out Questionnaires…" alike. It
 * lives here, not in the core, because the paper form is drawn. */

GBytes *bs_hand_out_make_file (BsAssessment     *assessment,
                               BsHandOutFormat   format,
                               const char       *lang,
                               GPtrArray        *names,
                               guint             index,
                               GHashTable       *ids,
                               GError          **error);

G_END_DECLS
