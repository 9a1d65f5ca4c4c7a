/* bs-card-shadow.h: the soft shadow of a .card, drawn from textures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void bs_card_shadow_snapshot (GtkSnapshot           *snapshot,
                              const graphene_rect_t *box,
                              int                    scale,
                              gboolean               ring);

G_END_DECLS
