/* bs-card-shadow.h: the soft shadow of a .card, drawn from textures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

/* The CSS class of a card whose shadow bs_card_shadow_snapshot() draws. */
#define BS_CARD_SHADOW_CLASS "baked-shadow"

G_BEGIN_DECLS

gboolean bs_card_shadow_available (void);
void     bs_card_shadow_snapshot  (GtkSnapshot           *snapshot,
                                   const graphene_rect_t *box,
                                   int                    scale,
                                   gboolean               ring);

G_END_DECLS
