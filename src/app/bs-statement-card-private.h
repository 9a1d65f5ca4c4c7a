/* bs-statement-card-private.h: what the tests replace in the statement card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-statement-card.h"

G_BEGIN_DECLS

/* Opens @uri for the window of @widget. */
typedef void (*BsUriLaunchFunc) (GtkWidget  *widget,
                                 const char *uri);

BsUriLaunchFunc _bs_statement_card_set_launch_func (BsUriLaunchFunc func);
/* "From last cycle" over the note (a BsCarriedOverTag) */
GtkWidget      *_bs_statement_card_get_carried_over_tag (BsStatementCard *self);

G_END_DECLS
