/* bs-details-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_DETAILS_WINDOW (bs_details_window_get_type ())

G_DECLARE_FINAL_TYPE (BsDetailsWindow, bs_details_window, BS, DETAILS_WINDOW, AdwPreferencesWindow)

BsDetailsWindow *bs_details_window_new              (GtkWindow       *parent,
                                                     BsAssessment    *assessment);
BsAssessment    *bs_details_window_get_assessment   (BsDetailsWindow *self);
GtkEditable     *bs_details_window_get_entry        (BsDetailsWindow *self,
                                                     const char      *field);
GtkCheckButton  *bs_details_window_get_level_check  (BsDetailsWindow *self,
                                                     const char      *level_id);
AdwComboRow     *bs_details_window_get_unit_level_row (BsDetailsWindow *self);
GtkListBox      *bs_details_window_get_participants_list (BsDetailsWindow *self);
void             bs_details_window_add_participant  (BsDetailsWindow *self);
gboolean         bs_details_window_undo_removal     (BsDetailsWindow *self);

G_END_DECLS
