/* bs-statement-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_STATEMENT_CARD (bs_statement_card_get_type ())

G_DECLARE_FINAL_TYPE (BsStatementCard, bs_statement_card, BS, STATEMENT_CARD, GtkWidget)

GtkWidget       *bs_statement_card_new               (BsAssessment    *assessment,
                                                      BsStatement     *statement);
BsStatement     *bs_statement_card_get_statement     (BsStatementCard *self);
BsAnswer        *bs_statement_card_get_answer        (BsStatementCard *self);
GtkToggleButton *bs_statement_card_get_value_button  (BsStatementCard *self,
                                                      int              value);
GtkTextView     *bs_statement_card_get_note_view     (BsStatementCard *self);
GtkEntry        *bs_statement_card_get_evidence_entry (BsStatementCard *self);
GtkWidget       *bs_statement_card_get_open_link_button (BsStatementCard *self);
GtkWidget       *bs_statement_card_get_clear_button  (BsStatementCard *self);
GtkLabel        *bs_statement_card_get_team_label    (BsStatementCard *self);
GtkLabel        *bs_statement_card_get_last_cycle_label (BsStatementCard *self);
GtkLabel        *bs_statement_card_get_next_step_label (BsStatementCard *self);
GtkWidget       *bs_statement_card_get_add_step_button (BsStatementCard *self);
void             bs_statement_card_focus             (BsStatementCard *self);

G_END_DECLS
