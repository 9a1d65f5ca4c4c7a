/* bs-next-cycle-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "blendscan-core.h"
#include "bs-window.h"

G_BEGIN_DECLS

#define BS_TYPE_NEXT_CYCLE_DIALOG (bs_next_cycle_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BsNextCycleDialog, bs_next_cycle_dialog, BS, NEXT_CYCLE_DIALOG, AdwWindow)

BsNextCycleDialog *bs_next_cycle_dialog_new                (BsWindow          *window);
BsWindow          *bs_next_cycle_dialog_create             (BsNextCycleDialog *self,
                                                            const char        *path);
void               bs_next_cycle_dialog_set_save_first     (BsNextCycleDialog *self,
                                                            gboolean           save_first);
void               bs_next_cycle_dialog_add_participant    (BsNextCycleDialog *self,
                                                            const char        *name,
                                                            const char        *role);
guint              bs_next_cycle_dialog_get_n_participants (BsNextCycleDialog *self);
GtkEditable       *bs_next_cycle_dialog_get_title_field    (BsNextCycleDialog *self);
GtkEditable       *bs_next_cycle_dialog_get_date_field     (BsNextCycleDialog *self);
const char        *bs_next_cycle_dialog_get_summary        (BsNextCycleDialog *self,
                                                            const char        *row);
const char        *bs_next_cycle_dialog_get_error          (BsNextCycleDialog *self);

G_END_DECLS
